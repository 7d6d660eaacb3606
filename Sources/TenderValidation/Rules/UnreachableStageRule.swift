import TenderModel

struct UnreachableStageRule: SpecificationRule {
    static let description = RuleDescription(
        id: "route.unreachable-stage",
        severity: .error,
        summary: "A stage cannot be reached from any entry route",
        rationale: """
            Every stage of a pathway must be reachable by someone: from an entry route (hospital, \
            residential care, the community, self-referral…) directly, or by moving on from a \
            reachable stage. An unreachable stage is a service nobody can be referred to.
            """,
        triggering: [
            .fragment("""
                stages:
                  - id: stage-1
                    name: Intensive assessment and support
                    entryRoutes: [hospital]
                    moveOnRoutes: [independent-living]
                  - ↓id: stage-2
                    name: Supported housing
                    moveOnRoutes: [independent-living]
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
                    moveOnRoutes: [independent-living]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let stages = context.specification.stages
        var next: [String: [String]] = [:]
        var reachable: Set<String> = []
        var queue: [String] = []
        for stage in stages {
            let id = stage.id.value
            for route in stage.moveOnRoutes {
                if let target = route.endpoint.value.stageID { next[id, default: []].append(target) }
            }
            for route in stage.entryRoutes {
                if let source = route.endpoint.value.stageID {
                    next[source, default: []].append(id)
                } else if reachable.insert(id).inserted {
                    queue.append(id)
                }
            }
        }
        while let id = queue.popLast() {
            for target in next[id] ?? [] where reachable.insert(target).inserted { queue.append(target) }
        }
        return stages.filter { !reachable.contains($0.id.value) }.map {
            finding($0.location, "stage `\($0.id.value)` (\($0.name.value)) cannot be reached from any entry route")
        }
    }
}
