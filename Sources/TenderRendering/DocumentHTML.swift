import TenderModel
internal import TenderDocument
internal import XMLKit

/// Writes a document tree as one HTML page (a libxml2 tree through XMLKit): doctype,
/// `lang`, the template stylesheet inlined, a skip link, a cover `header` with the one
/// `h1`, the contents, `main` with the sections (`h2` for a top-level section, one level
/// down per nesting, each with its number), and a footer.
///
/// Illustrative values are followed by a small dagger with hidden words for screen
/// readers ("illustrative"); the one note explaining the dagger has the id
/// `illustrative-note`.
struct DocumentHTML {
    let tree: Document
    let stylesheet: String
    let labels: Labels

    func document() -> XMLDocument {
        let document = XMLDocument.html(lang: tree.metadata.language)
        let head = document.root.addElement("head")
        head.addElement("meta", attributes: ["charset": "utf-8"])
        head.addElement("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.addElement("meta", attributes: ["name": "generator", "content": "TenderPack"])
        let title = tree.metadata.subtitle.map { "\(tree.metadata.title) — \($0)" } ?? tree.metadata.title
        head.addElement("title", text: title)
        head.addElement("style", text: stylesheet)
        let body = document.root.addElement("body")
        body.addElement("a", attributes: ["class": "skip-link", "href": "#main"], text: labels["skip.link"])
        let header = body.addElement("header", attributes: ["class": "cover"])
        // The procurement reference, for the running header of the printed pages (Templates/css/pdf.css).
        if let reference = tree.metadata.reference { header.setAttribute("data-reference", reference) }
        addCover(to: header)
        body.addText("\n")
        if let heading = tree.contentsHeading {
            let nav = body.addElement("nav", attributes: ["class": "contents", "aria-labelledby": "contents-heading"])
            nav.addElement("h2", attributes: ["id": "contents-heading"], text: heading)
            addContents(tree.sections, to: nav)
            body.addText("\n")
        }
        let main = body.addElement("main", attributes: ["id": "main"])
        body.addText("\n")
        for block in tree.front { add(block, depth: 0, to: main) }
        if let note = tree.illustrativeNote {
            let p = main.addElement("p", attributes: ["class": "legend", "id": Document.illustrativeNoteID])
            p.addElement("span", attributes: ["class": "illustrative-mark", "aria-hidden": "true"], text: Document.illustrativeMark)
            p.addText(" ")
            add(note, to: p)
        }
        for section in tree.sections { add(section, to: main) }
        if !tree.footer.isEmpty {
            add(tree.footer, to: body.addElement("footer", attributes: ["class": "page-footer"]).addElement("p"))
            body.addText("\n")
        }
        return document
    }

    private func addCover(to header: XMLElement) {
        if !tree.council.isEmpty { add(tree.council, to: header.addElement("p", attributes: ["class": "cover-council"])) }
        header.addElement("h1", text: tree.metadata.title)
        if let subtitle = tree.metadata.subtitle { header.addElement("p", attributes: ["class": "cover-kind"], text: subtitle) }
        if !tree.coverFacts.items.isEmpty { add(.definitions(tree.coverFacts), depth: 0, to: header) }
    }

    /// The contents list: sections marked for it, nested as they nest, with their numbers.
    private func addContents(_ sections: [Section], to parent: XMLElement) {
        let listed = sections.filter(\.inContents)
        guard !listed.isEmpty else { return }
        let list = parent.addElement("ol")
        for section in listed {
            let item = list.addElement("li")
            let link = item.addElement("a", attributes: ["href": "#" + section.id])
            addHeading(section, to: link)
            addContents(section.subsections, to: item)
        }
    }

    private func addHeading(_ section: Section, to parent: XMLElement) {
        if let number = section.number {
            parent.addElement("span", attributes: ["class": "section-number"], text: number)
            parent.addText(" ")
        }
        add(section.heading, to: parent)
    }

    // MARK: Sections and blocks

    private func add(_ section: Section, to parent: XMLElement) {
        let element = parent.addElement("section")
        // libxml2 indents only the HTML 4 elements it knows; a line break after each
        // section keeps the files readable in diffs (whitespace between blocks is inert).
        parent.addText("\n")
        element.setAttribute("id", section.id)
        if let role = section.role { element.setAttribute("class", role.rawValue) }
        addHeading(section, to: element.addElement("h\(min(section.depth + 1, 6))"))
        for block in section.blocks { add(block, depth: section.depth, to: element) }
        for subsection in section.subsections { add(subsection, to: element) }
    }

    private func add(_ block: Block, depth: Int, to parent: XMLElement) {
        switch block {
        case .paragraph(let paragraph):
            let p = parent.addElement("p")
            if let id = paragraph.id { p.setAttribute("id", id) }
            if let role = paragraph.role { p.setAttribute("class", role.rawValue) }
            add(paragraph.content, to: p)
        case .plain(let runs):
            add(runs, to: parent)
        case .heading(let runs):
            add(runs, to: parent.addElement("h\(min(depth + 2, 6))"))
        case .list(let list):
            let element = parent.addElement(list.ordered ? "ol" : "ul")
            if let role = list.role { element.setAttribute("class", role.rawValue) }
            for item in list.items {
                let li = element.addElement("li")
                if let id = item.id { li.setAttribute("id", id) }
                for block in item.blocks { add(block, depth: depth, to: li) }
            }
        case .clauses(let list):
            let element = parent.addElement("ol", attributes: ["class": (["clauses"] + [list.role?.rawValue].compactMap { $0 }).joined(separator: " ")])
            for clause in list.clauses {
                let li = element.addElement("li")
                if let id = clause.id { li.setAttribute("id", id) }
                li.addElement("span", attributes: ["class": "clause-number"], text: clause.number)
                li.addText(" ")
                add(clause.content, to: li)
            }
        case .definitions(let list):
            let element = parent.addElement("dl")
            if let role = list.role { element.setAttribute("class", role.rawValue) }
            for item in list.items {
                add(item.term, to: element.addElement("dt"))
                let dd = element.addElement("dd")
                for block in item.details { add(block, depth: depth, to: dd) }
            }
        case .table(let table):
            add(table, depth: depth, to: parent)
        case .figure(let figure):
            // On a phone the picture keeps a readable size and scrolls in its own
            // (focusable) box; its text alternative is written out beside it.
            let element = parent.addElement("figure")
            if let id = figure.id { element.setAttribute("id", id) }
            if let role = figure.role { element.setAttribute("class", role.rawValue) }
            element.setAttribute("tabindex", "0")
            add(figure.drawing, to: element)
            element.addText("\n")
            add(figure.caption, to: element.addElement("figcaption"))
        }
    }

    private func add(_ table: Table, depth: Int, to parent: XMLElement) {
        // A scroll box, so a wide table scrolls on its own on a phone while the page
        // reflows (WCAG 1.4.10); named and focusable so keyboard users can scroll it too.
        let wrapper = parent.addElement("div", attributes: ["class": "table-wrapper", "tabindex": "0", "role": "region",
                                                            "aria-label": table.caption.plainText])
        let element = wrapper.addElement("table")
        if let id = table.id { element.setAttribute("id", id) }
        if let role = table.role { element.setAttribute("class", role.rawValue) }
        add(table.caption, to: element.addElement("caption"))
        if !table.headerRows.isEmpty {
            let head = element.addElement("thead")
            for (position, row) in table.headerRows.enumerated() {
                let tr = head.addElement("tr")
                if table.numberedRows, position == 0 {
                    tr.addElement("th", attributes: ["scope": "col"], text: table.numberTitle)
                }
                add(row, columns: table.columns, depth: depth, to: tr)
            }
        }
        let body = element.addElement("tbody")
        for row in table.rows {
            let tr = body.addElement("tr")
            if let id = row.id { tr.setAttribute("id", id) }
            if table.numberedRows { tr.addElement("th", attributes: ["scope": "row"], text: row.number ?? "") }
            add(row, columns: table.columns, depth: depth, to: tr)
        }
    }

    private func add(_ row: Table.Row, columns: [Table.Column], depth: Int, to tr: XMLElement) {
        for cell in row.cells {
            let element: XMLElement
            switch cell.header {
            case .column?: element = tr.addElement("th", attributes: ["scope": "col"])
            case .row?: element = tr.addElement("th", attributes: ["scope": "row"])
            case nil: element = tr.addElement("td")
            }
            if cell.columnSpan > 1 { element.setAttribute("colspan", String(cell.columnSpan)) }
            var classes: [String] = []
            if let role = cell.role { classes.append(role.rawValue) }
            if cell.numeric, cell.header != .column { classes.append("number") }
            if !classes.isEmpty { element.setAttribute("class", classes.joined(separator: " ")) }
            for block in cell.blocks { add(block, depth: depth, to: element) }
        }
    }

    private func add(_ drawing: Drawing, to parent: XMLElement) {
        let element = parent.addElement(drawing.name)
        for attribute in drawing.attributes { element.setAttribute(attribute.name, attribute.value) }
        for child in drawing.children {
            switch child {
            case .element(let inner): add(inner, to: element)
            case .text(let text): element.addText(text)
            }
        }
    }

    // MARK: Inlines

    private func add(_ runs: [Inline], to parent: XMLElement) {
        for inline in runs { add(inline, to: parent) }
    }

    private func add(_ inline: Inline, to parent: XMLElement) {
        switch inline {
        case .text(let text):
            if !text.isEmpty { parent.addText(text) }
        case .lineBreak:
            parent.addElement("br")
        case .illustrative(let content):
            add(content, to: parent)
            let mark = parent.addElement("sup", attributes: ["class": "illustrative-mark"], text: Document.illustrativeMark)
            mark.addElement("span", attributes: ["class": "visually-hidden"], text: labels["illustrative.hidden"])
        case .emphasis(let content): add(content, to: parent.addElement("em"))
        case .strong(let content): add(content, to: parent.addElement("strong"))
        case .code(let content): add(content, to: parent.addElement("code"))
        case .link(let target, let content):
            add(content, to: parent.addElement("a", attributes: ["href": href(target)]))
        case .time(let datetime, let content):
            add(content, to: parent.addElement("time", attributes: ["datetime": datetime]))
        case .span(let role, let content):
            add(content, to: role.rawValue.isEmpty ? parent : parent.addElement("span", attributes: ["class": role.rawValue]))
        }
    }

    private func href(_ target: LinkTarget) -> String {
        switch target {
        case .anchor(let id): return "#" + id
        case .document(let kind, let anchor): return kind.rawValue + ".html" + (anchor.map { "#" + $0 } ?? "")
        case .external(let url): return url
        }
    }
}
