/// The pricing schedule: what bidders price for each lot, on what basis, and the
/// volumes the council will evaluate their prices against.
public struct PricingSchedule: Sendable, Hashable {
    public var lines: [PriceLine]
    /// How prices are evaluated or paid, in the council's words.
    public var note: Field<String>?
    public var location: SourceLocation

    public init(lines: [PriceLine], note: Field<String>?, location: SourceLocation) {
        self.lines = lines
        self.note = note
        self.location = location
    }

    /// The lines of a lot, in the order written.
    public func lines(for lot: String) -> [PriceLine] { lines.filter { $0.lot.value == lot } }
}

/// One thing a bidder prices: an hourly rate, a weekly price per unit or per person, an
/// annual block price.
public struct PriceLine: Sendable, Hashable {
    /// What the price is per.
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        case perHour = "per-hour"
        case perUnitPerWeek = "per-unit-per-week"
        case perPersonPerWeek = "per-person-per-week"
        case annualBlock = "annual-block"

        /// The quantities an evaluated volume of this basis is made of.
        public var quantities: [Volume.Quantity] {
            switch self {
            case .perHour: return [.hours]
            case .perUnitPerWeek: return [.units, .weeks]
            case .perPersonPerWeek: return [.people, .weeks]
            case .annualBlock: return [.years]
            }
        }

        /// "priced per hour", "an annual block price": how a message names the basis.
        public var pricedAs: String {
            self == .annualBlock ? "an annual block price" : "priced " + phrase
        }

        /// "per hour", "per unit per week", "a year (block price)".
        public var phrase: String {
            switch self {
            case .perHour: return "per hour"
            case .perUnitPerWeek: return "per unit per week"
            case .perPersonPerWeek: return "per person per week"
            case .annualBlock: return "a year (block price)"
            }
        }
    }

    public var id: Field<String>
    /// The lot id the line belongs to.
    public var lot: Field<String>
    /// What is priced ("Support, per unit of accommodation").
    public var item: Field<String>
    public var basis: Field<Basis>
    public var volume: Volume?
    /// The most the council will pay per basis (a price cap or ceiling), in pounds.
    public var cap: Field<Double>?
    public var note: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, lot: Field<String>, item: Field<String>, basis: Field<Basis>, volume: Volume?,
                cap: Field<Double>?, note: Field<String>?, location: SourceLocation) {
        self.id = id
        self.lot = lot
        self.item = item
        self.basis = basis
        self.volume = volume
        self.cap = cap
        self.note = note
        self.location = location
    }
}

/// The volume a line's price is multiplied by in the evaluation: 6,240 hours; 20 units
/// for 52 weeks; 3 years of a block price.
public struct Volume: Sendable, Hashable {
    public enum Quantity: String, Sendable, Hashable, CaseIterable {
        case hours, units, people, weeks, years

        /// "6,240 hours", "1 unit".
        public func phrase(_ amount: String, one: Bool) -> String {
            switch self {
            case .hours: return amount + (one ? " hour" : " hours")
            case .units: return amount + (one ? " unit" : " units")
            case .people: return amount + (one ? " person" : " people")
            case .weeks: return amount + (one ? " week" : " weeks")
            case .years: return amount + (one ? " year" : " years")
            }
        }
    }

    /// The quantities as written, in the order of `Quantity`.
    public var amounts: [(quantity: Quantity, amount: Field<Double>)]
    public var location: SourceLocation

    public init(amounts: [(quantity: Quantity, amount: Field<Double>)], location: SourceLocation) {
        self.amounts = amounts
        self.location = location
    }

    public func amount(_ quantity: Quantity) -> Field<Double>? { amounts.first { $0.quantity == quantity }?.amount }

    /// The number the price is multiplied by: the product of the quantities.
    public var total: Double { amounts.reduce(1) { $0 * $1.amount.value } }

    /// "20 units × 52 weeks", "6,240 hours".
    public var summary: String {
        amounts.map { $0.quantity.phrase(Capacity.format($0.amount.value), one: $0.amount.value == 1) }
            .joined(separator: " × ")
    }

    public static func == (lhs: Volume, rhs: Volume) -> Bool {
        lhs.amounts.map(\.quantity) == rhs.amounts.map(\.quantity) && lhs.amounts.map(\.amount) == rhs.amounts.map(\.amount)
    }

    public func hash(into hasher: inout Hasher) {
        for (quantity, amount) in amounts {
            hasher.combine(quantity)
            hasher.combine(amount)
        }
    }
}
