public import TenderModel

/// Dates and times as OCDS writes them (RFC 3339 with the UK offset), from what a
/// specification states: never the clock.
///
/// A specification's dates are UK local dates (and times of day, for deadlines). Each
/// is written with the offset UK clocks had that day: +01:00 (British Summer Time) from
/// the last Sunday of March to the day before the last Sunday of October, +00:00 (GMT)
/// otherwise — the rule in force since 1996, applied by day (a time in the hour the
/// clocks change takes the day's new offset). A date as imprecise as a month or a year
/// starts on its first day (`start`) or ends on its last (`end`).
public enum OCDSDate {
    /// The first moment of `date` (at `time`, or 00:00:00).
    public static func start(_ date: CalendarDate, time: TimeOfDay? = nil) -> String {
        let (year, month, day) = (date.year, date.month ?? 1, date.day ?? 1)
        guard let minutes = time?.minutes, minutes < 24 * 60 else {
            return time == nil ? stamp(year, month, day, 0, 0, 0) : stamp(year, month, day, 23, 59, 59)
        }
        return stamp(year, month, day, minutes / 60, minutes % 60, 0)
    }

    /// The last moment of `date` (at `time`, or 23:59:59).
    public static func end(_ date: CalendarDate, time: TimeOfDay? = nil) -> String {
        let year = date.year
        let month = date.month ?? 12
        let day = date.day ?? daysIn(month: month, year: year)
        guard let time, time.minutes < 24 * 60 else { return stamp(year, month, day, 23, 59, 59) }
        return stamp(year, month, day, time.minutes / 60, time.minutes % 60, 0)
    }

    /// The day before `date` plus `months` whole months: the last day of a term that
    /// starts on `date` (a 3-year term from 1 January 2014 ends on 31 December 2016).
    /// Nil when `months` is not a whole number or `date` has no month.
    public static func lastDay(of date: CalendarDate, plusMonths months: Double) -> CalendarDate? {
        guard months.isFinite, months == months.rounded(), months >= 1, months < 12_000, let month = date.month else { return nil }
        let day = date.day ?? 1
        var total = date.year * 12 + (month - 1) + Int(months)
        var year = total / 12
        var newMonth = total % 12 + 1
        var newDay = min(day, daysIn(month: newMonth, year: year)) - 1
        if newDay == 0 {
            total -= 1
            year = total / 12
            newMonth = total % 12 + 1
            newDay = daysIn(month: newMonth, year: year)
        }
        return CalendarDate(year: year, month: newMonth, day: newDay)
    }

    static func stamp(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String {
        let offset = isSummerTime(year: year, month: month, day: day) ? "+01:00" : "+00:00"
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2)
            + ":" + pad(second, 2) + offset
    }

    /// Whether UK clocks are on British Summer Time on that day.
    static func isSummerTime(year: Int, month: Int, day: Int) -> Bool {
        let starts = lastSunday(month: 3, year: year)
        let ends = lastSunday(month: 10, year: year)
        let ordinal = month * 100 + day
        return ordinal >= 300 + starts && ordinal < 1000 + ends
    }

    /// The day of the month of the last Sunday of `month`.
    static func lastSunday(month: Int, year: Int) -> Int {
        let last = daysIn(month: month, year: year)
        return last - weekday(year: year, month: month, day: last)
    }

    /// 0 for Sunday … 6 for Saturday (Sakamoto's method, proleptic Gregorian).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let table = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let value = y + y / 4 - y / 100 + y / 400 + table[month - 1] + day
        return ((value % 7) + 7) % 7
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
