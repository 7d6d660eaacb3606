/// Where support is given: in a person's own home wherever they live (floating
/// support), or in accommodation that comes with the support.
public struct Setting: Sendable, Hashable {
    /// The type of service. Accommodation types come with a building to staff (cover)
    /// and units; community types go to people where they are and have hours.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case floatingSupport = "floating-support"
        case supportedAccommodation = "supported-accommodation"
        case supportedLiving = "supported-living"
        case dispersedAccommodation = "dispersed-accommodation"
        case coreAndCluster = "core-and-cluster"
        case sharedHousing = "shared-housing"
        case outreach
        case intensiveOutreach = "intensive-outreach"
        case hospitalInReach = "hospital-in-reach"
        case mixed

        public var title: String {
            switch self {
            case .floatingSupport: return "Floating support"
            case .supportedAccommodation: return "Supported accommodation"
            case .supportedLiving: return "Supported living"
            case .dispersedAccommodation: return "Dispersed accommodation"
            case .coreAndCluster: return "Core and cluster"
            case .sharedHousing: return "Shared housing"
            case .outreach: return "Outreach"
            case .intensiveOutreach: return "Intensive outreach"
            case .hospitalInReach: return "Hospital in-reach (link workers)"
            case .mixed: return "Mixed (accommodation and community support)"
            }
        }

        /// What the type expects of a specification.
        public var category: Category {
            switch self {
            case .supportedAccommodation, .supportedLiving, .dispersedAccommodation, .coreAndCluster, .sharedHousing:
                return .accommodation
            case .floatingSupport, .outreach, .intensiveOutreach, .hospitalInReach:
                return .community
            case .mixed:
                return .mixed
            }
        }

        /// Whether a building comes with the support, so that units apply.
        public var isAccommodation: Bool { category == .accommodation }

        /// Whether staff are based at the accommodation, so the specification must say
        /// its cover. Dispersed flats and shared houses usually have visiting support
        /// instead: cover is optional for them.
        public var requiresCover: Bool {
            switch self {
            case .supportedAccommodation, .supportedLiving, .coreAndCluster: return true
            default: return false
            }
        }
    }

    /// Accommodation (cover and units required), community (hours; no units), or both.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case accommodation
        case community
        case mixed
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

/// Staff cover at supported accommodation: which days, which hours, who is there at
/// night and what happens out of hours.
public struct Cover: Sendable, Hashable {
    /// Days a week staff are on site (7 for round-the-clock cover).
    public var daysPerWeek: Field<Int>
    /// Whether staff are there overnight (from `night` when only that is written).
    public var nightCover: Field<Bool>
    /// Support outside the core hours ("evenings and weekends when identified as needed").
    public var outOfHours: Field<String>?
    /// The hours staff are on duty on those days ("09:00-18:00", "24-hours").
    public var hours: Field<StaffedHours>?
    /// The kind of night cover: waking night, sleep-in, mixed or none.
    public var night: Field<NightCover>?
    /// The kind of out-of-hours cover: concierge, on-call, as needed, none, other.
    public var outOfHoursCover: Field<OutOfHoursCover>?
    /// Whether `nightCover` was written (rather than derived from `night`).
    public var nightCoverWritten: Bool
    public var location: SourceLocation

    public init(daysPerWeek: Field<Int>, nightCover: Field<Bool>, outOfHours: Field<String>?, location: SourceLocation) {
        self.init(daysPerWeek: daysPerWeek, nightCover: nightCover, outOfHours: outOfHours, hours: nil, night: nil,
                  outOfHoursCover: nil, nightCoverWritten: true, location: location)
    }

    public init(daysPerWeek: Field<Int>, nightCover: Field<Bool>, outOfHours: Field<String>?,
                hours: Field<StaffedHours>?, night: Field<NightCover>?, outOfHoursCover: Field<OutOfHoursCover>?,
                nightCoverWritten: Bool, location: SourceLocation) {
        self.daysPerWeek = daysPerWeek
        self.nightCover = nightCover
        self.outOfHours = outOfHours
        self.hours = hours
        self.night = night
        self.outOfHoursCover = outOfHoursCover
        self.nightCoverWritten = nightCoverWritten
        self.location = location
    }

    /// Round-the-clock cover: every day, with night cover (and no shorter staffed hours).
    public var isTwentyFourSeven: Bool {
        guard daysPerWeek.value == 7 && nightCover.value else { return false }
        if case .span? = hours?.value { return false }
        return true
    }

    /// "24 hours a day, 7 days a week, with a waking night", "staffed 9am–6pm, 7 days a
    /// week, no night cover; concierge out of hours".
    public var summary: String {
        var head: String
        if isTwentyFourSeven {
            head = "24 hours a day, 7 days a week"
            if let night = night?.value, night.hasCover { head += ", " + night.phrase }
        } else {
            // Days alone are a minimum ("a minimum of 5 days per week"); with hours they are a rota.
            let days = daysPerWeek.value == 7 ? "7 days a week"
                : (hours == nil ? "at least \(daysPerWeek.value) days a week" : "\(daysPerWeek.value) days a week")
            if let hours = hours?.value {
                head = "staffed \(hours.spoken), \(days)"
            } else {
                head = days
            }
            head += ", " + (night?.value.phrase ?? (nightCover.value ? "with night cover" : "no night cover"))
        }
        if let phrase = outOfHoursCover?.value.phrase { head += "; " + phrase }
        return head
    }
}
