import TenderModel

struct AwardDateMismatchRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.date-mismatch",
        severity: .warning,
        summary: "The award date differs from the timeline's contract-awarded milestone",
        rationale: """
            The award date in the award record and the contract-awarded milestone in the \
            timeline describe the same event. When they differ, the published timeline and \
            the contract register disagree about when the contract was awarded.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: contract-awarded
                    date: 2018-01-15
                award:
                  date: ↓2018-02-01
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: contract-awarded
                    date: 2018-01
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let date = spec.award?.date, let milestone = spec.milestone(.contractAwarded) else { return [] }
        let a = date.value, b = milestone.date.value
        guard a.latest < b.earliest || b.latest < a.earliest else { return [] }
        return [finding(date.location, "the award is dated \(a.longForm) but the timeline's contract-awarded milestone is \(b.longForm)",
                        notes: ["contract-awarded is at \(milestone.date.location)"])]
    }
}
