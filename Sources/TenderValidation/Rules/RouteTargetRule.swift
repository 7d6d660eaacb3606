import TenderModel

struct RouteTargetRule: SpecificationRule {
    static let description = RuleDescription(
        id: "route.unknown-stage",
        severity: .error,
        summary: "An entry or move-on route names a stage that does not exist",
        rationale: """
            Routes between stages are the pathway people follow. A route to or from a stage that \
            is not defined (or a place TenderPack does not know, misspelt) is a dead end in the \
            pathway diagram and in the service specification.
            """,
        triggering: [
            .fragment("""
                stages:
                  - id: stage-1
                    name: Intensive assessment and support
                    entryRoutes: [hospital]
                    moveOnRoutes: [↓stage-3]
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
                    entryRoutes: [stage-1]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let candidates = context.stageIDs.union(RouteEndpoint.Place.allCases.map(\.rawValue))
        return context.specification.stages.flatMap { $0.entryRoutes + $0.moveOnRoutes }.compactMap { route in
            guard let stage = route.endpoint.value.stageID, !context.stageIDs.contains(stage) else { return nil }
            return finding(route.endpoint.location, "`\(stage)` is neither a stage of this specification nor a known place",
                           notes: context.suggestion(for: stage, in: candidates))
        }
    }
}
