import TenderModel

struct OCDSValueRule: SpecificationRule {
    static let description = RuleDescription(
        id: "ocds.value-missing",
        severity: .warning,
        summary: "A tender states no whole-life value, so its OCDS release has no tender value",
        rationale: """
            An OCDS tender's `value` is the estimated value of the whole procurement: the \
            Procurement Act 2023's estimated value over the initial term and every \
            extension. The release takes it from `contract.wholeLifeValue` (and each lot's \
            from the lot's `wholeLifeValue`); an annual value alone is not the value OCDS \
            asks for, so without the whole-life figure the release publishes no value.
            """,
        triggering: [
            .fragment("""
                status: tender
                contract:
                  ↓start: 2014-01
                  annualValue: 1500000
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                contract:
                  start: 2014-01
                  initialTerm: 3 years
                  extensions: [1 year, 1 year]
                  annualValue: 1500000
                  wholeLifeValue: 7500000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms, let contract = spec.contract, contract.wholeLifeValue == nil else { return [] }
        return [finding(contract.location,
                        "give `contract.wholeLifeValue` (the estimated value over the initial term and every extension): the OCDS release's `tender.value` is that figure")]
    }
}
