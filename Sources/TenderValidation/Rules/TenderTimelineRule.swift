import TenderModel

struct TenderTimelineRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lifecycle.tender-timeline",
        severity: .error,
        summary: "At tender status the timeline lacks the tender's issue date, deadline or service start",
        rationale: """
            An invitation to tender must tell bidders when it was issued, when tenders are due \
            and when the service is to start; without them a bidder cannot plan mobilisation.
            """,
        triggering: [
            .fragment("""
                status: ↓tender
                timeline:
                  - milestone: tender-issued
                    date: 2013-07-31
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                timeline:
                  - milestone: tender-issued
                    date: 2013-07-31
                  - milestone: tender-deadline
                    date: 2013-09-02
                  - milestone: service-start
                    date: 2014-01-06
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms else { return [] }
        let required: [Milestone.Kind] = [.tenderIssued, .tenderDeadline, .serviceStart]
        let missing = required.filter { spec.milestone($0) == nil }
        guard !missing.isEmpty else { return [] }
        return [finding(spec.status.location, "a tender's timeline must include \(missing.map { "`\($0.rawValue)`" }.joined(separator: ", "))")]
    }
}
