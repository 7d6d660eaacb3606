/// The contract a tender leads to: when it starts, how long it runs, what it is worth.
public struct ContractTerms: Sendable, Hashable {
    public enum Procedure: String, Sendable, Hashable, CaseIterable {
        case open
        case selective
        case limited
        case direct
    }

    public var start: Field<CalendarDate>?
    public var initialTerm: Field<Duration>?
    /// Each optional extension the commissioner may take, in order.
    public var extensions: [Field<Duration>]
    /// Annual value in pounds sterling.
    public var annualValue: Field<Double>?
    public var procedure: Field<Procedure>?
    /// Common Procurement Vocabulary codes (for example 85312000).
    public var cpvCodes: [Field<String>]
    public var location: SourceLocation
    /// The estimated value over the initial term and every extension, in pounds.
    public var wholeLifeValue: Field<Double>?
    /// Whether the values include VAT.
    public var vat: Field<VAT>?
    /// The whole-life value including VAT, when the values exclude it and the figure is given.
    public var wholeLifeValueIncludingVAT: Field<Double>?

    public init(start: Field<CalendarDate>?, initialTerm: Field<Duration>?, extensions: [Field<Duration>],
                annualValue: Field<Double>?, procedure: Field<Procedure>?, cpvCodes: [Field<String>],
                location: SourceLocation) {
        self.start = start
        self.initialTerm = initialTerm
        self.extensions = extensions
        self.annualValue = annualValue
        self.procedure = procedure
        self.cpvCodes = cpvCodes
        self.location = location
    }
}

extension ContractTerms {
    /// A sum in pounds as a council writes it: "£1,500,000".
    public static func pounds(_ value: Double) -> String {
        let rounded = value.rounded()
        guard NumberText.exactWhole(rounded) != nil else { return "£" + NumberText.plain(value) }
        let digits = NumberText.grouped(abs(rounded))
        return (rounded < 0 ? "-£" : "£") + digits
    }
}
