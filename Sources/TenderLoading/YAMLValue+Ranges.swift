import TenderModel

/// The ranges numbers are read in. Every number a specification holds is checked
/// where it is read, so nothing beyond what the model can hold — `1e19` pounds, a
/// weight of `1e308`, a duration of `1e19 days` — reaches arithmetic or formatting.
/// Rules then judge what is plausible (a percentage above 100, hours outside a band)
/// inside these ranges.
public enum NumberRange {
    /// Any number at all: whole numbers in this range convert to `Int` exactly.
    public static let any: ClosedRange<Double> = -NumberText.exactWholeLimit...NumberText.exactWholeLimit
    /// Any whole number: the same bounds as `any`.
    public static let anyWhole: ClosedRange<Int> = -1_000_000_000_000_000...1_000_000_000_000_000
    /// Hours per person per week: a week has 168 hours.
    public static let hoursPerWeek: ClosedRange<Double> = 0...168
    /// A KPI target, in any unit.
    public static let kpiTarget: ClosedRange<Double> = 0...1_000_000_000
    /// An evaluation weighting: a percentage of the whole score.
    public static let weight: ClosedRange<Double> = 0...100
    /// A contract's annual value in pounds.
    public static let annualValue: ClosedRange<Double> = 0...1_000_000_000_000
    /// A method statement question's word limit (a rule judges 0).
    public static let wordLimit: ClosedRange<Int> = 0...1_000_000
    /// A lot's or stage's number.
    public static let ordinal: ClosedRange<Int> = 1...9_999
    /// The longest duration, in years.
    public static let maximumDurationYears: Double = 100

    /// "0 to 168", "0 to 1,000,000,000".
    static func describe(_ range: ClosedRange<Double>) -> String {
        "\(NumberText.grouped(range.lowerBound)) to \(NumberText.grouped(range.upperBound))"
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        describe(Double(range.lowerBound)...Double(range.upperBound))
    }
}

extension YAMLValue {
    /// A number in `range` (which lies inside `NumberRange.any`); a located
    /// `schema.invalid-value` naming the range otherwise. `nan`, `inf` and text are
    /// wrong types; `-0` reads as 0.
    func number(in range: ClosedRange<Double>, what: String) -> Field<Double>? {
        guard let (text, style, value) = scalar(expected: "a number") else { return nil }
        guard style == .plain, let number = Double(text.replacingOccurrences(of: "_", with: "")), !number.isNaN else {
            value.wrongType(expected: "a number")
            return nil
        }
        // `1e400` reads as infinity: out of range like `1e19`, not a wrong type.
        guard range.contains(number), NumberRange.any.contains(number) else {
            let bounds = range.clamped(to: NumberRange.any)
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "\(what) `\(text.prefix(40))` is out of range; it must be from \(NumberRange.describe(bounds))")
            return nil
        }
        return Field(number + 0, at: value.location, provenance: value.provenance)
    }

    /// A whole number in `range`; a located `schema.invalid-value` naming the range
    /// otherwise, also for digits too many for any whole number the model holds.
    func integer(in range: ClosedRange<Int>, what: String) -> Field<Int>? {
        guard let (text, style, value) = scalar(expected: "a whole number") else { return nil }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let isWhole = !digits.isEmpty && digits.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard style == .plain, isWhole else {
            value.wrongType(expected: "a whole number")
            return nil
        }
        guard let number = Int(text), range.contains(number) else {
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "\(what) `\(text.prefix(40))` is out of range; it must be from \(NumberRange.describe(range))")
            return nil
        }
        return Field(number, at: value.location, provenance: value.provenance)
    }
}
