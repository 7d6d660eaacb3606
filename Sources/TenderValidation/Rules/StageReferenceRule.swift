import TenderModel

struct StageReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.stage",
        severity: .error,
        summary: "A lot belongs to a stage that is not defined under `stages:`",
        rationale: """
            In a staged model each service belongs to a stage, and the pathway diagram and \
            duration checks rely on it. A lot in an undefined stage falls out of the pathway.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    stage: ↓stage-1
                """),
        ],
        nonTriggering: [
            .fragment("""
                stages:
                  - id: stage-1
                    name: Intensive assessment and support
                    entryRoutes: [hospital]
                    moveOnRoutes: [independent-living]
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    stage: stage-1
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.compactMap(\.stage).filter { !context.stageIDs.contains($0.value) }.map {
            finding($0.location, "stage `\($0.value)` is not defined under `stages:`",
                    notes: context.suggestion(for: $0.value, in: context.stageIDs))
        }
    }
}
