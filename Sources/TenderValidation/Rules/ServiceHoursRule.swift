import TenderModel

struct ServiceHoursRule: SpecificationRule {
    static let description = RuleDescription(
        id: "service.hours-missing",
        severity: .warning,
        summary: "A floating support, outreach or in-reach lot at tender does not say its hours of support",
        rationale: """
            Visiting support is bought in hours: "up to 5-6 hours per person per week", or \
            "varies with need" for a complex-needs service. Without them bidders cannot size \
            caseloads or staff teams, and the council cannot tell a low-level service from an \
            intensive one. Say `hoursPerWeek:` (`varies-with-need` is an answer).
            """,
        triggering: [
            .fragment("""
                status: tender
                lots:
                  - id: ↓support
                    title: Floating support
                    setting: floating-support
                    areas: all
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {upTo: [1, 3]}
                """),
            .fragment("""
                status: tender
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: 24/7}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .tender else { return [] }
        return spec.lots.filter { $0.setting.kind.value.category == .community && $0.intensity == nil }.map { lot in
            finding(lot.id.location, "lot `\(lot.id.value)` is \(lot.setting.kind.value.title.lowercased()) but does not say its hours of support (`hoursPerWeek:`)")
        }
    }
}
