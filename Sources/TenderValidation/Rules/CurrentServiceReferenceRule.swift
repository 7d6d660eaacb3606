import TenderModel

struct CurrentServiceReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.current-service",
        severity: .error,
        summary: "A lot absorbs a current service that is not listed under `currentServices:`",
        rationale: """
            The mapping from current to new services tells providers and staff (including for \
            TUPE) which work moves where. Absorbing a service that is not listed means the \
            mapping names work nobody described.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    absorbs: [↓floating]
                """),
        ],
        nonTriggering: [
            .fragment("""
                currentServices:
                  - id: floating
                    name: Floating Support Service
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    absorbs: [floating]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.flatMap(\.absorbs).filter { !context.currentServiceIDs.contains($0.value) }.map {
            finding($0.location, "current service `\($0.value)` is not listed under `currentServices:`",
                    notes: context.suggestion(for: $0.value, in: context.currentServiceIDs))
        }
    }
}
