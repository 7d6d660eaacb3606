/// A time of day as a tender writes it: "09:00", "18:00"; 24:00 is the end of the day.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes after midnight, 0...1440.
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// Parses "09:00", "9:30", "24:00"; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              hour <= 24, minute < 60, hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    /// "09:00", as written in the XML.
    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// "9am", "6pm", "12 noon", "midnight", "9:30am": as a council writes it.
    public var spoken: String {
        let hour = minutes / 60, minute = minutes % 60
        if minute == 0 && (hour == 0 || hour == 24) { return "midnight" }
        if minute == 0 && hour == 12 { return "12 noon" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):" + (minute < 10 ? "0" : "") + "\(minute)\(suffix)"
    }
}

/// The hours staff are on duty on the days of cover: a span, or round the clock.
public enum StaffedHours: Sendable, Hashable, CustomStringConvertible {
    case span(from: TimeOfDay, to: TimeOfDay)
    case roundTheClock

    /// "09:00-18:00" or "24-hours", as written in a specification.
    public var description: String {
        switch self {
        case .span(let from, let to): return "\(from)-\(to)"
        case .roundTheClock: return "24-hours"
        }
    }

    /// "9am–6pm", "24 hours a day".
    public var spoken: String {
        switch self {
        case .span(let from, let to): return "\(from.spoken)–\(to.spoken)"
        case .roundTheClock: return "24 hours a day"
        }
    }
}

/// Who is there at night: staff awake and working, staff asleep on site and on call,
/// both, or nobody (DOMAIN.md: "waking night" or "sleep-in", or mixed).
public enum NightCover: String, Sendable, Hashable, CaseIterable {
    case wakingNight = "waking-night"
    case sleepIn = "sleep-in"
    case mixed
    case none

    public var hasCover: Bool { self != .none }

    var phrase: String {
        switch self {
        case .wakingNight: return "with a waking night"
        case .sleepIn: return "with a sleep-in"
        case .mixed: return "with waking night and sleep-in cover"
        case .none: return "no night cover"
        }
    }
}

/// What happens outside the staffed hours.
public enum OutOfHoursCover: String, Sendable, Hashable, CaseIterable {
    case concierge
    case onCall = "on-call"
    case asNeeded = "as-needed"
    case none
    case other

    /// "concierge out of hours"; nil for `other`, whose words are in `outOfHours`.
    var phrase: String? {
        switch self {
        case .concierge: return "concierge out of hours"
        case .onCall: return "on-call out of hours"
        case .asNeeded: return "support out of hours when needed"
        case .none: return "no cover out of hours"
        case .other: return nil
        }
    }
}
