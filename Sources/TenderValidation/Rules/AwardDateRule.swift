import TenderModel

struct AwardDateRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.date-order",
        severity: .error,
        summary: "A contract is awarded before the tender deadline",
        rationale: """
            A contract is awarded after tenders are in and evaluated. An award date before the \
            timeline's tender deadline is a wrong date, in the award or in the timeline.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: tender-deadline
                    date: 2017-11-30
                award:
                  date: ↓2017-10-01
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: tender-deadline
                    date: 2017-11-30
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let award = spec.award, let deadline = spec.milestone(.tenderDeadline) else { return [] }
        let dates = [award.date].compactMap { $0 } + award.contracts.compactMap(\.date)
        return dates.filter { $0.value.latest < deadline.date.value.earliest }.map {
            finding($0.location, "awarded \($0.value.longForm), before the tender deadline of \(deadline.date.value.longForm)",
                    notes: ["tender-deadline is at \(deadline.date.location)"])
        }
    }
}
