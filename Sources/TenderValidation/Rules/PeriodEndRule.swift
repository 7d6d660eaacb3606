import TenderModel

struct PeriodEndRule: SpecificationRule {
    static let description = RuleDescription(
        id: "timeline.period-end",
        severity: .error,
        summary: "A milestone that is a period ends before it starts, or on the same date",
        rationale: """
            Some steps are periods, not days: mobilisation from 1 January to 31 March, a \
            consultation or a standstill period. A period that ends before it starts is a typing \
            slip (a year or month swapped) that bidders would plan their mobilisation around; \
            one that ends on the date it starts is a single date and should be written as one.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: mobilisation
                    date: 2027-01-01
                    end: ↓2026-03-31
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: mobilisation
                    date: 2027-01-01
                    end: 2027-03-31
                """),
            .fragment("""
                timeline:
                  - milestone: other
                    name: Supplier engagement event
                    date: 2026-01
                    end: 2026-02
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.timeline.compactMap { milestone in
            guard let end = milestone.end else { return nil }
            let start = milestone.date.value
            if end.value.latest < start.earliest {
                return finding(end.location, "\(milestone.title.lowercased()) ends (\(end.value.longForm)) before it starts (\(start.longForm))")
            }
            if end.value == start {
                return finding(end.location, "\(milestone.title.lowercased()) ends on the date it starts (\(start.longForm)); write it as a single date without `end:`")
            }
            return nil
        }
    }
}
