import TenderModel

struct MissingMoveOnRule: SpecificationRule {
    static let description = RuleDescription(
        id: "route.no-move-on",
        severity: .error,
        summary: "A stage other than the last has no move-on route",
        rationale: """
            Short-term services exist to help people move on. A stage with no move-on route \
            (other than the last stage of the pathway) keeps people in it indefinitely, which is \
            exactly the blocked throughput a staged model is meant to fix. List the ways \
            out under the stage's own `moveOnRoutes:`, so that its service specification says \
            where people go next.
            """,
        triggering: [
            .fragment("""
                stages:
                  - ↓id: stage-1
                    name: Intensive assessment and support
                    entryRoutes: [hospital]
                  - id: stage-2
                    name: Supported housing
                    entryRoutes: [stage-1]
                """),
        ],
        nonTriggering: [
            .fragment("""
                stages:
                  - id: stage-1
                    name: Intensive assessment and support
                    entryRoutes: [hospital]
                    moveOnRoutes: [stage-2]
                  - id: stage-2
                    name: Supported housing
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let stages = context.specification.stages
        guard let last = stages.map(\.number.value).max() else { return [] }
        return stages.filter { $0.number.value != last && $0.moveOnRoutes.isEmpty }.map {
            finding($0.location, "stage `\($0.id.value)` (\($0.name.value)) has no move-on route")
        }
    }
}
