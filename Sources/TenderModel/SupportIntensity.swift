/// How much support each person gets a week.
public enum SupportIntensity: Sendable, Hashable {
    /// A range of hours per person per week (`minimum` may be absent: "up to 6 hours").
    case hours(HoursRange)
    /// Set by each person's assessed need, with an optional typical range.
    case variesWithNeed(typical: HoursRange?)

    public var range: HoursRange? {
        switch self {
        case .hours(let range): return range
        case .variesWithNeed(let typical): return typical
        }
    }
}

/// Hours of support per person per week.
public struct HoursRange: Sendable, Hashable {
    public var minimum: Field<Double>?
    public var maximum: Field<Double>
    /// The low end of a ceiling the source gives as a band ("up to 1-3 hours": 1), with
    /// no minimum implied: a person may get less than this.
    public var ceilingFrom: Field<Double>?
    public var location: SourceLocation

    public init(minimum: Field<Double>?, maximum: Field<Double>, ceilingFrom: Field<Double>? = nil,
                location: SourceLocation) {
        self.minimum = minimum
        self.maximum = maximum
        self.ceilingFrom = ceilingFrom
        self.location = location
    }

    public var summary: String {
        let max = HoursRange.format(maximum.value)
        if minimum == nil, let ceilingFrom {
            return "up to \(HoursRange.format(ceilingFrom.value))–\(max) hours per person per week"
        }
        guard let minimum else { return "up to \(max) hours per person per week" }
        return "\(HoursRange.format(minimum.value))–\(max) hours per person per week"
    }

    public static func format(_ hours: Double) -> String {
        NumberText.plain(hours)
    }
}

/// The weekly hours and its wording, as a service states it.
public struct Intensity: Sendable, Hashable {
    public var value: Field<SupportIntensity>
    /// The source's own words ("up to 5-6 hours per person per week").
    public var note: Field<String>?
    public var location: SourceLocation

    public init(value: Field<SupportIntensity>, note: Field<String>?, location: SourceLocation) {
        self.value = value
        self.note = note
        self.location = location
    }
}
