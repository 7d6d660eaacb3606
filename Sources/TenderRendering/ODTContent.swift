import Foundation
internal import XMLKit
internal import TenderDocument

/// `content.xml` of an ODT, written from the document tree: the cover, a contents
/// index, then the numbered sections as `text:h` headings with outline levels,
/// paragraphs, lists, clauses, definition lists, tables with repeated header rows and
/// figures. Automatic styles (table widths, column widths, cell borders) are made as
/// tables need them, named in order of first use so the bytes never change.
final class ODTContent {
    let tree: TenderDocument.Document
    /// The picture files the figures refer to (`Pictures/<name>.svg`), in order.
    private(set) var pictures: [(path: String, data: Data)] = []

    private let document: XMLDocument
    private var automatic: XMLElement
    private var tableCount = 0
    private var figureCount = 0
    /// Widths already given an automatic column style: "0.2500" -> "colw1".
    private var columnStyles: [String: String] = [:]

    init(tree: TenderDocument.Document) {
        self.tree = tree
        document = XMLDocument(qualifiedRoot: "office:document-content", declaring: ODFVocabulary.all)
        document.root.setQualifiedAttribute("office:version", ODFVocabulary.version)
        automatic = document.root.addChild("office:automatic-styles")
    }

    func build() throws -> XMLDocument {
        cellAndTableStyles()
        let body = document.root.addChild("office:body").addChild("office:text")
        cover(body)
        if let heading = tree.contentsHeading { contents(body, heading: heading) }
        if let note = tree.illustrativeNote {
            let paragraph = body.addChild("text:p", ["text:style-name": "Legend"])
            paragraph.addChild("text:bookmark", ["text:name": TenderDocument.Document.illustrativeNoteID])
            inlines(paragraph, note, inLink: false)
        }
        for block in tree.front { self.block(body, block, context: .body) }
        for (index, section) in tree.sections.enumerated() { self.section(body, section, first: index == 0) }
        if !tree.footer.isEmpty {
            inlines(body.addChild("text:p", ["text:style-name": "Closing"]), tree.footer, inLink: false)
        }
        return document
    }

    // MARK: Cover and contents

    private func cover(_ body: XMLElement) {
        let metadata = tree.metadata
        if let council = metadata.council { body.addChild("text:p", ["text:style-name": "Subtitle"], text: council) }
        body.addChild("text:p", ["text:style-name": "Title"], text: metadata.title)
        if let subtitle = metadata.subtitle { body.addChild("text:p", ["text:style-name": "Subtitle"], text: subtitle) }
        definitions(body, tree.coverFacts)
    }

    /// A contents index LibreOffice can update (Tools ▸ Update): it lists the headings of
    /// the outline levels the tree puts in its contents; it is written filled in with the
    /// headings, and LibreOffice adds the page numbers when it updates the index.
    private func contents(_ body: XMLElement, heading: String) {
        let listed = tree.allSections.filter(\.inContents)
        let depth = min(ODTStyles.headingLevels, max(1, listed.map(\.depth).max() ?? 1))
        let index = body.addChild("text:table-of-content", ["text:name": "Contents", "text:protected": "true"])
        let source = index.addChild("text:table-of-content-source", ["text:outline-level": String(depth)])
        source.addChild("text:index-title-template", ["text:style-name": "Contents_20_Heading"], text: heading)
        for level in 1...depth {
            let template = source.addChild("text:table-of-content-entry-template", [
                "text:outline-level": String(level), "text:style-name": "Contents_20_\(level)",
            ])
            template.addChild("text:index-entry-link-start", ["text:style-name": "Internet_20_link"])
            template.addChild("text:index-entry-text")
            template.addChild("text:index-entry-tab-stop", ["style:type": "right", "style:leader-char": "."])
            template.addChild("text:index-entry-page-number")
            template.addChild("text:index-entry-link-end")
        }
        let indexBody = index.addChild("text:index-body")
        indexBody.addChild("text:index-title", ["text:name": "Contents_Head"])
            .addChild("text:p", ["text:style-name": "Contents_20_Heading"], text: heading)
        for section in listed where section.depth <= depth {
            let entry = indexBody.addChild("text:p", ["text:style-name": "Contents_20_\(section.depth)"])
            entry.addChild("text:a", ["xlink:type": "simple", "xlink:href": "#" + section.id], text: section.numberedHeading)
        }
    }

    // MARK: Sections

    private func section(_ parent: XMLElement, _ section: TenderDocument.Section, first: Bool) {
        let level = min(section.depth, ODTStyles.headingLevels)
        let heading = parent.addChild("text:h", [
            "text:style-name": first ? "Heading_20_1_20_first" : "Heading_20_\(level)",
            "text:outline-level": String(level),
        ])
        heading.addChild("text:bookmark", ["text:name": section.id])
        if let number = section.number { heading.addText(number + " ") }
        inlines(heading, section.heading, inLink: false)
        for block in section.blocks { self.block(parent, block, context: .body, depth: section.depth) }
        for child in section.subsections { self.section(parent, child, first: false) }
    }

    /// Where a block goes: some ODF containers take paragraphs and lists only.
    enum Context {
        case body
        case cell
        case listItem
    }

    private func paragraphStyle(_ role: BlockRole?, context: Context) -> String {
        switch role {
        case .some(.note): return "Note"
        case .some(.summary): return "Summary"
        case .some(.legend): return "Legend"
        default: break
        }
        switch context {
        case .body: return "Text_20_body"
        case .cell: return "Table_20_Contents"
        case .listItem: return "List_20_Contents"
        }
    }

    private func block(_ parent: XMLElement, _ block: Block, context: Context, depth: Int = 1,
                       style: String? = nil) {
        switch block {
        case .paragraph(let paragraph):
            let element = parent.addChild("text:p", ["text:style-name": style ?? paragraphStyle(paragraph.role, context: context)])
            if let id = paragraph.id { element.addChild("text:bookmark", ["text:name": id]) }
            inlines(element, paragraph.content, inLink: false)
        case .plain(let content):
            inlines(parent.addChild("text:p", ["text:style-name": style ?? paragraphStyle(nil, context: context)]),
                    content, inLink: false)
        case .heading(let content):
            inlines(parent.addChild("text:p", ["text:style-name": "Subheading"]), content, inLink: false)
        case .list(let list):
            self.list(parent, list, depth: depth)
        case .clauses(let list):
            for clause in list.clauses {
                let paragraph = parent.addChild("text:p", ["text:style-name": context == .body ? "Clause" : paragraphStyle(nil, context: context)])
                if let id = clause.id { paragraph.addChild("text:bookmark", ["text:name": id]) }
                paragraph.addText(clause.number)
                paragraph.addChild("text:tab")
                inlines(paragraph, clause.content, inLink: false)
            }
        case .definitions(let list):
            definitions(parent, list)
        case .table(let table):
            if context == .listItem {
                // A list item holds paragraphs and lists only: the table reads as lines.
                for row in table.headerRows + table.rows {
                    let line = row.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " — ")
                    parent.addChild("text:p", ["text:style-name": "List_20_Contents"], text: line)
                }
            } else {
                self.table(parent, table)
            }
        case .figure(let figure):
            self.figure(parent, figure, context: context)
        }
    }

    private func list(_ parent: XMLElement, _ list: ItemList, depth: Int) {
        let element = parent.addChild("text:list", ["text:style-name": list.ordered ? "List_20_Number" : "List_20_Bullet"])
        for item in list.items {
            let listItem = element.addChild("text:list-item")
            var first = true
            for block in item.blocks {
                if first, let id = item.id, case .plain(let content) = block {
                    let paragraph = listItem.addChild("text:p", ["text:style-name": "List_20_Contents"])
                    paragraph.addChild("text:bookmark", ["text:name": id])
                    inlines(paragraph, content, inLink: false)
                } else {
                    self.block(listItem, block, context: .listItem, depth: depth)
                }
                first = false
            }
            if item.blocks.isEmpty { listItem.addChild("text:p", ["text:style-name": "List_20_Contents"]) }
        }
    }

    private func definitions(_ parent: XMLElement, _ list: DefinitionList) {
        for item in list.items {
            inlines(parent.addChild("text:p", ["text:style-name": "Definition_20_term"]), item.term, inLink: false)
            for detail in item.details {
                switch detail {
                case .plain, .paragraph:
                    block(parent, detail, context: .body, style: "Definition_20_details")
                default:
                    block(parent, detail, context: .body)
                }
            }
        }
    }

    // MARK: Tables

    /// The automatic styles every table shares: the table's width and the cell borders.
    private func cellAndTableStyles() {
        let table = automatic.addChild("style:style", ["style:name": "PackTable", "style:family": "table"])
        table.addChild("style:table-properties", [
            "style:width": "17cm", "table:align": "margins", "fo:margin-top": "0.1cm", "fo:margin-bottom": "0.3cm",
        ])
        let cell = automatic.addChild("style:style", ["style:name": "PackCell", "style:family": "table-cell"])
        cell.addChild("style:table-cell-properties", [
            "fo:padding": "0.1cm", "fo:border": "0.5pt solid #b1b4b6", "style:vertical-align": "top",
        ])
        let headerCell = automatic.addChild("style:style", ["style:name": "PackHeaderCell", "style:family": "table-cell"])
        headerCell.addChild("style:table-cell-properties", [
            "fo:padding": "0.1cm", "fo:border": "0.5pt solid #b1b4b6", "fo:background-color": "#e8f0f7",
            "style:vertical-align": "top",
        ])
        let first = automatic.addChild("style:style", [
            "style:name": "Heading_20_1_20_first", "style:family": "paragraph", "style:parent-style-name": "Heading_20_1",
        ])
        first.addChild("style:paragraph-properties", ["fo:break-before": "page"])
    }

    private func columnStyle(_ share: Double) -> String {
        let key = String(format: "%.4f", share)
        if let name = columnStyles[key] { return name }
        let name = "PackColumn\(columnStyles.count + 1)"
        columnStyles[key] = name
        let style = automatic.addChild("style:style", ["style:name": name, "style:family": "table-column"])
        // An absolute width: libxml2 2.9's RELAX NG validator rejects the schema's own
        // `style:rel-width="2000*"` (its interleave with a pattern-typed attribute), and
        // every part must pass it.
        style.addChild("style:table-column-properties", ["style:column-width": String(format: "%.3fcm", share * 17)])
        return name
    }

    /// Column shares: the tree's hints, the rest shared equally; a numbered table's
    /// number column takes a tenth.
    private func shares(_ table: TenderDocument.Table) -> [Double] {
        var columns = table.columns.map(\.width)
        if table.numberedRows { columns.insert(0.1, at: 0) }
        let given = columns.compactMap { $0 }.reduce(0, +)
        let open = columns.filter { $0 == nil }.count
        let rest = open == 0 ? 0 : max(0.05, (1 - given) / Double(open))
        let raw = columns.map { $0 ?? rest }
        let total = raw.reduce(0, +)
        return raw.map { total > 0 ? $0 / total : 1 / Double(raw.count) }
    }

    private func table(_ parent: XMLElement, _ table: TenderDocument.Table) {
        tableCount += 1
        var caption = table.caption
        if table.isIllustrative, !caption.contains(where: \.containsIllustrative) { caption = [.illustrative(caption)] }
        if !caption.isEmpty || table.id != nil {
            let paragraph = parent.addChild("text:p", ["text:style-name": "Caption"])
            if let id = table.id { paragraph.addChild("text:bookmark", ["text:name": id]) }
            inlines(paragraph, caption, inLink: false)
        }
        let element = parent.addChild("table:table", ["table:name": "Table\(tableCount)", "table:style-name": "PackTable"])
        let shares = shares(table)
        let count = max(1, shares.count)
        for share in shares { element.addChild("table:table-column", ["table:style-name": columnStyle(share)]) }
        if shares.isEmpty { element.addChild("table:table-column") }
        var numeric = table.columns.map(\.numeric)
        if table.numberedRows { numeric.insert(false, at: 0) }
        if !table.headerRows.isEmpty {
            let header = element.addChild("table:table-header-rows")
            for (index, row) in table.headerRows.enumerated() {
                var cells = row.cells
                if table.numberedRows {
                    cells.insert(.init(index == 0 ? [.text(table.numberTitle)] : [], header: .column), at: 0)
                }
                self.row(header, cells, numeric: numeric, width: count, header: true)
            }
        }
        for row in table.rows {
            var cells = row.cells
            if table.numberedRows { cells.insert(.init([.text(row.number ?? "")], header: .row), at: 0) }
            let rowElement = self.row(element, cells, numeric: numeric, width: count, header: false)
            if let id = row.id, let firstParagraph = rowElement.descendants(named: "p").first {
                // The anchor of a row goes at the start of its first cell.
                firstParagraph.insertFirstChild("text:bookmark", ["text:name": id])
            }
        }
    }

    @discardableResult
    private func row(_ parent: XMLElement, _ cells: [TenderDocument.Table.Cell], numeric: [Bool], width: Int,
                     header: Bool) -> XMLElement {
        let row = parent.addChild("table:table-row")
        var column = 0
        for cell in cells where column < width {
            let span = max(1, min(cell.columnSpan, width - column))
            let isHeader = header || cell.header != nil
            let element = row.addChild("table:table-cell", [
                "table:style-name": isHeader ? "PackHeaderCell" : "PackCell", "office:value-type": "string",
            ])
            if span > 1 { element.setQualifiedAttribute("table:number-columns-spanned", String(span)) }
            let isNumber = cell.numeric || (column < numeric.count && numeric[column])
            let style = isHeader ? (isNumber ? "Table_20_Heading_20_number" : "Table_20_Heading")
                : (isNumber ? "Table_20_Contents_20_number" : "Table_20_Contents")
            if cell.blocks.isEmpty { element.addChild("text:p", ["text:style-name": style]) }
            for block in cell.blocks {
                switch block {
                case .plain, .paragraph: self.block(element, block, context: .cell, style: style)
                default: self.block(element, block, context: .cell)
                }
            }
            for _ in 1..<span { row.addChild("table:covered-table-cell") }
            column += span
        }
        // Short rows are filled so every row has the table's columns.
        while column < width {
            row.addChild("table:table-cell", ["table:style-name": header ? "PackHeaderCell" : "PackCell",
                                              "office:value-type": "string"])
                .addChild("text:p", ["text:style-name": "Table_20_Contents"])
            column += 1
        }
        return row
    }

    // MARK: Figures

    private func figure(_ parent: XMLElement, _ figure: Figure, context: Context) {
        figureCount += 1
        let name = "figure-\(figureCount).svg"
        let path = "Pictures/" + name
        pictures.append((path, DrawingSVG.data(figure.drawing)))
        let paragraph = parent.addChild("text:p", ["text:style-name": context == .body ? "Figure" : "Table_20_Contents"])
        if let id = figure.id { paragraph.addChild("text:bookmark", ["text:name": id]) }
        // Fit the page's 17 cm text width, keeping the drawing's proportions.
        let width = figure.drawing.width ?? 800
        let height = figure.drawing.height ?? 400
        let frameWidth = min(17.0, width * 2.54 / 96)
        let frameHeight = frameWidth * height / max(width, 1)
        let frame = paragraph.addChild("draw:frame", [
            "draw:name": "Figure\(figureCount)", "text:anchor-type": "as-char",
            "svg:width": String(format: "%.3fcm", frameWidth), "svg:height": String(format: "%.3fcm", frameHeight),
        ])
        frame.addChild("draw:image", [
            "xlink:href": path, "xlink:type": "simple", "xlink:show": "embed", "xlink:actuate": "onLoad",
            "draw:mime-type": "image/svg+xml",
        ])
        let caption = figure.caption.plainText
        if !caption.isEmpty { frame.addChild("svg:title", text: caption) }
        frame.addChild("svg:desc", text: figure.alternative)
        let captionParagraph = parent.addChild("text:p", ["text:style-name": "Figure_20_caption"])
        inlines(captionParagraph, figure.caption, inLink: false)
        // Nothing is only in the picture: its text alternative follows it.
        parent.addChild("text:p", ["text:style-name": "Note"], text: figure.alternative)
    }

    // MARK: Inline runs

    private func inlines(_ parent: XMLElement, _ runs: [Inline], inLink: Bool) {
        for run in runs { inline(parent, run, inLink: inLink) }
    }

    private func inline(_ parent: XMLElement, _ run: Inline, inLink: Bool) {
        switch run {
        case .text(let text):
            parent.addText(WordText.collapsed(text))
        case .lineBreak:
            parent.addChild("text:line-break")
        case .illustrative(let content):
            inlines(parent, content, inLink: inLink)
            // The one quiet mark: a superscript dagger that links to the note.
            let holder = inLink ? parent : parent.addChild("text:a", [
                "xlink:type": "simple", "xlink:href": "#" + TenderDocument.Document.illustrativeNoteID,
            ])
            holder.addChild("text:span", ["text:style-name": "Illustrative_20_mark"],
                            text: TenderDocument.Document.illustrativeMark)
        case .emphasis(let content):
            inlines(parent.addChild("text:span", ["text:style-name": "Emphasis"]), content, inLink: inLink)
        case .strong(let content):
            inlines(parent.addChild("text:span", ["text:style-name": "Strong_20_Emphasis"]), content, inLink: inLink)
        case .code(let content):
            inlines(parent.addChild("text:span", ["text:style-name": "Source_20_Text"]), content, inLink: inLink)
        case .span(let role, let content):
            if role == .citation {
                inlines(parent.addChild("text:span", ["text:style-name": "Citation"]), content, inLink: inLink)
            } else {
                inlines(parent, content, inLink: inLink)
            }
        case .time(_, let content):
            inlines(parent, content, inLink: inLink)
        case .link(let target, let content):
            guard !inLink else { return inlines(parent, content, inLink: true) }
            let link = parent.addChild("text:a", ["xlink:type": "simple", "xlink:href": Self.href(target)])
            inlines(link, content, inLink: true)
        }
    }

    static func href(_ target: LinkTarget) -> String {
        switch target {
        case .anchor(let anchor): return "#" + anchor
        // A relative link in ODF resolves against the package itself: "../" is its folder.
        case .document(let kind, let anchor): return "../\(kind.rawValue).odt" + (anchor.map { "#" + $0 } ?? "")
        case .external(let url): return url
        }
    }
}

extension Block {
    /// The text a reader would see in the block, for fallbacks that need one line.
    var plainText: String {
        switch self {
        case .paragraph(let paragraph): return paragraph.content.plainText
        case .plain(let content), .heading(let content): return content.plainText
        case .list(let list): return list.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: "; ")
        case .clauses(let list): return list.clauses.map { "\($0.number) \($0.content.plainText)" }.joined(separator: "; ")
        case .definitions(let list):
            return list.items.map { "\($0.term.plainText): \($0.details.map(\.plainText).joined(separator: " "))" }.joined(separator: "; ")
        case .table(let table): return table.caption.plainText
        case .figure(let figure): return figure.alternative
        }
    }
}

/// Text as the word-processing formats take it.
enum WordText {
    /// Runs of white space (line breaks from YAML block scalars included) as one space,
    /// as a browser shows them: ODF and WordprocessingML would otherwise keep or drop
    /// them differently.
    static func collapsed(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }
}
