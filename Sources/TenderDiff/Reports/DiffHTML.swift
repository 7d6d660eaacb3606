import XMLKit

/// Shared pieces of the HTML diff documents (redline and notice): the page, the
/// stylesheet, and old/new values marked with `<del>` and `<ins>`. Every byte of
/// markup is written by libxml2.
enum DiffHTML {
    /// A page: `<!DOCTYPE html>`, `lang="en-GB"`, UTF-8, the stylesheet, an `h1`.
    static func page(title: String) -> (document: XMLDocument, main: XMLElement) {
        let document = XMLDocument.html(lang: "en-GB")
        let head = document.root.addElement("head")
        head.addElement("meta", attributes: ["charset": "utf-8"])
        head.addElement("meta", attributes: ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.addElement("title", text: title)
        head.addElement("style", text: stylesheet)
        let body = document.root.addElement("body")
        let main = body.addElement("main")
        main.addElement("h1", text: title)
        return (document, main)
    }

    /// A table with a caption and column headers; returns its `tbody`.
    static func table(caption: String, columns: [String], class name: String, in parent: XMLElement) -> XMLElement {
        let table = parent.addElement("table", attributes: ["class": name])
        table.addElement("caption", text: caption)
        let row = table.addElement("thead").addElement("tr")
        for column in columns { row.addElement("th", attributes: ["scope": "col"], text: column) }
        return table.addElement("tbody")
    }

    /// The old and new values of a change, inline: words marked inside changed text,
    /// whole values otherwise.
    static func addValues(old: String?, new: String?, prose: Bool, to cell: XMLElement) {
        switch (old, new) {
        case (let old?, let new?) where prose:
            for (index, segment) in WordDiff(old: old, new: new).segments.enumerated() {
                if index > 0 { cell.addText(" ") }
                switch segment.operation {
                case .equal: cell.addText(segment.text)
                case .delete: cell.addElement("del", text: segment.text)
                case .insert: cell.addElement("ins", text: segment.text)
                }
            }
        case (let old?, let new?):
            cell.addElement("del", text: old)
            cell.addText(" ")
            cell.addElement("ins", text: new)
        case (let old?, nil):
            cell.addElement("del", text: old)
        case (nil, let new?):
            cell.addElement("ins", text: new)
        case (nil, nil):
            break
        }
    }

    static let stylesheet = """
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; line-height: 1.5; color: #0b0c0c; \
        margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; }
        h1 { font-size: 2rem; margin-bottom: 0.5rem; }
        h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid #0b0c0c; }
        h3 { font-size: 1.2rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 0.4rem 0.6rem 0.4rem 0; }
        th[scope=row] { font-weight: normal; color: #505a5f; width: 30%; }
        ins { background: #e2f3e8; color: #005a30; text-decoration: underline; }
        del { background: #fbe4e4; color: #942514; text-decoration: line-through; }
        .tag { display: inline-block; font-size: 0.85rem; font-weight: bold; padding: 0 0.4rem; border: 1px solid; }
        .material { color: #942514; }
        .editorial { color: #505a5f; }
        tr.same td, tr.same th { color: #505a5f; }
        .note { color: #505a5f; }
        @media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-after: avoid; } \
        tr { break-inside: avoid; } ins, del { background: none; } }
        """
}
