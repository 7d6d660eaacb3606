import TenderModel

struct OCDSDatePrecisionRule: SpecificationRule {
    static let description = RuleDescription(
        id: "ocds.date-imprecise",
        severity: .warning,
        summary: "A tender's issue date or deadline is a month or a year, not a day, so OCDS gets an assumed day",
        rationale: """
            OCDS dates are moments (a day and a time). The release is dated by the \
            `tender-issued` milestone and the tender period ends at `tender-deadline`; when \
            either is only a month ("October 2017") the release uses its first day for the \
            start and its last day for the deadline. Open-data readers then see a day the \
            council never stated. Give the day (and, for a deadline, the time).
            """,
        triggering: [
            .fragment("""
                status: tender
                timeline:
                  - milestone: tender-issued
                    date: ↓2017-10
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                timeline:
                  - milestone: tender-issued
                    date: 2017-10-02
                  - milestone: tender-deadline
                    date: 2017-11-24
                    time: 12 noon
                """),
            .fragment("""
                status: consultation
                timeline:
                  - milestone: tender-issued
                    date: 2017-10
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .tender else { return [] }
        var findings: [Diagnostic] = []
        for kind in [Milestone.Kind.tenderIssued, .tenderDeadline] {
            guard let milestone = spec.milestone(kind), milestone.date.value.day == nil else { continue }
            let assumed = kind == .tenderIssued ? "its first day" : "its last day"
            findings.append(finding(milestone.date.location,
                                    "`\(kind.rawValue)` is \(milestone.date.value.longForm), not a day: the OCDS release takes \(assumed); give the day"))
        }
        return findings
    }
}
