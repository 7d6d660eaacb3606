import TenderModel

struct TimeNeedsDayRule: SpecificationRule {
    static let description = RuleDescription(
        id: "timeline.time-needs-day",
        severity: .error,
        summary: "A milestone has a time of day but its date is only a month or a year",
        rationale: """
            A deadline at "12 noon" means noon on a particular day. A time on a date given only \
            as a month ("April 2026") or a year cannot be met or checked: bidders would not know \
            which day their tender is due. Give the full date, or leave the time out until the \
            day is fixed.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: tender-deadline
                    date: 2026-04
                    time: ↓"12:00"
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: tender-deadline
                    date: 2026-04-10
                    time: "12:00"
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.timeline.compactMap { milestone in
            guard let time = milestone.time, milestone.date.value.day == nil else { return nil }
            return finding(time.location,
                           "\(milestone.title.lowercased()) is at \(time.value.longForm) on \(milestone.date.value.longForm), which is not a single day; give the date as YYYY-MM-DD")
        }
    }
}
