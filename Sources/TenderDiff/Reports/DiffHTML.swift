import XMLKit

/// Shared pieces of the HTML diff documents (redline and notice): the page, the
/// stylesheet (from `Templates/css/diff.css`), and old/new values marked with `<del>` and `<ins>`. Every byte of
/// markup is written by libxml2.
public enum DiffHTML {
    /// Where the redline's and the notice's stylesheet lives in a templates folder.
    public static let stylesheetPath = "css/diff.css"

    /// A page: `<!DOCTYPE html>`, `lang="en-GB"`, UTF-8, the stylesheet, an `h1`.
    static func page(title: String, stylesheet: String) -> (document: XMLDocument, main: XMLElement) {
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

    /// A table with a caption and column headers; returns its `tbody`. The table sits in
    /// a focusable scroll box, so that it scrolls on its own on a phone (WCAG 1.4.10).
    static func table(caption: String, columns: [String], class name: String, in parent: XMLElement) -> XMLElement {
        let wrapper = parent.addElement("div", attributes: ["class": "table-wrapper", "tabindex": "0", "role": "region",
                                                            "aria-label": caption])
        let table = wrapper.addElement("table", attributes: ["class": name])
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
}
