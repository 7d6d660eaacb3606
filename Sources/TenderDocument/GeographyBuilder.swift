import TenderModel

/// Where a lot works, the areas larger areas are made of, and the geography a lot
/// shares with other lots on purpose, with the reason.
struct GeographyBuilder {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var index: SpecificationIndex { context.index }
    private var wording: Wording { context.wording }

    /// The hierarchy, or nil when every area stands alone.
    var hierarchy: AreaHierarchy? { context.areaHierarchy }

    /// "Norwich, North Norfolk and South Norfolk": the areas one area is made of.
    func parts(of id: String, hierarchy: AreaHierarchy?) -> (String, Provenance)? {
        guard let children = hierarchy?.children[id], !children.isEmpty else { return nil }
        let names = Formatting.list(children.map { index.areaName($0) })
        return (names, hierarchy?.inventedMakeUp.contains(id) == true ? .illustrative : .source(""))
    }

    /// Under the lots table: "Central is made up of Norwich, North Norfolk and South Norfolk."
    func hierarchyList() -> Block? {
        guard let hierarchy else { return nil }
        var items: [ListItem] = []
        for area in spec.areas {
            guard let children = hierarchy.children[area.id.value], !children.isEmpty else { continue }
            let invented = hierarchy.inventedMakeUp.contains(area.id.value)
            let names = children.map { index.areaName($0) }
            items.append(ListItem(inlines: context.value(area.name) + [.text(" " + wording["geography.madeOf"] + " ")]
                                  + context.value(Formatting.list(names), invented ? .illustrative : area.id.provenance)
                                  + [.text(".")]))
        }
        return .list(ItemList(items, role: BlockRole(rawValue: "areas")))
    }

    func lotGeography(_ lot: Lot) -> [Block] {
        var runs: [Inline] = []
        switch lot.areas {
        case .all(_, let provenance):
            runs = context.value(wording.format("geography.all", Formatting.list(spec.areas.map(\.name.value))), provenance)
        case .areas(let ids):
            let hierarchy = self.hierarchy
            let text = wording["geography.some"]
            let parts = text.split(separator: "%@", maxSplits: 1, omittingEmptySubsequences: false)
            runs.append(.text(String(parts.first ?? "")))
            for (position, id) in ids.enumerated() {
                if position > 0 { runs.append(.text(position == ids.count - 1 ? " and " : ", ")) }
                runs += context.value(index.areaName(id.value), id.provenance)
                if let (names, provenance) = self.parts(of: id.value, hierarchy: hierarchy) {
                    runs += [.text(" (")] + context.value(names, provenance) + [.text(")")]
                }
            }
            if parts.count > 1 { runs.append(.text(String(parts[1]))) }
        }
        var blocks: [Block] = [.paragraph(Paragraph(runs))]
        for overlap in lot.overlaps {
            let name = index.lot(overlap.lot.value).map { wording.format("lot.heading", String($0.number.value), $0.title.value) }
                ?? overlap.lot.value
            blocks.append(.paragraph(Paragraph([.text(wording.format("geography.overlap", name))] + context.value(overlap.reason),
                                               role: .overlap)))
        }
        return blocks
    }
}
