import TenderModel

struct ValueLotSumRule: SpecificationRule {
    static let description = RuleDescription(
        id: "value.lot-sum",
        severity: .error,
        summary: "The lots' values do not add up to the contract's value, or only some lots state one",
        rationale: """
            Bidders price each lot against its estimated value and the notice publishes the \
            total. When the lot values do not add up to the total (within rounding), one of them \
            is wrong and bids will be pitched at the wrong figure; when only some lots state a \
            value, bidders for the others have nothing to price against.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: north-support
                    title: Floating support (north)
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                  - id: south-support
                    title: Floating support (south)
                    setting: floating-support
                    areas: all
                    annualValue: 500000
                contract:
                  annualValue: ↓1200000
                """),
            .fragment("""
                lots:
                  - id: north-support
                    title: Floating support (north)
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                  - ↓id: south-support
                    title: Floating support (south)
                    setting: floating-support
                    areas: all
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: north-support
                    title: Floating support (north)
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                    wholeLifeValue: 3000000
                  - id: south-support
                    title: Floating support (south)
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                    wholeLifeValue: 3000000
                contract:
                  annualValue: 1200000
                  wholeLifeValue: 6000000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        return check(spec, "annualValue", lot: \.annualValue, total: spec.contract?.annualValue)
            + check(spec, "wholeLifeValue", lot: \.wholeLifeValue, total: spec.contract?.wholeLifeValue)
    }

    private func check(_ spec: Specification, _ key: String, lot value: KeyPath<Lot, Field<Double>?>,
                       total: Field<Double>?) -> [Diagnostic] {
        let stated = spec.lots.filter { $0[keyPath: value] != nil }
        guard !stated.isEmpty else { return [] }
        if stated.count < spec.lots.count {
            let withValue = stated.map { "lot \($0.number.value)" }
            return spec.lots.filter { $0[keyPath: value] == nil }.map { lot in
                finding(lot.location,
                        "lot \(lot.number.value) (`\(lot.id.value)`) states no `\(key)` while \(withValue.joined(separator: ", ")) \(withValue.count == 1 ? "does" : "do"); state every lot's value or none")
            }
        }
        guard let total else { return [] }
        let sum = stated.reduce(0) { $0 + ($1[keyPath: value]?.value ?? 0) }
        guard !Money.agree(sum, total.value, figures: stated.count) else { return [] }
        return [finding(total.location,
                        "the contract's `\(key)` is \(Money.pounds(total.value)) but the lots' values add up to \(Money.pounds(sum))",
                        notes: stated.map { "lot \($0.number.value) (`\($0.id.value)`): \(Money.pounds($0[keyPath: value]?.value ?? 0))" })]
    }
}
