public import TenderModel

/// How values read in a pack: deterministic, British, no locale lookups.
public enum Formatting {
    /// "80", "12.5": no trailing ".0", no exponent for the sizes a spec holds.
    public static func number(_ value: Double) -> String {
        NumberText.plain(value)
    }

    /// "£1,500,000".
    public static func pounds(_ value: Double) -> String { ContractTerms.pounds(value) }

    /// "1,500": thousands grouped with commas, as a British reader writes a count.
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    public static func percent(_ value: Double) -> String { number(value) + "%" }

    /// "Up to 2 years", "No time limit".
    public static func limit(_ limit: DurationLimit) -> String {
        switch limit {
        case .upTo(let duration): return "Up to \(duration)"
        case .noLimit: return "No time limit"
        }
    }

    public static func hours(_ intensity: SupportIntensity) -> String {
        switch intensity {
        case .hours(let range):
            return capitalised(range.summary)
        case .variesWithNeed(let typical):
            guard let typical else { return "Varies with each person's assessed need" }
            return "Varies with need; typically \(typical.summary)"
        }
    }

    public static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "Breckland, Broadland and Norwich".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
