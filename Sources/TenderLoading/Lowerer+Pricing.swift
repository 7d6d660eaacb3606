import TenderModel

/// Lowering of `pricing:`, the pricing schedule.
extension Lowerer {
    /// The most a price cap or an evaluated quantity may be.
    static let pricingRange: ClosedRange<Double> = 0...1_000_000_000

    func pricing(_ value: YAMLValue) throws -> PricingSchedule? {
        guard let r = ObjectReader(value, what: "pricing schedule", keys: ["lines", "note"]) else { return nil }
        let lines = try r.required("lines")?.list(what: "price lines") { priceLine($0) } ?? []
        return PricingSchedule(lines: lines, note: r.optional("note")?.text(), location: r.location)
    }

    func priceLine(_ value: YAMLValue) -> PriceLine? {
        let keys = ["id", "lot", "item", "basis", "volume", "cap", "note"]
        guard let r = ObjectReader(value, what: "price line", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let lot = r.required("lot")?.identifier()
        let item = r.required("item")?.text()
        let basis = r.required("basis")?.choice(PriceLine.Basis.self, what: "price basis")
        // A missing volume is a rule finding (`pricing.volume`), so it can say why it matters.
        let volume = r.optional("volume").flatMap(volume)
        let cap = r.optional("cap")?.number(in: Lowerer.pricingRange, what: "price cap")
        let note = r.optional("note")?.text()
        guard let id, let lot, let item, let basis else { return nil }
        return PriceLine(id: id, lot: lot, item: item, basis: basis, volume: volume, cap: cap, note: note,
                         location: r.location)
    }

    /// `{hours: 6240}`, `{units: 20, weeks: 52}`, `{people: 30, weeks: 52}`, `{years: 1}`.
    func volume(_ value: YAMLValue) -> Volume? {
        let keys = Volume.Quantity.allCases.map(\.rawValue)
        guard let r = ObjectReader(value, what: "evaluated volume", keys: keys) else { return nil }
        let amounts = Volume.Quantity.allCases.compactMap { quantity -> (quantity: Volume.Quantity, amount: Field<Double>)? in
            guard let amount = r.optional(quantity.rawValue)?.number(in: Lowerer.pricingRange, what: quantity.rawValue) else { return nil }
            return (quantity, amount)
        }
        return Volume(amounts: amounts, location: r.location)
    }
}
