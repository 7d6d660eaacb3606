import TenderModel

struct OCDSEnquiryPeriodRule: SpecificationRule {
    static let description = RuleDescription(
        id: "ocds.enquiry-period-missing",
        severity: .warning,
        summary: "A tender's timeline has no clarification deadline, so its OCDS release has no enquiry period",
        rationale: """
            Bidders need to know until when they may ask clarification questions; the OCDS \
            release publishes it as `tender.enquiryPeriod` (from the tender-issued date to the \
            `clarification-deadline` milestone). Without that milestone the release says \
            nothing about clarification questions.
            """,
        triggering: [
            .fragment("""
                status: ↓tender
                timeline:
                  - milestone: tender-issued
                    date: 2013-07-31
                  - milestone: tender-deadline
                    date: 2013-09-06
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                timeline:
                  - milestone: tender-issued
                    date: 2013-07-31
                  - milestone: clarification-deadline
                    date: 2013-08-23
                  - milestone: tender-deadline
                    date: 2013-09-06
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .tender, spec.milestone(.clarificationDeadline) == nil else { return [] }
        return [finding(spec.status.location,
                        "add a `clarification-deadline` milestone: the OCDS release's `tender.enquiryPeriod` ends there")]
    }
}
