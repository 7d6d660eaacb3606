import TenderModel

/// The invitation's pricing schedule: for each lot, every line a bidder prices, on
/// what basis, the volume the council evaluates the price against, and any price cap.
struct PricingBuilder {
    let context: BuildContext
    let pricing: PricingSchedule

    private var wording: Wording { context.wording }

    func blocks() -> [Block] {
        let capped = pricing.lines.contains { $0.cap != nil }
        var blocks = [context.paragraph(wording["pricing.intro"] + (capped ? " " + wording["pricing.intro.cap"] : ""))]
        if let note = pricing.note { blocks.append(context.paragraph(note)) }
        // Grouped once (in document order within each lot), not filtered per lot.
        let linesByLot = Dictionary(grouping: pricing.lines, by: \.lot.value)
        let columns = [Table.Column(wording["pricing.item"]), Table.Column(wording["pricing.basis"]),
                       Table.Column(wording["pricing.volume"], numeric: true), Table.Column(wording["pricing.cap"], numeric: true),
                       Table.Column(wording["pricing.note"])]
        for lot in context.spec.lots {
            let lines = linesByLot[lot.id.value] ?? []
            guard !lines.isEmpty else { continue }
            let rows = lines.map { line -> Table.Row in
                var volume: [Inline] = []
                if let evaluated = line.volume, !evaluated.amounts.isEmpty {
                    for (index, (quantity, amount)) in evaluated.amounts.enumerated() {
                        if index > 0 { volume.append(.text(" × ")) }
                        volume += context.value(amount) { quantity.phrase(Capacity.format($0), one: $0 == 1) }
                    }
                    if evaluated.amounts.count > 1 {
                        volume.append(.text(" = " + wording.format("pricing.volume.total", Capacity.format(evaluated.total),
                                                                   wording["pricing.volume.unit.\(line.basis.value.rawValue)"])))
                    }
                } else {
                    volume = context.none
                }
                let cap = line.cap.map { context.value($0) { PriceLine.money($0) + " " + line.basis.value.phrase } }
                    ?? [.text(wording["pricing.cap.none"])]
                return Table.Row(id: "price-\(line.id.value)", [
                    Table.Cell(context.value(line.item), header: .row),
                    Table.Cell(context.value(line.basis) { wording["pricing.basis.\($0.rawValue)"] }),
                    Table.Cell(volume, numeric: true),
                    Table.Cell(cap, numeric: true),
                    Table.Cell(line.note.map { context.value($0) } ?? []),
                ])
            }
            blocks.append(context.table(caption: wording.format("lot.heading", String(lot.number.value), lot.title.value),
                                        columns: columns, role: "pricing", rows: rows))
        }
        return blocks
    }
}
