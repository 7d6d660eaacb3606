import TenderModel

struct UnaccountedCurrentServiceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "current-service.unaccounted",
        severity: .error,
        summary: "A current service is neither absorbed by a lot nor decommissioned",
        rationale: """
            People using a current service need to know what happens to their support when the \
            contract ends. Every current service must either be absorbed by one new lot \
            (`absorbs:`) or be explicitly decommissioned with a reason (`decommissioned:`).
            """,
        triggering: [
            .fragment("""
                currentServices:
                  - ↓id: outreach
                    name: Active Outreach
                """),
        ],
        nonTriggering: [
            .fragment("""
                currentServices:
                  - id: outreach
                    name: Active Outreach
                    decommissioned: Replaced by the trust's own assertive outreach team.
                """),
            .fragment("""
                currentServices:
                  - id: outreach
                    name: Active Outreach
                lots:
                  - id: support
                    title: Complex needs support
                    setting: floating-support
                    areas: all
                    absorbs: [outreach]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let absorbed = Set(context.specification.lots.flatMap(\.absorbs).map(\.value))
        return context.specification.currentServices.filter {
            $0.decommissioned == nil && !absorbed.contains($0.id.value)
        }.map {
            finding($0.location, "current service `\($0.id.value)` (\($0.name.value)) is not absorbed by any lot and not decommissioned")
        }
    }
}
