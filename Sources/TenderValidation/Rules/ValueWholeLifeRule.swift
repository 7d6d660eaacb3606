import TenderModel

struct ValueWholeLifeRule: SpecificationRule {
    static let description = RuleDescription(
        id: "value.whole-life",
        severity: .warning,
        summary: "A whole-life value is not the annual value times the contract's length including extensions",
        rationale: """
            The whole-life estimated value is the annual value over the initial term and every \
            optional extension; it decides the threshold and the procedure. When it does not \
            match (within rounding), either a figure or the term is wrong. If the annual value \
            is meant to change from year to year, say so in the pricing information, since \
            bidders will otherwise read the annual value as constant.
            """,
        triggering: [
            .fragment("""
                contract:
                  initialTerm: 3 years
                  extensions: [1 year, 1 year]
                  annualValue: 1500000
                  wholeLifeValue: ↓4500000
                """),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    annualValue: 400000
                    wholeLifeValue: ↓800000
                contract:
                  initialTerm: 30 months
                """),
        ],
        nonTriggering: [
            .fragment("""
                contract:
                  initialTerm: 3 years
                  extensions: [1 year, 1 year]
                  annualValue: 1500000
                  wholeLifeValue: 7500000
                """),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    annualValue: 400000
                    wholeLifeValue: 1000000
                contract:
                  initialTerm: 30 months
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let contract = spec.contract, let months = contract.wholeTermInMonths, months > 0 else { return [] }
        var findings: [Diagnostic] = []
        let term = termDescription(contract)
        func check(_ owner: String, annual: Field<Double>?, wholeLife: Field<Double>?) {
            guard let annual, let wholeLife else { return }
            let expected = annual.value * months / 12
            guard !Money.agree(expected, wholeLife.value, figures: 2) else { return }
            findings.append(finding(wholeLife.location,
                                    "\(owner)whole-life value \(Money.pounds(wholeLife.value)) is not the annual value \(Money.pounds(annual.value)) × \(Money.years(months: months)) (\(term)) = \(Money.pounds(expected))",
                                    notes: ["if the annual value changes from year to year, give the yearly figures in the pricing information"]))
        }
        check("the contract's ", annual: contract.annualValue, wholeLife: contract.wholeLifeValue)
        for lot in spec.lots {
            check("lot \(lot.number.value)'s ", annual: lot.annualValue, wholeLife: lot.wholeLifeValue)
        }
        return findings
    }

    private func termDescription(_ contract: ContractTerms) -> String {
        let initial = contract.initialTerm.map { "initial term \($0.value)" } ?? ""
        guard !contract.extensions.isEmpty else { return initial + ", no extensions" }
        return initial + " + extensions " + contract.extensions.map(\.value.description).joined(separator: ", ")
    }
}
