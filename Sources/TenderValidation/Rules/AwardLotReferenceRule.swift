import TenderModel

struct AwardLotReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.lot-reference",
        severity: .error,
        summary: "An awarded contract names a lot the specification does not have",
        rationale: """
            Each awarded contract is for one lot of the specification. A contract naming a \
            lot that does not exist (a typo, a lot renamed after the tender) records an award \
            for nothing and leaves the real lot unawarded.
            """,
        triggering: [
            .fragment("""
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: ↓suport
                      supplier: Example Support Ltd
                """),
        ],
        nonTriggering: [
            .fragment("""
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let award = context.specification.award else { return [] }
        let ids = context.lotIDs
        return award.contracts.filter { !ids.contains($0.lot.value) }.map {
            finding($0.lot.location, "lot `\($0.lot.value)` is not a lot of this specification",
                    notes: context.suggestion(for: $0.lot.value, in: ids))
        }
    }
}
