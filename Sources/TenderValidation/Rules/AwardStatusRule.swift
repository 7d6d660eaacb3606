import TenderModel

struct AwardStatusRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.status",
        severity: .warning,
        summary: "An award is recorded but the specification is not at awarded status",
        rationale: """
            A specification records who won once its contracts are awarded; then its status \
            is `awarded`, and the checks of an award record (every lot awarded, dates and \
            values) apply. An award recorded on a draft or a tender usually means the status \
            was not moved on, and those checks are silently skipped.
            """,
        triggering: [
            .fragment("""
                status: draft
                award:
                  ↓date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: awarded
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                      annualValue: 600000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let award = spec.award, spec.status.value != .awarded else { return [] }
        return [finding(award.location,
                        "an award is recorded but the status is `\(spec.status.value.rawValue)`; set `status: awarded` so the award is checked and shown")]
    }
}
