/// A date as precise as the source is: a year ("early 2014"), a month ("later in
/// July 2013") or a day. Comparisons treat an imprecise date as the period it covers.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when it is none of them or not a real date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, let month, !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// First day of the period, as a sortable ordinal (yyyymmdd).
    public var earliest: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// Last day of the period, as a sortable ordinal (yyyymmdd).
    public var latest: Int {
        let m = month ?? 12
        return year * 10_000 + m * 100 + (day ?? CalendarDate.daysIn(month: m, year: year))
    }

    /// ISO 8601 text at the date's own precision.
    public var description: String {
        var text = pad(year, to: 4)
        if let month { text += "-" + pad(month, to: 2) }
        if let day { text += "-" + pad(day, to: 2) }
        return text
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// The date as a British reader writes it: "1 July 2013", "July 2013", "2014".
    public var longForm: String {
        guard let month else { return "\(year)" }
        let name = CalendarDate.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }
}

private func pad(_ value: Int, to width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
