import TenderModel

/// What a value means, as opposed to how it is written: the rules the diff uses so that
/// a restatement is not reported as a change of substance.
///
/// - Durations are compared by length: `2 years` and `24 months` are the same value
///   restated (an *editorial* change: the pack's words change, nothing a bidder prices
///   does). `1 year` and `52 weeks` are not the same length and stay material.
/// - Dates are compared by value *and* precision: `2013-07` → `2013-07-31` is a change
///   (the month became a day); the same day written the same way is not.
/// - Money and hours are read as numbers by the loader and shown in one canonical form
///   (`£1,500,000`, `16`), so `1500000` and `1500000.0` never differ.
/// - Lists of ids and codes (a lot's areas, absorbed services, outcomes, CPV codes, an
///   area's `contains`) are sets; element lists whose order carries no meaning
///   (`unorderedLists`) report no moves.
/// - A lot's areas are compared as the set of smallest areas covered through the area
///   hierarchy (`Comparison.compareCoverage`).
enum Meaning {
    /// Schema keys of values that are durations (with `up to` or `no time limit` for a maximum).
    static let durationKeys: Set<String> = [
        "maximumSupportDuration", "contract.initialTerm", "contract.extensions", "procurement.framework.term",
        "lots.durations.maximum", "lots.durations.expectedMoveOn", "lots.durations.typical",
        "stages.durations.maximum", "stages.durations.expectedMoveOn", "stages.durations.typical",
        "currentServices.durations.maximum", "currentServices.durations.expectedMoveOn",
        "currentServices.durations.typical",
    ]

    /// Element lists whose order means nothing to a bidder: reordering them is no change.
    static let unorderedLists: Set<String> = [
        "areas", "partners", "sources", "lots.referralSources", "lots.partnerships", "lots.overlaps",
        "lots.worksWith", "lots.capacity", "award.contracts",
    ]

    /// Whether two different writings of a `fieldKey` value mean the same.
    static func sameMeaning(_ fieldKey: String, _ old: String, _ new: String) -> Bool {
        guard durationKeys.contains(fieldKey) else { return false }
        guard let a = duration(old), let b = duration(new) else { return false }
        return a == b
    }

    /// A duration as displayed: "24 months", "up to 2 years"; nil for "no time limit" or other text.
    static func duration(_ text: String) -> Duration? {
        let plain = text.hasPrefix("up to ") ? String(text.dropFirst("up to ".count)) : text
        return Duration(parsing: plain)
    }
}
