import TenderModel

struct OverlapReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.overlap-unknown-lot",
        severity: .error,
        summary: "A lot says it overlaps a lot the specification does not have (or itself)",
        rationale: """
            `overlaps:` tells bidders that two lots share an area on purpose (a city-wide \\
            specialist lot over a locality lot). Naming a lot that does not exist — often a \\
            renamed or mistyped id — leaves the overlap unexplained to bidders and hides the \\
            real one from the coverage check.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    overlaps:
                      - {lot: ↓centrall, reason: A city-wide specialist service over the locality lot}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: central
                    title: Central locality
                    setting: floating-support
                    areas: [north]
                  - id: outreach
                    title: Intensive outreach
                    setting: intensive-outreach
                    areas: [north]
                    overlaps:
                      - {lot: central, reason: A city-wide specialist service over the locality lot}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let lots = Set(context.specification.lots.map(\.id.value))
        return context.specification.lots.flatMap { lot in
            lot.overlaps.compactMap { overlap -> Diagnostic? in
                if overlap.lot.value == lot.id.value {
                    return finding(overlap.lot.location, "lot `\(lot.id.value)` cannot overlap itself")
                }
                guard !lots.contains(overlap.lot.value) else { return nil }
                return finding(overlap.lot.location, "lot `\(lot.id.value)` overlaps `\(overlap.lot.value)`, which is not a lot of this specification",
                               notes: context.suggestion(for: overlap.lot.value, in: lots))
            }
        }
    }
}
