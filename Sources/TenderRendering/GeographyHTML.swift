import TenderModel
internal import XMLKit

/// The geography a lot shares with other lots on purpose, with the reason.
enum GeographyHTML {
    static func addOverlaps(of lot: Lot, index: SpecificationIndex, html: HTMLContext, to section: XMLElement) {
        for overlap in lot.overlaps {
            let p = section.addElement("p", attributes: ["class": "overlap"])
            let other = index.lot(overlap.lot.value)
            let name = other.map { "\(html.labels.format("lot.heading", String($0.number.value), $0.title.value))" }
                ?? overlap.lot.value
            p.addText(html.labels.format("geography.overlap", name))
            html.addValue(overlap.reason, to: p)
        }
    }
}

extension GeographyHTML {
    /// The hierarchy, or nil when every area stands alone.
    static func hierarchy(of spec: Specification) -> AreaHierarchy? {
        guard spec.areas.contains(where: { !$0.contains.isEmpty || $0.parent != nil }) else { return nil }
        return AreaHierarchy(spec.areas)
    }

    /// "Norwich, North Norfolk and South Norfolk": the areas one area is made of.
    static func parts(of id: String, index: SpecificationIndex, hierarchy: AreaHierarchy?) -> (String, Provenance)? {
        guard let children = hierarchy?.children[id], !children.isEmpty else { return nil }
        let names = Formatting.list(children.map { index.areaName($0) })
        return (names, hierarchy?.inventedMakeUp.contains(id) == true ? .illustrative : .source(""))
    }

    /// Under the lots table: "Central is made up of Norwich, North Norfolk and South Norfolk."
    static func addHierarchy(of index: SpecificationIndex, html: HTMLContext, to section: XMLElement) {
        let spec = index.specification
        guard let hierarchy = hierarchy(of: spec) else { return }
        let list = section.addElement("ul", attributes: ["class": "areas"])
        for area in spec.areas {
            guard let children = hierarchy.children[area.id.value], !children.isEmpty else { continue }
            let item = list.addElement("li")
            html.addValue(area.name, to: item)
            item.addText(" " + html.labels["geography.madeOf"] + " ")
            let invented = hierarchy.inventedMakeUp.contains(area.id.value)
            let names = children.map { index.areaName($0) }
            html.addValue(Formatting.list(names), invented ? .illustrative : area.id.provenance, to: item)
            item.addText(".")
        }
    }
}
