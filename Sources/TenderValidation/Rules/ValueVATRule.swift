import TenderModel

struct ValueVATRule: SpecificationRule {
    static let description = RuleDescription(
        id: "value.vat",
        severity: .error,
        summary: "The VAT-inclusive whole-life value contradicts the whole-life value",
        rationale: """
            Notices give the estimated value with and without VAT, and the light-touch \
            threshold is measured including VAT. A VAT-inclusive figure below the figure \
            without VAT, or different from a whole-life value that already includes VAT, \
            means one of them is wrong, and the threshold test with it.
            """,
        triggering: [
            .fragment("""
                contract:
                  wholeLifeValue: 14760000
                  vat: excluded
                  wholeLifeValueIncludingVAT: ↓14000000
                """),
            .fragment("""
                contract:
                  wholeLifeValue: 14760000
                  vat: included
                  wholeLifeValueIncludingVAT: ↓17712000
                """),
        ],
        nonTriggering: [
            .fragment("""
                contract:
                  wholeLifeValue: 14760000
                  vat: excluded
                  wholeLifeValueIncludingVAT: 17712000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let contract = context.specification.contract, let inclusive = contract.wholeLifeValueIncludingVAT,
              let whole = contract.wholeLifeValue else { return [] }
        if contract.vat?.value == .included {
            guard !Money.agree(inclusive.value, whole.value) else { return [] }
            return [finding(inclusive.location,
                            "`vat: included` says the whole-life value \(Money.pounds(whole.value)) already includes VAT, but `wholeLifeValueIncludingVAT` is \(Money.pounds(inclusive.value))")]
        }
        guard inclusive.value < whole.value, !Money.agree(inclusive.value, whole.value) else { return [] }
        return [finding(inclusive.location,
                        "the whole-life value including VAT (\(Money.pounds(inclusive.value))) is less than the value without VAT (\(Money.pounds(whole.value)))")]
    }
}
