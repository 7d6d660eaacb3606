import TenderModel

/// Arithmetic shared by the money, procedure and award rules.
enum Money {
    /// Two sums agree "within rounding": within half a per cent of the larger, or
    /// £1 for each figure that was added or multiplied to make them.
    static func agree(_ a: Double, _ b: Double, figures: Int = 1) -> Bool {
        abs(a - b) <= max(Double(max(figures, 1)), 0.005 * max(abs(a), abs(b)))
    }

    static func pounds(_ value: Double) -> String { ContractTerms.pounds(value) }

    /// "5 years", "4.5 years", "18 months": a length in months as an officer would say it.
    static func years(months: Double) -> String {
        let rounded = (months * 100).rounded() / 100
        if rounded.truncatingRemainder(dividingBy: 12) == 0 {
            let years = Int(rounded / 12)
            return years == 1 ? "1 year" : "\(years) years"
        }
        let years = rounded / 12
        if (years * 10).rounded() == years * 10 { return "\(FieldWalker.display(years)) years" }
        return "\(FieldWalker.display(rounded)) months"
    }

    /// The whole-life estimated value including VAT that the threshold is measured on,
    /// when the specification lets it be known; `atLeast` when only a lower bound is
    /// known (a value excluding VAT).
    static func thresholdValue(_ contract: ContractTerms?) -> (value: Double, atLeast: Bool, location: SourceLocation)? {
        guard let contract else { return nil }
        if let inclusive = contract.wholeLifeIncludingVAT { return (inclusive.value, false, inclusive.location) }
        if let whole = contract.wholeLifeValue { return (whole.value, true, whole.location) }
        if let annual = contract.annualValue, let months = contract.wholeTermInMonths {
            return (annual.value * months / 12, contract.vat?.value != .included, annual.location)
        }
        return nil
    }
}

extension ValidationContext {
    var lotIDs: Set<String> { Set(specification.lots.map(\.id.value)) }
}
