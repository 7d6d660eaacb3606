import Foundation

/// Numbers beyond what the model holds, at every place a number is read: each must be
/// a located `schema.invalid-value` (or a wrong type for what is not a number), never
/// a trap in a conversion.
enum HostileNumbers {
    /// Values out of every range: beyond `Int`, beyond `Double`'s exact integers, beyond
    /// `Double` itself, negative.
    static let outOfRange = ["9223372036854775807", "1e19", "1e308", "1e400", "-1e19", "99999999999999999999",
                             "-1", "1e16", "-9223372036854775809"]
    static let notNumbers = [".nan", "nan", ".inf", "-.inf", "NaN", "0x", "1e", "--1"]

    /// Where numbers are read: the YAML with `V` for the value, and whether it is whole.
    static let places: [(name: String, yaml: String, whole: Bool, over: String)] = [
        ("hours max", "    hoursPerWeek: {max: ↓$V}", false, "168.5"),
        ("hours min", "    hoursPerWeek: {min: ↓$V, max: 3}", false, "169"),
        ("hours varies", "    hoursPerWeek: {variesWithNeed: true, max: ↓$V}", false, "200"),
        ("KPI target", "    kpis:\n      - {id: k, indicator: Moved on, unit: count, target: ↓$V}", false, "1000000001"),
        ("lot number", "    number: ↓$V", true, "10000"),
    ]

    static let topPlaces: [(name: String, yaml: String, whole: Bool, over: String)] = [
        ("criterion weight", "evaluation:\n  criteria:\n    - {id: q, name: Quality, category: quality, weight: ↓$V}", false, "100.5"),
        ("quality weight", "evaluation:\n  quality: ↓$V", false, "101"),
        ("price weight", "evaluation:\n  price: ↓$V", false, "1000"),
        ("annual value", "contract:\n  annualValue: ↓$V", false, "1000000000001"),
        ("format version", "tenderpack: ↓$V", true, "2"),
        ("stage number", "stages:\n  - {id: s, name: Stage, number: ↓$V}", true, "0"),
        ("days per week", """
            lots:
              - id: support
                title: Supported housing
                setting: {type: supported-accommodation, cover: {daysPerWeek: ↓$V, nightCover: true}}
                areas: all
            """, true, "8"),
    ]

    static let durations = ["1e19 days", "1e308 years", "101 years", "5300 weeks", "36526 days", "1201 months", "1e400 days"]
    static let durationPlaces = [
        "    durations: {maximum: ↓$V}", "    durations: {expectedMoveOn: ↓$V}", "    durations: {typical: ↓$V}",
    ]
    static let topDurationPlaces = [
        "maximumSupportDuration: ↓$V", "contract:\n  initialTerm: ↓$V", "contract:\n  extensions: [1 year, ↓$V]",
    ]

    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for place in places {
            for value in outOfRange + [place.over] + (place.whole ? ["1.5", "1e3"] : []) {
                let rule = place.whole && value.contains(where: { $0 == "." || $0 == "e" }) ? "schema.wrong-type" : "schema.invalid-value"
                cases.append(.lotKeys(.numbers, "\(place.name) \(value)", place.yaml.replacingOccurrences(of: "$V", with: value), rule: rule))
            }
            for value in notNumbers {
                cases.append(.lotKeys(.numbers, "\(place.name) \(value)", place.yaml.replacingOccurrences(of: "$V", with: value),
                                      rule: "schema.wrong-type"))
            }
        }
        for place in topPlaces {
            for value in outOfRange + [place.over] {
                let rule = place.whole && value.contains(where: { $0 == "." || $0 == "e" }) ? "schema.wrong-type" : "schema.invalid-value"
                cases.append(.fragment(.numbers, "\(place.name) \(value)", place.yaml.replacingOccurrences(of: "$V", with: value), rule: rule))
            }
        }
        for value in durations {
            for place in durationPlaces {
                cases.append(.lotKeys(.numbers, "\(place) \(value)", place.replacingOccurrences(of: "$V", with: value),
                                      rule: "schema.invalid-value"))
            }
            for place in topDurationPlaces {
                cases.append(.fragment(.numbers, "\(place) \(value)", place.replacingOccurrences(of: "$V", with: value),
                                       rule: "schema.invalid-value"))
            }
        }
        // Values at the edge of every range load cleanly, and `-0` reads as 0.
        for (name, yaml) in [
            ("hours 168", "    hoursPerWeek: {min: -0, max: 15}"),
            ("KPI target 1e9", "    kpis:\n      - {id: k, indicator: Moved on, unit: count, target: 1e9}"),
            ("lot number 9999", "    number: 9999"),
            ("duration 100 years", "    durations: {maximum: 100 years, typical: 36525 days}"),
        ] {
            cases.append(.lotKeys(.numbers, name, yaml, rule: nil))
        }
        return cases
    }
}
