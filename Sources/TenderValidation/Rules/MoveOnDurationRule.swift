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
