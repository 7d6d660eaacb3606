/// Where support is given: in a person's own home wherever they live (floating
/// support), or in accommodation that comes with the support.
public struct Setting: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case floatingSupport = "floating-support"
        case supportedAccommodation = "supported-accommodation"

        public var title: String {
            switch self {
            case .floatingSupport: return "Floating support"
            case .supportedAccommodation: return "Supported accommodation"
            }
        }
    }

    public var kind: Field<Kind>
    /// Staff cover at the accommodation; only accommodation has cover.
    public var cover: Cover?
    /// Who funds it, when it is jointly funded ("Supporting People / Mental Health").
    public var jointlyFundedBy: [Field<String>]
    public var location: SourceLocation

    public init(kind: Field<Kind>, cover: Cover?, jointlyFundedBy: [Field<String>], location: SourceLocation) {
        self.kind = kind
        self.cover = cover
        self.jointlyFundedBy = jointlyFundedBy
        self.location = location
    }
}

/// Staff cover at supported accommodation: round the clock, or on some days.
public struct Cover: Sendable, Hashable {
    /// Days a week staff are on site (7 for round-the-clock cover).
    public var daysPerWeek: Field<Int>
    /// Whether staff are there overnight.
    public var nightCover: Field<Bool>
    /// Support outside the core hours ("evenings and weekends when identified as needed").
    public var outOfHours: Field<String>?
    public var location: SourceLocation

    public init(daysPerWeek: Field<Int>, nightCover: Field<Bool>, outOfHours: Field<String>?, location: SourceLocation) {
        self.daysPerWeek = daysPerWeek
        self.nightCover = nightCover
        self.outOfHours = outOfHours
        self.location = location
    }

    /// Round-the-clock cover: every day, with night cover.
    public var isTwentyFourSeven: Bool { daysPerWeek.value == 7 && nightCover.value }

    public var summary: String {
        if isTwentyFourSeven { return "24 hours a day, 7 days a week" }
        let days = daysPerWeek.value == 7 ? "7 days a week" : "at least \(daysPerWeek.value) days a week"
        return days + (nightCover.value ? ", with night cover" : ", no night cover")
    }
}
