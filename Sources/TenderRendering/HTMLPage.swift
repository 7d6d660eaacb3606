import TenderModel
internal import XMLKit

/// The frame every HTML file of a pack shares: doctype, `lang`, the template stylesheet
/// inlined, a skip link, a cover `header` with the one `h1`, `main` and a footer.
struct HTMLPage {
    let document: XMLDocument
    let body: XMLElement
    let header: XMLElement
    let main: XMLElement
    /// The contents list, when the page has one (between the cover and `main`).
    let contents: XMLElement?

    /// `reference` (the procurement reference) is carried on the cover as
    /// `data-reference`, for the running header of the printed pages (Templates/css/pdf.css).
    init(title: String, heading: String, council: Field<String>? = nil, stylesheet: String, labels: Labels,
         contentsHeading: String? = nil, reference: String? = nil) {
        document = XMLDocument.html(lang: "en-GB")
        let head = document.root.addElement("head")
        head.addElement("meta", attributes: ["charset": "utf-8"])
        head.addElement("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.addElement("meta", attributes: ["name": "generator", "content": "TenderPack"])
        head.addElement("title", text: title)
        head.addElement("style", text: stylesheet)
        body = document.root.addElement("body")
        body.addElement("a", attributes: ["class": "skip-link", "href": "#main"], text: labels["skip.link"])
        header = body.addElement("header", attributes: ["class": "cover"])
        if let reference { header.setAttribute("data-reference", reference) }
        body.addText("\n")
        if let council {
            HTMLContext(labels: labels).addValue(council, to: header.addElement("p", attributes: ["class": "cover-council"]))
        }
        header.addElement("h1", text: heading)
        if let contentsHeading {
            let nav = body.addElement("nav", attributes: ["class": "contents", "aria-labelledby": "contents-heading"])
            nav.addElement("h2", attributes: ["id": "contents-heading"], text: contentsHeading)
            contents = nav.addElement("ol")
            body.addText("\n")
        } else {
            contents = nil
        }
        main = body.addElement("main", attributes: ["id": "main"])
        body.addText("\n")
    }

    func addFooter(_ text: String) {
        body.addElement("footer", attributes: ["class": "page-footer"]).addElement("p", text: text)
        body.addText("\n")
    }
}

/// Writing HTML for a pack: wording, illustrative marking and the small shapes
/// (sections, definition lists, tables) the pages are made of.
///
/// Ids: fixed sections use plain hyphenated words (`timeline`, `current-and-new`);
/// ids derived from the model are `<kind>-<model id>` (`lot-complex-needs-support`),
/// and their parts add `_<part>` (`lot-complex-needs-support_requirement-right-benefits`).
/// Model ids never contain `_`, so no derived id can equal another or a fixed one.
struct HTMLContext {
    let labels: Labels

    /// Appends a value's text, marked when it is illustrative: a visible `mark` with a
    /// tooltip, and hidden words for screen readers (colour alone would not do).
    func addValue(_ text: String, _ provenance: Provenance, to parent: XMLElement) {
        guard provenance.isIllustrative else {
            parent.addText(text)
            return
        }
        let mark = parent.addElement("mark", attributes: ["class": "illustrative", "title": labels["illustrative.title"]],
                                     text: text)
        mark.addElement("span", attributes: ["class": "visually-hidden"], text: labels["illustrative.hidden"])
    }

    func addValue<T>(_ field: Field<T>, to parent: XMLElement, _ format: (T) -> String) {
        addValue(format(field.value), field.provenance, to: parent)
    }

    func addValue(_ field: Field<String>, to parent: XMLElement) {
        addValue(field.value, field.provenance, to: parent)
    }

    /// `<p>` holding one text field.
    @discardableResult
    func paragraph(_ field: Field<String>, in parent: XMLElement) -> XMLElement {
        let p = parent.addElement("p")
        addValue(field, to: p)
        return p
    }

    /// A `section` with an id and a heading of the given level.
    func section(_ id: String, heading: String, level: Int, in parent: XMLElement,
                 class className: String? = nil) -> XMLElement {
        let section = parent.addElement("section")
        // libxml2 indents only the HTML 4 elements it knows; a line break after each
        // section keeps the files readable in diffs (whitespace between blocks is inert).
        parent.addText("\n")
        section.setAttribute("id", id)
        if let className { section.setAttribute("class", className) }
        section.addElement("h\(level)", text: heading)
        return section
    }

    /// A bulleted list of clauses, each item with an id derived from the clause id.
    func clauseList(_ clauses: [Clause], idPrefix: String, in parent: XMLElement) {
        let list = parent.addElement("ul")
        for clause in clauses {
            let item = list.addElement("li", attributes: ["id": "\(idPrefix)-\(clause.id.value)"])
            addValue(clause.text, to: item)
        }
    }

    /// A definition list row: `<dt>term</dt><dd>…</dd>`; returns the `dd`.
    @discardableResult
    func term(_ term: String, in list: XMLElement) -> XMLElement {
        list.addElement("dt", text: term)
        return list.addElement("dd")
    }

    /// A table with a caption and column headers (`scope="col"`); returns its `tbody`.
    ///
    /// The table sits in a scroll box (`.table-wrapper`) so that a wide table scrolls on
    /// its own on a phone while the page reflows (WCAG 1.4.10); the box is a named,
    /// focusable region so that keyboard users can scroll it too.
    func table(caption: String, columns: [String], class className: String? = nil,
               in parent: XMLElement) -> XMLElement {
        let wrapper = parent.addElement("div", attributes: ["class": "table-wrapper", "tabindex": "0", "role": "region",
                                                            "aria-label": caption])
        let table = wrapper.addElement("table")
        if let className { table.setAttribute("class", className) }
        table.addElement("caption", text: caption)
        let row = table.addElement("thead").addElement("tr")
        for column in columns { row.addElement("th", attributes: ["scope": "col"], text: column) }
        return table.addElement("tbody")
    }
}
