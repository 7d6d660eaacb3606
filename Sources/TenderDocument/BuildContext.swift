import TenderModel

/// What every part of a pack's document is built from: the specification, its index and
/// the wording; with the small shapes (values, clauses, terms, tables) pages are made of.
///
/// Ids: fixed sections use plain hyphenated words (`timeline`, `current-and-new`);
/// ids derived from the model are `<kind>-<model id>` (`lot-complex-needs-support`),
/// and their parts add `_<part>` (`lot-complex-needs-support_requirement-right-benefits`).
/// Model ids never contain `_`, so no derived id can equal another or a fixed one.
struct BuildContext {
    let spec: Specification
    let index: SpecificationIndex
    let wording: Wording
    /// The areas' hierarchy, or nil when every area stands alone: built once per
    /// document (each lot's geography asked for it, rebuilding it from every area: at
    /// 1000 lots that was an eighth of a build).
    let areaHierarchy: AreaHierarchy?

    init(spec: Specification, index: SpecificationIndex, wording: Wording) {
        self.spec = spec
        self.index = index
        self.wording = wording
        areaHierarchy = spec.areas.contains(where: { !$0.contains.isEmpty || $0.parent != nil }) ? AreaHierarchy(spec.areas) : nil
    }

    /// A value's text, marked when it is illustrative.
    func value(_ text: String, _ provenance: Provenance) -> [Inline] {
        provenance.isIllustrative ? [.illustrative([.text(text)])] : [.text(text)]
    }

    func value(_ field: Field<String>) -> [Inline] { value(field.value, field.provenance) }

    func value<T>(_ field: Field<T>, _ format: (T) -> String) -> [Inline] {
        value(format(field.value), field.provenance)
    }

    /// A paragraph holding one text field.
    func paragraph(_ field: Field<String>, role: BlockRole? = nil) -> Block {
        .paragraph(Paragraph(value(field), role: role))
    }

    func paragraph(_ text: String, role: BlockRole? = nil) -> Block {
        .paragraph(Paragraph([.text(text)], role: role))
    }

    /// Clauses a bidder can cite (numbered from their section), each with an id from its model id.
    func clauses(_ clauses: [Clause], idPrefix: String) -> Block {
        .clauses(ClauseList(clauses.map { NumberedClause(id: "\(idPrefix)-\($0.id.value)", value($0.text)) }))
    }

    /// A definition list row.
    func term(_ term: String, _ details: [Inline]) -> Definition { Definition(term, details) }

    /// A table with one header row of column titles.
    func table(caption: String, columns: [Table.Column], role: String? = nil, rows: [Table.Row]) -> Block {
        .table(Table(caption: [.text(caption)], columns: columns, rows: rows, role: role.map(BlockRole.init)))
    }

    /// A subsection with a fixed id.
    func section(_ id: String, _ headingKey: String, blocks: [Block], inContents: Bool = true,
                 role: String? = nil, subsections: [Section] = []) -> Section {
        Section(id: id, heading: wording[headingKey], inContents: inContents, role: role.map(BlockRole.init),
                blocks: blocks, subsections: subsections)
    }

    /// "Lot 2: Outreach", linking to the lot.
    func lotLink(_ lot: Lot, document: DocumentKind? = nil) -> Inline {
        let text = wording.format("lot.heading", String(lot.number.value), lot.title.value)
        let target: LinkTarget = document.map { .document($0, anchor: Self.anchor(lot)) } ?? .anchor(Self.anchor(lot))
        return .link(target, [.text(text)])
    }

    static func anchor(_ lot: Lot) -> String { "lot-\(lot.id.value)" }

    /// "Breckland, Broadland and Norwich" — or every area's name for `all`.
    func areaNames(_ selection: AreaSelection) -> String {
        switch selection {
        case .all:
            return Formatting.list(spec.areas.map(\.name.value))
        case .areas(let ids):
            return Formatting.list(ids.map { index.areaName($0.value) })
        }
    }

    /// Inlines joined by a separator.
    static func joined(_ parts: [[Inline]], separator: String) -> [Inline] {
        var result: [Inline] = []
        for (position, part) in parts.enumerated() {
            if position > 0 { result.append(.text(separator)) }
            result += part
        }
        return result
    }

    var none: [Inline] { [.text(wording["none"])] }
}
