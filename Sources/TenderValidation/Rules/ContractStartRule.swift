import TenderModel

struct ContractStartRule: SpecificationRule {
    static let description = RuleDescription(
        id: "contract.start-mismatch",
        severity: .warning,
        summary: "The contract starts on a different date from the timeline's service start",
        rationale: """
            The contract start and the service start in the timeline are normally the same day. \
            When they differ, bidders cannot tell which date to mobilise for; if a mobilisation \
            period is intended, say so in the timeline.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: service-start
                    date: 2014-01-06
                contract:
                  start: ↓2014-04-01
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: service-start
                    date: 2014-01-06
                contract:
                  start: 2014-01-06
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let start = spec.contract?.start, let service = spec.milestone(.serviceStart) else { return [] }
        let a = start.value, b = service.date.value
        guard a.latest < b.earliest || b.latest < a.earliest else { return [] }
        return [finding(start.location, "contract starts \(a.longForm) but the timeline's service start is \(b.longForm)",
                        notes: ["service-start is at \(service.date.location)"])]
    }
}
