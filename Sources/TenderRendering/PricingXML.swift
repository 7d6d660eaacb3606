import TenderModel
internal import XMLKit

/// `<pricingSchedule>` in `tender-pack.xml`: each line with its lot and basis as
/// attributes, the evaluated volume's quantities and the price cap in pounds.
enum PricingXML {
    static func add(_ pricing: PricingSchedule, to root: XMLElement) {
        let element = root.addElement("pricingSchedule")
        element.addField("note", pricing.note)
        for line in pricing.lines {
            let item = element.addElement("line")
            item.setAttribute("id", line.id.value)
            item.setAttribute("lot", line.lot.value)
            item.setAttribute("basis", line.basis.value.rawValue)
            item.addField("item", line.item)
            if let volume = line.volume, !volume.amounts.isEmpty {
                let volumeElement = item.addElement("volume")
                for (quantity, amount) in volume.amounts { volumeElement.addField(quantity.rawValue, amount) }
            }
            item.addField("cap", line.cap)?.setAttribute("currency", "GBP")
            item.addField("note", line.note)
        }
    }
}
