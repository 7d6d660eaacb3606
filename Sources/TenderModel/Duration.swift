/// A length of time as an officer writes it: "6 months", "2 years", "26 weeks".
public struct Duration: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days, weeks, months, years

        var months: Double {
            switch self {
            case .days: return 12.0 / 365.25
            case .weeks: return 12.0 / 52.1775
            case .months: return 1
            case .years: return 12
            }
        }
    }

    public var amount: Double
    public var unit: Unit

    public init(_ amount: Double, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses "6 months", "1 year", "2.5 years"; nil when it is not a duration.
    public init?(parsing text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let amount = Double(words[0]), amount.isFinite, amount >= 0 else { return nil }
        var unitWord = words[1].lowercased()
        if !unitWord.hasSuffix("s") { unitWord += "s" }
        guard let unit = Unit(rawValue: unitWord) else { return nil }
        self.init(amount, unit)
    }

    /// The length in months, for comparing durations written in different units.
    public var inMonths: Double { amount * unit.months }

    public static func < (lhs: Duration, rhs: Duration) -> Bool {
        lhs.inMonths < rhs.inMonths - 1e-9
    }

    public static func == (lhs: Duration, rhs: Duration) -> Bool {
        abs(lhs.inMonths - rhs.inMonths) < 1e-9
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine((inMonths * 1_000).rounded())
    }

    public var description: String {
        let number = NumberText.plain(amount)
        let word = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(number) \(word)"
    }
}

/// The most a service may last for a person: a limit, or explicitly none.
public enum DurationLimit: Sendable, Hashable, CustomStringConvertible {
    case upTo(Duration)
    case noLimit

    public var duration: Duration? {
        if case .upTo(let d) = self { return d }
        return nil
    }

    public var description: String {
        switch self {
        case .upTo(let d): return "up to \(d)"
        case .noLimit: return "no time limit"
        }
    }
}

/// How long people stay with a service or stage.
public struct Durations: Sendable, Hashable {
    public var maximum: Field<DurationLimit>?
    /// When most people are expected to have moved on.
    public var expectedMoveOn: Field<Duration>?
    /// What is typical or average ("on average up to 2 years").
    public var typical: Field<Duration>?
    public var note: Field<String>?
    public var location: SourceLocation

    public init(maximum: Field<DurationLimit>?, expectedMoveOn: Field<Duration>?,
                typical: Field<Duration>?, note: Field<String>?, location: SourceLocation) {
        self.maximum = maximum
        self.expectedMoveOn = expectedMoveOn
        self.typical = typical
        self.note = note
        self.location = location
    }
}
