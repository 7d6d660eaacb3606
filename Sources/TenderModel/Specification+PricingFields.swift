/// The pricing schedule in the walk of a specification's values (what rules check and
/// `diff` compares).
extension Specification {
    func walkPricing(into w: inout FieldWalker) {
        guard let pricing else { return }
        w.within("Pricing schedule", key: "pricing") { w in
            w.field("Note", key: "note", pricing.note, prose: true)
            for line in pricing.lines {
                let volume = line.volume.map { " against \($0.summary)" } ?? ""
                w.element("Price line \(line.id.value)", in: "lines", id: line.id.value,
                          display: "\(line.item.value), \(line.basis.value.phrase)\(volume)",
                          location: line.location, provenance: line.id.provenance) { w in
                    w.field("Lot", key: "lot", line.lot)
                    w.field("Item", key: "item", line.item, prose: true)
                    w.field("Basis", key: "basis", line.basis)
                    w.field("Price cap", key: "cap", line.cap, format: PriceLine.money)
                    w.field("Note", key: "note", line.note, prose: true)
                    // Last, so that the line's own values are one element (one warning) before it.
                    if let volume = line.volume {
                        w.within("Volume", key: "volume") { w in
                            for (quantity, amount) in volume.amounts {
                                w.field(quantity.rawValue.prefix(1).uppercased() + quantity.rawValue.dropFirst(),
                                        key: quantity.rawValue, amount, format: Capacity.format)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension PriceLine {
    /// "£25.50", "£650": pence only when there are any.
    public static func money(_ value: Double) -> String {
        let pence = Int((value * 100).rounded())
        guard pence % 100 != 0 else { return ContractTerms.pounds(value) }
        let fraction = pence.magnitude % 100
        return ContractTerms.pounds(Double(pence / 100)) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
