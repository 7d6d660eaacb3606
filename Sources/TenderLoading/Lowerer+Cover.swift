import TenderModel

extension Lowerer {
    static let coverKeys = ["daysPerWeek", "nightCover", "outOfHours", "hours", "night", "outOfHoursCover"]

    /// `24/7`, or `{daysPerWeek, hours, night, nightCover, outOfHoursCover, outOfHours}`.
    func cover(_ value: YAMLValue) -> Cover? {
        if value.node.isScalar {
            guard value.node.isScalar("24/7") else {
                value.wrongType(expected: "`24/7` or a mapping with `daysPerWeek` and `night` (or `nightCover`)")
                return nil
            }
            return Cover(daysPerWeek: Field(7, at: value.location, provenance: value.provenance),
                         nightCover: Field(true, at: value.location, provenance: value.provenance),
                         outOfHours: nil, location: value.location)
        }
        guard let r = ObjectReader(value, what: "cover", keys: Lowerer.coverKeys) else { return nil }
        let days = r.required("daysPerWeek")?.integer(in: 1...7, what: "days a week")
        let night = r.optional("night")?.choice(NightCover.self, what: "night cover")
        let written = night == nil || r.has("nightCover") ? r.required("nightCover")?.bool() : nil
        let hours = r.optional("hours").flatMap(staffedHours)
        let outOfHoursCover = r.optional("outOfHoursCover")?.choice(OutOfHoursCover.self, what: "out-of-hours cover")
        let outOfHours = r.optional("outOfHours")?.text()
        guard let days, let nightCover = written ?? night.map({ $0.map(\.hasCover) }) else { return nil }
        return Cover(daysPerWeek: days, nightCover: nightCover, outOfHours: outOfHours, hours: hours, night: night,
                     outOfHoursCover: outOfHoursCover, nightCoverWritten: written != nil, location: r.location)
    }

    /// `09:00-18:00` (or with an en dash), or `24-hours`.
    func staffedHours(_ value: YAMLValue) -> Field<StaffedHours>? {
        guard let text = value.text() else { return nil }
        if text.value == "24-hours" { return text.map { _ in .roundTheClock } }
        let parts = text.value.replacingOccurrences(of: "–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let from = TimeOfDay(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
              let to = TimeOfDay(parsing: parts[1].trimmingCharacters(in: .whitespaces)) else {
            report(LoaderRuleID.schemaInvalidValue, at: text.location,
                   "`\(text.value.prefix(40))` is not staffed hours; write `09:00-18:00` (24-hour clock, 00:00 to 24:00) or `24-hours`")
            return nil
        }
        return text.map { _ in .span(from: from, to: to) }
    }

    /// `[{measure, amount, qualifier, note}]`.
    func capacity(_ value: YAMLValue) -> Capacity? {
        guard let r = ObjectReader(value, what: "capacity", keys: ["measure", "amount", "qualifier", "note"]) else { return nil }
        let measure = r.required("measure")?.choice(Capacity.Measure.self, what: "capacity measure")
        let amount = r.required("amount")?.number(in: NumberRange.capacity, what: "a capacity")
        let qualifier = r.optional("qualifier")?.choice(Capacity.Qualifier.self, what: "capacity qualifier")
        let note = r.optional("note")?.text()
        guard let measure, let amount else { return nil }
        return Capacity(measure: measure, amount: amount, qualifier: qualifier, note: note, location: r.location)
    }

    /// `[{lot, reason}]`: lots this one overlaps on purpose.
    func overlap(_ value: YAMLValue) -> LotOverlap? {
        guard let r = ObjectReader(value, what: "overlap", keys: ["lot", "reason"]) else { return nil }
        let lot = r.required("lot")?.identifier()
        let reason = r.required("reason")?.text()
        guard let lot, let reason else { return nil }
        return LotOverlap(lot: lot, reason: reason, location: r.location)
    }
}

extension NumberRange {
    /// A capacity: units, people or referrals; a national framework's worth at most.
    public static let capacity: ClosedRange<Double> = 0...10_000_000
}
