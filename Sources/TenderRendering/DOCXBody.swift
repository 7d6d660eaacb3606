import Foundation
internal import XMLKit
internal import TenderDocument

/// `word/document.xml` of a DOCX, written from the document tree: the cover, a TOC
/// field Word fills in (settings ask it to update fields on opening), headings in the
/// built-in Heading 1–6 styles, numbered clauses, lists, tables whose header rows repeat
/// on every page (`w:tblHeader`), figures, and one A4 section with a header and a
/// "Page x of y" footer.
final class DOCXBody {
    let tree: TenderDocument.Document
    /// Relationships the body needs besides the fixed ones, in order of first use.
    private(set) var relationships: [(id: String, type: String, target: String, external: Bool)] = []
    /// The figures' pictures (`media/figure-1.svg`), in order.
    private(set) var pictures: [(path: String, data: Data)] = []
    /// One `w:num` per list, in order: whether it is numbered (each numbered list restarts at 1).
    private(set) var lists: [Bool] = []

    private let document: XMLDocument
    private var bookmarkCount = 0
    private var figureCount = 0

    static let headerRelationship = "rIdHeader"
    static let footerRelationship = "rIdFooter"

    init(tree: TenderDocument.Document) {
        self.tree = tree
        document = XMLDocument(qualifiedRoot: "w:document", declaring: DOCXVocabulary.body)
    }

    func build() -> XMLDocument {
        let body = document.root.addChild("w:body")
        cover(body)
        if let heading = tree.contentsHeading { contents(body, heading: heading) }
        if let note = tree.illustrativeNote {
            let paragraph = self.paragraph(body, style: "Legend")
            bookmark(paragraph, TenderDocument.Document.illustrativeNoteID) { self.inlines(paragraph, note) }
        }
        for block in tree.front { self.block(body, block, context: .body) }
        for (index, section) in tree.sections.enumerated() { self.section(body, section, first: index == 0) }
        inlines(paragraph(body, style: "Closing"), tree.footer)
        let properties = body.addChild("w:sectPr")
        properties.addChild("w:headerReference", ["w:type": "default", "r:id": Self.headerRelationship])
        properties.addChild("w:footerReference", ["w:type": "default", "r:id": Self.footerRelationship])
        properties.addChild("w:pgSz", ["w:w": String(DOCXVocabulary.pageWidth), "w:h": String(DOCXVocabulary.pageHeight)])
        let margin = String(DOCXVocabulary.margin)
        properties.addChild("w:pgMar", ["w:top": margin, "w:right": margin, "w:bottom": margin, "w:left": margin,
                                        "w:header": "567", "w:footer": "567", "w:gutter": "0"])
        return document
    }

    // MARK: Cover and contents

    private func cover(_ body: XMLElement) {
        let metadata = tree.metadata
        if let council = metadata.council { text(paragraph(body, style: "Subtitle"), council) }
        text(paragraph(body, style: "Title"), metadata.title)
        if let subtitle = metadata.subtitle { text(paragraph(body, style: "Subtitle"), subtitle) }
        definitions(body, tree.coverFacts)
    }

    /// A TOC field over the heading levels the tree lists, filled in with the headings
    /// (linked to them); Word adds the page numbers when it updates the field.
    private func contents(_ body: XMLElement, heading: String) {
        let listed = tree.allSections.filter(\.inContents)
        let depth = min(DOCXStyles.headingLevels, max(1, listed.map(\.depth).max() ?? 1))
        let block = body.addChild("w:sdt")
        block.addChild("w:sdtPr").addChild("w:docPartObj").addChild("w:docPartGallery", ["w:val": "Table of Contents"])
        let content = block.addChild("w:sdtContent")
        text(paragraph(content, style: "TOCHeading", pageBreakBefore: true), heading)
        let entries = listed.filter { $0.depth <= depth }
        for (index, section) in entries.enumerated() {
            let entry = paragraph(content, style: "TOC\(section.depth)")
            if index == 0 {
                field(entry, begin: #" TOC \o "1-\#(depth)" \h \z \u "#)
            }
            let link = entry.addChild("w:hyperlink", ["w:anchor": Self.bookmarkName(section.id), "w:history": "1"])
            run(link, section.numberedHeading, format: Format())
            if index == entries.count - 1 { fieldEnd(entry) }
        }
        if entries.isEmpty {
            let entry = paragraph(content, style: "TOC1")
            field(entry, begin: #" TOC \o "1-\#(depth)" \h \z \u "#)
            fieldEnd(entry)
        }
    }

    private func field(_ paragraph: XMLElement, begin instruction: String) {
        paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "begin", "w:dirty": "true"])
        paragraph.addChild("w:r").addChild("w:instrText", ["xml:space": "preserve"], text: instruction)
        paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "separate"])
    }

    private func fieldEnd(_ paragraph: XMLElement) {
        paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "end"])
    }

    // MARK: Sections and blocks

    private func section(_ body: XMLElement, _ section: TenderDocument.Section, first: Bool) {
        let level = min(section.depth, DOCXStyles.headingLevels)
        let heading = paragraph(body, style: "Heading\(level)", pageBreakBefore: first)
        bookmark(heading, section.id) {
            if let number = section.number { self.text(heading, number + " ") }
            self.inlines(heading, section.heading)
        }
        for block in section.blocks { self.block(body, block, context: .body) }
        for child in section.subsections { self.section(body, child, first: false) }
    }

    enum Context {
        case body
        case cell
    }

    private func style(_ role: BlockRole?, context: Context) -> String {
        switch role {
        case .some(.note): return "Note"
        case .some(.summary): return "Summary"
        case .some(.legend): return "Legend"
        default: return context == .cell ? "TableContents" : "BodyText"
        }
    }

    private func block(_ parent: XMLElement, _ block: Block, context: Context, style: String? = nil, listLevel: Int = 0) {
        switch block {
        case .paragraph(let content):
            let element = paragraph(parent, style: style ?? self.style(content.role, context: context))
            if let id = content.id {
                bookmark(element, id) { self.inlines(element, content.content) }
            } else {
                inlines(element, content.content)
            }
        case .plain(let content):
            inlines(paragraph(parent, style: style ?? self.style(nil, context: context)), content)
        case .heading(let content):
            inlines(paragraph(parent, style: "Subheading"), content)
        case .list(let list):
            self.list(parent, list, level: listLevel, context: context)
        case .clauses(let list):
            for clause in list.clauses {
                let element = paragraph(parent, style: context == .body ? "Clause" : "TableContents")
                let write = {
                    self.text(element, clause.number)
                    element.addChild("w:r").addChild("w:tab")
                    self.inlines(element, clause.content)
                }
                if let id = clause.id { bookmark(element, id, write) } else { write() }
            }
        case .definitions(let list):
            definitions(parent, list)
        case .table(let table):
            self.table(parent, table)
        case .figure(let figure):
            self.figure(parent, figure, context: context)
        }
    }

    private func list(_ parent: XMLElement, _ list: ItemList, level: Int, context: Context) {
        lists.append(list.ordered)
        let number = lists.count
        for item in list.items {
            var first = true
            for block in item.blocks {
                var inlineContent: [Inline]?
                if case .plain(let content) = block { inlineContent = content }
                if case .paragraph(let content) = block { inlineContent = content.content }
                switch block {
                case .plain, .paragraph:
                    let content = inlineContent ?? []
                    let element = paragraph(parent, style: "ListParagraph", list: first ? (number, level) : nil,
                                            indentLevel: first ? nil : level)
                    if first, let id = item.id { bookmark(element, id) { self.inlines(element, content) } } else { inlines(element, content) }
                case .list(let inner):
                    self.list(parent, inner, level: min(level + 1, 8), context: context)
                default:
                    self.block(parent, block, context: context, listLevel: level + 1)
                }
                first = false
            }
        }
    }

    private func definitions(_ parent: XMLElement, _ list: DefinitionList) {
        for item in list.items {
            inlines(paragraph(parent, style: "DefinitionTerm"), item.term)
            for detail in item.details {
                switch detail {
                case .plain, .paragraph: block(parent, detail, context: .body, style: "DefinitionDetails")
                default: block(parent, detail, context: .body)
                }
            }
        }
    }

    // MARK: Tables

    private func table(_ parent: XMLElement, _ table: TenderDocument.Table) {
        var caption = table.caption
        if table.isIllustrative, !caption.contains(where: \.containsIllustrative) { caption = [.illustrative(caption)] }
        if !caption.isEmpty || table.id != nil {
            let element = paragraph(parent, style: "Caption")
            if let id = table.id { bookmark(element, id) { self.inlines(element, caption) } } else { inlines(element, caption) }
        }
        var columns = table.columns.map(\.width)
        if table.numberedRows { columns.insert(0.1, at: 0) }
        let given = columns.compactMap { $0 }.reduce(0, +)
        let open = columns.filter { $0 == nil }.count
        let rest = open == 0 ? 0 : max(0.05, (1 - given) / Double(open))
        let raw = columns.map { $0 ?? rest }
        let total = max(raw.reduce(0, +), 0.0001)
        let widths = raw.isEmpty ? [DOCXVocabulary.textWidth]
            : raw.map { Int((Double(DOCXVocabulary.textWidth) * $0 / total).rounded()) }
        var numeric = table.columns.map(\.numeric)
        if table.numberedRows { numeric.insert(false, at: 0) }

        let element = parent.addChild("w:tbl")
        let properties = element.addChild("w:tblPr")
        properties.addChild("w:tblStyle", ["w:val": "PackTable"])
        properties.addChild("w:tblW", ["w:w": "5000", "w:type": "pct"])
        properties.addChild("w:tblLayout", ["w:type": "fixed"])
        properties.addChild("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                                          "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
        let grid = element.addChild("w:tblGrid")
        for width in widths { grid.addChild("w:gridCol", ["w:w": String(width)]) }
        for (index, row) in table.headerRows.enumerated() {
            var cells = row.cells
            if table.numberedRows { cells.insert(.init(index == 0 ? [.text(table.numberTitle)] : [], header: .column), at: 0) }
            self.row(element, cells, widths: widths, numeric: numeric, header: true, anchor: nil)
        }
        for row in table.rows {
            var cells = row.cells
            if table.numberedRows { cells.insert(.init([.text(row.number ?? "")], header: .row), at: 0) }
            self.row(element, cells, widths: widths, numeric: numeric, header: false, anchor: row.id)
        }
    }

    private func row(_ table: XMLElement, _ cells: [TenderDocument.Table.Cell], widths: [Int], numeric: [Bool],
                     header: Bool, anchor: String?) {
        let row = table.addChild("w:tr")
        let properties = row.addChild("w:trPr")
        properties.addChild("w:cantSplit")
        // Header rows repeat at the top of every page the table runs onto.
        if header { properties.addChild("w:tblHeader") }
        var column = 0
        var anchor = anchor
        for cell in cells where column < widths.count {
            let span = max(1, min(cell.columnSpan, widths.count - column))
            let isHeader = header || cell.header != nil
            let element = row.addChild("w:tc")
            let cellProperties = element.addChild("w:tcPr")
            cellProperties.addChild("w:tcW", ["w:w": String(widths[column..<column + span].reduce(0, +)), "w:type": "dxa"])
            if span > 1 { cellProperties.addChild("w:gridSpan", ["w:val": String(span)]) }
            if isHeader { cellProperties.addChild("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": "E8F0F7"]) }
            let isNumber = cell.numeric || (column < numeric.count && numeric[column])
            let style = isHeader ? (isNumber ? "TableHeadingNumber" : "TableHeading")
                : (isNumber ? "TableContentsNumber" : "TableContents")
            let before = element.children.count
            if let id = anchor {
                // The row's anchor: a bookmark around the first cell's first paragraph.
                anchor = nil
                let first = paragraph(element, style: style)
                bookmark(first, id) {
                    if case .some(.plain(let content)) = cell.blocks.first { self.inlines(first, content) }
                    if case .some(.paragraph(let content)) = cell.blocks.first { self.inlines(first, content.content) }
                }
                for block in cell.blocks.dropFirst() { self.cellBlock(element, block, style: style) }
                if let first = cell.blocks.first {
                    switch first {
                    case .plain, .paragraph: break
                    default: self.cellBlock(element, first, style: style)
                    }
                }
            } else {
                for block in cell.blocks { self.cellBlock(element, block, style: style) }
            }
            // A cell always ends with a paragraph.
            if element.children.count == before || element.children.last?.name != "p" { paragraph(element, style: style) }
            column += span
        }
        while column < widths.count {
            let element = row.addChild("w:tc")
            element.addChild("w:tcPr").addChild("w:tcW", ["w:w": String(widths[column]), "w:type": "dxa"])
            paragraph(element, style: "TableContents")
            column += 1
        }
    }

    private func cellBlock(_ cell: XMLElement, _ block: Block, style: String) {
        switch block {
        case .plain, .paragraph: self.block(cell, block, context: .cell, style: style)
        default: self.block(cell, block, context: .cell)
        }
    }

    // MARK: Figures

    private func figure(_ parent: XMLElement, _ figure: Figure, context: Context) {
        figureCount += 1
        let name = "figure-\(figureCount).svg"
        pictures.append(("word/media/" + name, DrawingSVG.data(figure.drawing)))
        let relationship = "rIdFigure\(figureCount)"
        relationships.append((relationship, DOCXVocabulary.officeRelationship + "image", "media/" + name, false))
        let element = paragraph(parent, style: context == .body ? "Figure" : "TableContents")
        let width = figure.drawing.width ?? 800
        let height = figure.drawing.height ?? 400
        let centimetres = min(17.0, width * 2.54 / 96)
        let cx = Int((centimetres * 360_000).rounded())
        let cy = Int((centimetres * height / max(width, 1) * 360_000).rounded())
        let write = {
            let inline = element.addChild("w:r").addChild("w:drawing").addChild("wp:inline", [
                "distT": "0", "distB": "0", "distL": "0", "distR": "0",
            ])
            inline.addChild("wp:extent", ["cx": String(cx), "cy": String(cy)])
            inline.addChild("wp:docPr", ["id": String(self.figureCount), "name": "Figure \(self.figureCount)",
                                         "descr": figure.alternative, "title": figure.caption.plainText])
            inline.addChild("wp:cNvGraphicFramePr").addChild("a:graphicFrameLocks", ["noChangeAspect": "1"])
            let picture = inline.addChild("a:graphic").addChild("a:graphicData", [
                "uri": "http://schemas.openxmlformats.org/drawingml/2006/picture",
            ]).addChild("pic:pic")
            let nonVisual = picture.addChild("pic:nvPicPr")
            nonVisual.addChild("pic:cNvPr", ["id": String(self.figureCount), "name": name, "descr": figure.alternative])
            nonVisual.addChild("pic:cNvPicPr")
            let fill = picture.addChild("pic:blipFill")
            // The SVG itself (LibreOffice reads it from the blip), and as Word's SVG extension.
            let blip = fill.addChild("a:blip", ["r:embed": relationship])
            blip.addChild("a:extLst").addChild("a:ext", ["uri": "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"])
                .addChild("asvg:svgBlip", ["r:embed": relationship])
            fill.addChild("a:stretch").addChild("a:fillRect")
            let shape = picture.addChild("pic:spPr")
            let transform = shape.addChild("a:xfrm")
            transform.addChild("a:off", ["x": "0", "y": "0"])
            transform.addChild("a:ext", ["cx": String(cx), "cy": String(cy)])
            shape.addChild("a:prstGeom", ["prst": "rect"]).addChild("a:avLst")
        }
        if let id = figure.id { bookmark(element, id, write) } else { write() }
        inlines(paragraph(parent, style: "FigureCaption"), figure.caption)
        // Nothing is only in the picture: its text alternative follows it.
        text(paragraph(parent, style: "Note"), figure.alternative)
    }

    // MARK: Paragraphs and runs

    @discardableResult
    private func paragraph(_ parent: XMLElement, style: String, pageBreakBefore: Bool = false,
                           list: (number: Int, level: Int)? = nil, indentLevel: Int? = nil) -> XMLElement {
        let element = parent.addChild("w:p")
        let properties = element.addChild("w:pPr")
        properties.addChild("w:pStyle", ["w:val": style])
        if pageBreakBefore { properties.addChild("w:pageBreakBefore") }
        if let list {
            let numbering = properties.addChild("w:numPr")
            numbering.addChild("w:ilvl", ["w:val": String(list.level)])
            numbering.addChild("w:numId", ["w:val": String(list.number)])
        } else if let indentLevel {
            properties.addChild("w:ind", ["w:left": String(720 + 360 * indentLevel)])
        }
        return element
    }

    /// A bookmark (`w:bookmarkStart`/`End`) around what `content` adds to `paragraph`.
    private func bookmark(_ paragraph: XMLElement, _ id: String, _ content: () -> Void) {
        bookmarkCount += 1
        let number = String(bookmarkCount)
        paragraph.addChild("w:bookmarkStart", ["w:id": number, "w:name": Self.bookmarkName(id)])
        content()
        paragraph.addChild("w:bookmarkEnd", ["w:id": number])
    }

    /// Word's bookmark names: at most 40 characters, a letter first, letters, digits and
    /// `_` only. A longer id keeps its start and gains a hash of the whole, so links and
    /// bookmarks made from the same id always agree.
    static func bookmarkName(_ id: String) -> String {
        var name = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        if name.first.map({ !$0.isLetter }) ?? true { name = "b" + name }
        guard name.count > 40 else { return name }
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(name.prefix(31)) + "_" + String(format: "%08x", hash)
    }

    struct Format {
        var italic = false
        var bold = false
        var style: String?
    }

    private func text(_ paragraph: XMLElement, _ text: String) {
        run(paragraph, WordText.collapsed(text), format: Format())
    }

    private func run(_ parent: XMLElement, _ text: String, format: Format) {
        guard !text.isEmpty else { return }
        let run = parent.addChild("w:r")
        if format.style != nil || format.bold || format.italic {
            let properties = run.addChild("w:rPr")
            if let style = format.style { properties.addChild("w:rStyle", ["w:val": style]) }
            if format.bold { properties.addChild("w:b") }
            if format.italic { properties.addChild("w:i") }
        }
        let element = run.addChild("w:t", text: text)
        if text.first == " " || text.last == " " { element.setQualifiedAttribute("xml:space", "preserve") }
    }

    private func inlines(_ parent: XMLElement, _ runs: [Inline], format: Format = Format(), inLink: Bool = false) {
        for run in runs { inline(parent, run, format: format, inLink: inLink) }
    }

    private func inline(_ parent: XMLElement, _ inline: Inline, format: Format, inLink: Bool) {
        var format = format
        switch inline {
        case .text(let text):
            run(parent, WordText.collapsed(text), format: format)
        case .lineBreak:
            parent.addChild("w:r").addChild("w:br")
        case .illustrative(let content):
            inlines(parent, content, format: format, inLink: inLink)
            let holder = inLink ? parent : parent.addChild("w:hyperlink", [
                "w:anchor": Self.bookmarkName(TenderDocument.Document.illustrativeNoteID), "w:history": "1",
            ])
            run(holder, TenderDocument.Document.illustrativeMark, format: Format(style: "IllustrativeMark"))
        case .emphasis(let content):
            format.italic = true
            inlines(parent, content, format: format, inLink: inLink)
        case .strong(let content):
            format.bold = true
            inlines(parent, content, format: format, inLink: inLink)
        case .code(let content):
            format.style = "SourceText"
            inlines(parent, content, format: format, inLink: inLink)
        case .span(let role, let content):
            if role == .citation { format.italic = true }
            inlines(parent, content, format: format, inLink: inLink)
        case .time(_, let content):
            inlines(parent, content, format: format, inLink: inLink)
        case .link(let target, let content):
            guard !inLink else { return inlines(parent, content, format: format, inLink: true) }
            let link: XMLElement
            switch target {
            case .anchor(let anchor):
                link = parent.addChild("w:hyperlink", ["w:anchor": Self.bookmarkName(anchor), "w:history": "1"])
            case .document(let kind, let anchor):
                link = parent.addChild("w:hyperlink", ["r:id": relationship(
                    external: "\(kind.rawValue).docx" + (anchor.map { "#" + Self.bookmarkName($0) } ?? "")), "w:history": "1"])
            case .external(let url):
                link = parent.addChild("w:hyperlink", ["r:id": relationship(external: url), "w:history": "1"])
            }
            format.style = format.style ?? "Hyperlink"
            inlines(link, content, format: format, inLink: true)
        }
    }

    /// The relationship id of an external link target, one per distinct target.
    private func relationship(external target: String) -> String {
        if let existing = relationships.first(where: { $0.external && $0.target == target }) { return existing.id }
        let id = "rIdLink\(relationships.filter(\.external).count + 1)"
        relationships.append((id, DOCXVocabulary.officeRelationship + "hyperlink", target, true))
        return id
    }
}
