import TenderModel
internal import XMLKit

/// The invitation's pricing schedule: for each lot, every line a bidder prices, on
/// what basis, the volume the council evaluates the price against, and any price cap.
struct PricingHTML {
    let spec: Specification
    let pricing: PricingSchedule
    let html: HTMLContext

    private var labels: Labels { html.labels }

    func add(to section: XMLElement) {
        let capped = pricing.lines.contains { $0.cap != nil }
        section.addElement("p", text: labels["pricing.intro"] + (capped ? " " + labels["pricing.intro.cap"] : ""))
        if let note = pricing.note { html.paragraph(note, in: section) }
        // Grouped once (in document order within each lot), not filtered per lot.
        let linesByLot = Dictionary(grouping: pricing.lines, by: \.lot.value)
        for lot in spec.lots {
            let lines = linesByLot[lot.id.value] ?? []
            guard !lines.isEmpty else { continue }
            let body = html.table(caption: labels.format("lot.heading", String(lot.number.value), lot.title.value),
                                  columns: [labels["pricing.item"], labels["pricing.basis"], labels["pricing.volume"],
                                            labels["pricing.cap"], labels["pricing.note"]],
                                  class: "pricing", in: section)
            for line in lines {
                let row = body.addElement("tr", attributes: ["id": "price-\(line.id.value)"])
                html.addValue(line.item, to: row.addElement("th", attributes: ["scope": "row"]))
                html.addValue(line.basis, to: row.addElement("td")) { labels["pricing.basis.\($0.rawValue)"] }
                let volume = row.addElement("td", attributes: ["class": "number"])
                if let evaluated = line.volume, !evaluated.amounts.isEmpty {
                    for (index, (quantity, amount)) in evaluated.amounts.enumerated() {
                        if index > 0 { volume.addText(" × ") }
                        html.addValue(amount, to: volume) { quantity.phrase(Capacity.format($0), one: $0 == 1) }
                    }
                    if evaluated.amounts.count > 1 {
                        volume.addText(" = " + labels.format("pricing.volume.total", Capacity.format(evaluated.total),
                                                             labels["pricing.volume.unit.\(line.basis.value.rawValue)"]))
                    }
                } else {
                    volume.addText(labels["none"])
                }
                let cap = row.addElement("td", attributes: ["class": "number"])
                if let value = line.cap {
                    html.addValue(value, to: cap) { PriceLine.money($0) + " " + line.basis.value.phrase }
                } else {
                    cap.addText(labels["pricing.cap.none"])
                }
                let note = row.addElement("td")
                if let text = line.note { html.addValue(text, to: note) }
            }
        }
    }
}
