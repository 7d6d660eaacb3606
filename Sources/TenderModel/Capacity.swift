/// How much of a service a lot buys, written as the source says it: "at least 20
/// units", "700 people supported at any one time", "about 300 referrals a year".
public struct Capacity: Sendable, Hashable {
    /// What is counted.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// Units of accommodation (flats, rooms, bed spaces).
        case units
        /// People supported at any one time.
        case people
        /// Referrals received a year.
        case referralsPerYear = "referrals-per-year"
        /// People supported over a year.
        case peoplePerYear = "people-per-year"

        /// "20 units", "700 people supported at any one time".
        func phrase(_ amount: String, one: Bool) -> String {
            switch self {
            case .units: return amount + (one ? " unit" : " units")
            case .people: return amount + (one ? " person" : " people") + " supported at any one time"
            case .referralsPerYear: return amount + (one ? " referral" : " referrals") + " a year"
            case .peoplePerYear: return amount + (one ? " person" : " people") + " supported a year"
            }
        }
    }

    /// How exact the figure is.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        case exact
        case atLeast = "at-least"
        case upTo = "up-to"
        case about

        var prefix: String {
            switch self {
            case .exact: return ""
            case .atLeast: return "at least "
            case .upTo: return "up to "
            case .about: return "about "
            }
        }
    }

    public var measure: Field<Measure>
    public var amount: Field<Double>
    /// Absent means exact.
    public var qualifier: Field<Qualifier>?
    /// The source's own words, or what the figure covers.
    public var note: Field<String>?
    public var location: SourceLocation

    public init(measure: Field<Measure>, amount: Field<Double>, qualifier: Field<Qualifier>?,
                note: Field<String>?, location: SourceLocation) {
        self.measure = measure
        self.amount = amount
        self.qualifier = qualifier
        self.note = note
        self.location = location
    }

    /// "at least 20 units", "about 300 referrals a year".
    public var summary: String {
        let number = Capacity.format(amount.value)
        return (qualifier?.value ?? .exact).prefix + measure.value.phrase(number, one: amount.value == 1)
    }

    /// 700, 2.5, 1,200 — grouped like an officer writes it.
    public static func format(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        let digits = String(Int(value).magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
