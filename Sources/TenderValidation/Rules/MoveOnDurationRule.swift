import TenderModel

struct MoveOnDurationRule: SpecificationRule {
    static let description = RuleDescription(
        id: "duration.move-on-exceeds-maximum",
        severity: .error,
        summary: "Expected move-on or typical stay is longer than the maximum stay",
        rationale: """
            A service that expects people to move on after 18 months but supports them for at \
            most a year contradicts itself; bidders cannot plan throughput or caseloads from it.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 1 year, expectedMoveOn: ↓18 months}
                """),
            // Just over: a typical stay one month longer than the maximum.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 1 year, typical: ↓13 months}
                """),
            // Stages are checked too.
            .fragment("""
                stages:
                  - id: stage-1
                    number: 1
                    name: Assessment
                    durations: {maximum: 6 months, expectedMoveOn: ↓7 months}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 2 years, expectedMoveOn: 12 months}
                """),
            // The limit itself: move-on expected at the maximum.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 1 year, expectedMoveOn: 12 months, typical: 1 year}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        let all = spec.lots.map { ("lot `\($0.id.value)`", $0.durations) }
            + spec.stages.map { ("stage `\($0.id.value)`", $0.durations) }
            + spec.currentServices.map { ("current service `\($0.id.value)`", $0.durations) }
        var findings: [Diagnostic] = []
        for case let (owner, durations?) in all {
            guard let maximum = durations.maximum?.value.duration else { continue }
            for (label, value) in [("expected move-on", durations.expectedMoveOn), ("typical stay", durations.typical)] {
                if let value, value.value > maximum {
                    findings.append(finding(value.location, "\(owner): \(label) of \(value.value) is longer than the maximum of \(maximum)"))
                }
            }
        }
        return findings
    }
}
