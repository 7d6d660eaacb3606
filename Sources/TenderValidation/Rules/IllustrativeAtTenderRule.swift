import TenderModel

struct IllustrativeAtTenderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "provenance.illustrative-at-tender",
        severity: .warning,
        summary: "A tender-status specification contains an illustrative (invented) value",
        rationale: """
            Example specifications mark invented figures (a contract value, a KPI target, a date \
            after the source documents) as illustrative. That is fine while drafting, but a \
            tender must not go out with invented figures unnoticed: each one is listed so that \
            someone replaces it with a real, agreed value.
            """,
        triggering: [
            .fragment("""
                status: tender
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: ↓!illustrative 6}
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: draft
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: !illustrative 6}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard context.specification.status.value == .tender else { return [] }
        return context.fields.filter { $0.provenance.isIllustrative }.map {
            finding($0.location, "\($0.pathDescription) is illustrative (\($0.display.prefix(60))); replace it with the real value before issuing the tender")
        }
    }
}
