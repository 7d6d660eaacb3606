import TenderModel

struct TimelineOrderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "timeline.out-of-order",
        severity: .error,
        summary: "A milestone is dated before a step that must come first",
        rationale: """
            The procurement runs in a fixed order: consultation opens, closes, results and \
            feedback are published, the tender is issued, clarifications close, tenders are due, \
            the contract is awarded and the service starts. A milestone dated before an earlier \
            step (a date typo, usually) misleads bidders and consultees. Steps may share a day; \
            an imprecise date ("July 2013") counts as the whole period.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: consultation-opened
                    date: 2013-07-15
                  - milestone: consultation-closed
                    date: ↓2013-07-01
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
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let ordered = context.specification.timeline
            .filter { $0.kind.value.order != nil }
            .sorted { ($0.kind.value.order ?? 0) < ($1.kind.value.order ?? 0) }
        var findings: [Diagnostic] = []
        // The latest "earliest possible date" among all strictly earlier steps.
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
                if let earlier = latestEarlier, milestone.date.value.latest < earlier.date.value.earliest {
                    findings.append(finding(milestone.date.location,
                        "\(milestone.kind.value.title.lowercased()) (\(milestone.date.value.longForm)) is dated before \(earlier.kind.value.title.lowercased()) (\(earlier.date.value.longForm))",
                        notes: ["\(earlier.kind.value.rawValue) is at \(earlier.date.location)"]))
                }
            }
            for milestone in group where milestone.date.value.earliest > (latestEarlier?.date.value.earliest ?? Int.min) {
                latestEarlier = milestone
            }
        }
        return findings
    }
}
