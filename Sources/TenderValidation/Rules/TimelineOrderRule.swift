import TenderModel

struct TimelineOrderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "timeline.out-of-order",
        severity: .error,
        summary: "A milestone is dated (or timed) before a step that must come first",
        rationale: """
            The procurement runs in a fixed order: consultation opens, closes, results and \
            feedback are published, the tender is issued, clarifications close, tenders are due, \
            the contract is awarded, the service is mobilised and starts. A milestone dated before \
            an earlier step (a date typo, usually) misleads bidders and consultees. Steps may \
            share a day; on a shared day with times given, the times must be in order too (a \
            clarification deadline at 12 noon after a tender deadline at 11:00 on the same day \
            is wrong). An imprecise date ("July 2013") counts as the whole period, and a day \
            without a time as the whole day.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: consultation-opened
                    date: 2013-07-15
                  - milestone: consultation-closed
                    date: ↓2013-07-01
                """),
            .fragment("""
                timeline:
                  - milestone: clarification-deadline
                    date: 2026-04-10
                    time: "12:00"
                  - milestone: tender-deadline
                    date: ↓2026-04-10
                    time: "11:00"
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: consultation-opened
                    date: 2013-07-01
                  - milestone: consultation-closed
                    date: 2013-07-15
                  - milestone: tender-issued
                    date: 2013-07
                    label: later in July 2013
                """),
            .fragment("""
                timeline:
                  - milestone: clarification-deadline
                    date: 2026-04-10
                    time: "09:00"
                  - milestone: tender-deadline
                    date: 2026-04-10
                    time: 12 noon
                  - milestone: contract-awarded
                    date: 2026-07-31
                  - milestone: mobilisation
                    date: 2026-08-01
                    end: 2026-10-31
                  - milestone: service-start
                    date: 2026-11-01
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let ordered = context.specification.timeline
            .filter { $0.kind.value.order != nil }
            .sorted { ($0.kind.value.order ?? 0) < ($1.kind.value.order ?? 0) }
        var findings: [Diagnostic] = []
        // The latest "earliest possible moment" among all strictly earlier steps.
        var latestEarlier: Milestone?
        var index = 0
        while index < ordered.count {
            let order = ordered[index].kind.value.order
            var group: [Milestone] = []
            while index < ordered.count, ordered[index].kind.value.order == order {
                group.append(ordered[index])
                index += 1
            }
            for milestone in group {
                if let earlier = latestEarlier, milestone.latestMoment < earlier.earliestMoment {
                    findings.append(finding(milestone.date.location,
                        "\(milestone.kind.value.title.lowercased()) (\(moment(milestone))) is \(milestone.date.value.latest < earlier.date.value.earliest ? "dated" : "timed") before \(earlier.kind.value.title.lowercased()) (\(moment(earlier)))",
                        notes: ["\(earlier.kind.value.rawValue) is at \(earlier.date.location)"]))
                }
            }
            for milestone in group where milestone.earliestMoment > (latestEarlier?.earliestMoment ?? Int.min) {
                latestEarlier = milestone
            }
        }
        return findings
    }

    /// The start of a milestone as written: "10 April 2026, 11:00".
    private func moment(_ milestone: Milestone) -> String {
        milestone.date.value.longForm + (milestone.time.map { ", " + $0.value.longForm } ?? "")
    }
}
