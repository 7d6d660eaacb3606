/// Numbers as text without traps: a whole number prints without ".0" only when it
/// converts to `Int` exactly; anything else (too large, fractional, not finite) prints
/// as Swift spells a `Double`. Every formatter in the model goes through here, so no
/// value a file can hold traps in `Int(_:)`.
public enum NumberText {
    /// Up to this, a whole `Double` converts to `Int` exactly.
    public static let exactWholeLimit = 1e15

    /// "80", "12.5", "1e+19".
    public static func plain(_ value: Double) -> String {
        if let whole = exactWhole(value) { return String(whole) }
        return String(value)
    }

    /// The value as an `Int` when it is a whole number small enough to convert exactly.
    public static func exactWhole(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) <= exactWholeLimit else { return nil }
        return Int(value)
    }

    /// "1,500,000": digits grouped in threes, for whole numbers; `plain` otherwise.
    public static func grouped(_ value: Double) -> String {
        guard let whole = exactWhole(value) else { return plain(value) }
        var digits = String(whole.magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
