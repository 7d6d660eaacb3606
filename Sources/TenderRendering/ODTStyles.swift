internal import XMLKit
internal import TenderDocument

/// `styles.xml` of an ODT: named styles a council can restyle in LibreOffice (Heading 1–6
/// with outline levels, so the navigator and a contents index see the sections), list
/// styles, an A4 page with "Page x of y" in the footer and the title and reference in
/// the header.
struct ODTStyles {
    /// The deepest heading level with its own style.
    static let headingLevels = 6
    static let font = "Liberation Sans"

    let metadata: DocumentMetadata
    let labels: Labels

    func document() -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "office:document-styles", declaring: ODFVocabulary.all)
        let root = document.root
        root.setQualifiedAttribute("office:version", ODFVocabulary.version)
        let fonts = root.addChild("office:font-face-decls")
        fonts.addChild("style:font-face", ["style:name": Self.font, "svg:font-family": "'\(Self.font)'",
                                           "style:font-family-generic": "swiss", "style:font-pitch": "variable"])
        fonts.addChild("style:font-face", ["style:name": "Liberation Mono", "svg:font-family": "'Liberation Mono'",
                                           "style:font-family-generic": "modern", "style:font-pitch": "fixed"])
        let styles = root.addChild("office:styles")
        defaults(styles)
        paragraphStyles(styles)
        textStyles(styles)
        listStyles(styles)
        outline(styles)
        let automatic = root.addChild("office:automatic-styles")
        let layout = automatic.addChild("style:page-layout", ["style:name": "A4"])
        layout.addChild("style:page-layout-properties", [
            "fo:page-width": "21cm", "fo:page-height": "29.7cm", "style:print-orientation": "portrait",
            "fo:margin-top": "1.5cm", "fo:margin-bottom": "1.5cm", "fo:margin-left": "2cm", "fo:margin-right": "2cm",
        ])
        layout.addChild("style:header-style").addChild("style:header-footer-properties", [
            "fo:min-height": "0cm", "fo:margin-bottom": "0.5cm",
        ])
        layout.addChild("style:footer-style").addChild("style:header-footer-properties", [
            "fo:min-height": "0cm", "fo:margin-top": "0.5cm",
        ])
        let master = root.addChild("office:master-styles").addChild("style:master-page", [
            "style:name": "Standard", "style:page-layout-name": "A4",
        ])
        var running = metadata.title
        if let reference = metadata.reference { running += " — " + reference }
        master.addChild("style:header").addChild("text:p", ["text:style-name": "Header"], text: running)
        let footer = master.addChild("style:footer").addChild("text:p", ["text:style-name": "Footer"])
        // "Page %@ of %@": the fields go where the placeholders are.
        let parts = labels["document.pageXOfY"].components(separatedBy: "%@")
        for (index, part) in parts.enumerated() {
            footer.addText(part)
            if index == 0 && parts.count > 1 {
                footer.addChild("text:page-number", ["text:select-page": "current"], text: "1")
            } else if index == 1 && parts.count > 2 {
                footer.addChild("text:page-count", text: "1")
            }
        }
        return document
    }

    private func defaults(_ styles: XMLElement) {
        let paragraph = styles.addChild("style:default-style", ["style:family": "paragraph"])
        paragraph.addChild("style:paragraph-properties", ["fo:orphans": "2", "fo:widows": "2", "style:writing-mode": "lr-tb"])
        let language = metadata.language.split(separator: "-").map(String.init)
        var textProperties: KeyValuePairs<String, String> = ["style:font-name": Self.font, "fo:font-size": "11pt"]
        if language.count >= 2 {
            textProperties = ["style:font-name": Self.font, "fo:font-size": "11pt",
                              "fo:language": language[0], "fo:country": language[1]]
        }
        paragraph.addChild("style:text-properties", textProperties)
        let table = styles.addChild("style:default-style", ["style:family": "table"])
        table.addChild("style:table-properties", ["table:border-model": "collapsing"])
    }

    /// A paragraph style with its paragraph and text properties.
    @discardableResult
    private func paragraphStyle(_ styles: XMLElement, _ displayName: String, parent: String? = "Standard",
                                next: String? = nil, outlineLevel: Int? = nil,
                                paragraph: KeyValuePairs<String, String> = [:],
                                text: KeyValuePairs<String, String> = [:]) -> XMLElement {
        let style = styles.addChild("style:style", [
            "style:name": ODFVocabulary.styleName(displayName), "style:family": "paragraph",
        ])
        if displayName.contains(" ") { style.setQualifiedAttribute("style:display-name", displayName) }
        if let parent { style.setQualifiedAttribute("style:parent-style-name", ODFVocabulary.styleName(parent)) }
        if let next { style.setQualifiedAttribute("style:next-style-name", ODFVocabulary.styleName(next)) }
        if let outlineLevel { style.setQualifiedAttribute("style:default-outline-level", String(outlineLevel)) }
        if !paragraph.isEmpty { style.addChild("style:paragraph-properties", paragraph) }
        if !text.isEmpty { style.addChild("style:text-properties", text) }
        return style
    }

    private func paragraphStyles(_ styles: XMLElement) {
        styles.addChild("style:style", ["style:name": "Standard", "style:family": "paragraph", "style:class": "text"])
        paragraphStyle(styles, "Text body", paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.2cm", "fo:line-height": "115%"])
        paragraphStyle(styles, "Title", next: "Subtitle",
                       paragraph: ["fo:margin-top": "3cm", "fo:margin-bottom": "0.4cm"],
                       text: ["fo:font-size": "26pt", "fo:font-weight": "bold", "fo:color": "#1d4f7a"])
        paragraphStyle(styles, "Subtitle", next: "Text body", paragraph: ["fo:margin-bottom": "0.8cm"],
                       text: ["fo:font-size": "16pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Heading", next: "Text body",
                       paragraph: ["fo:margin-top": "0.5cm", "fo:margin-bottom": "0.2cm", "fo:keep-with-next": "always"],
                       text: ["fo:font-weight": "bold", "fo:color": "#1d4f7a"])
        let sizes = ["18pt", "15pt", "13pt", "12pt", "11pt", "11pt"]
        for level in 1...Self.headingLevels {
            paragraphStyle(styles, "Heading \(level)", parent: "Heading", next: "Text body", outlineLevel: level,
                           text: ["fo:font-size": sizes[level - 1]])
        }
        // A heading inside a section that is neither numbered nor in the contents.
        paragraphStyle(styles, "Subheading", parent: "Heading", next: "Text body", text: ["fo:font-size": "11pt"])
        paragraphStyle(styles, "Note", parent: "Text body", text: ["fo:font-size": "9.5pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Summary", parent: "Text body", text: ["fo:font-style": "italic"])
        paragraphStyle(styles, "Legend", parent: "Text body",
                       paragraph: ["fo:padding": "0.2cm", "fo:border": "0.5pt solid #b1b4b6"],
                       text: ["fo:font-size": "10pt"])
        paragraphStyle(styles, "Clause", parent: "Text body",
                       paragraph: ["fo:margin-left": "1.5cm", "fo:text-indent": "-1.5cm"])
        paragraphStyle(styles, "Definition term", parent: "Text body",
                       paragraph: ["fo:margin-bottom": "0cm", "fo:keep-with-next": "always"], text: ["fo:font-weight": "bold"])
        paragraphStyle(styles, "Definition details", parent: "Text body", paragraph: ["fo:margin-left": "0.8cm"])
        paragraphStyle(styles, "List Contents", parent: "Text body", paragraph: ["fo:margin-bottom": "0.1cm"])
        paragraphStyle(styles, "Table Contents", paragraph: ["fo:margin-bottom": "0.05cm"], text: ["fo:font-size": "10pt"])
        paragraphStyle(styles, "Table Contents number", parent: "Table Contents", paragraph: ["fo:text-align": "end"])
        paragraphStyle(styles, "Table Heading", parent: "Table Contents", text: ["fo:font-weight": "bold"])
        paragraphStyle(styles, "Table Heading number", parent: "Table Heading", paragraph: ["fo:text-align": "end"])
        paragraphStyle(styles, "Caption", parent: "Text body",
                       paragraph: ["fo:margin-top": "0.3cm", "fo:keep-with-next": "always"],
                       text: ["fo:font-weight": "bold", "fo:font-size": "10pt"])
        paragraphStyle(styles, "Figure", parent: "Text body", paragraph: ["fo:text-align": "center", "fo:keep-with-next": "always"])
        paragraphStyle(styles, "Figure caption", parent: "Text body", text: ["fo:font-size": "10pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Closing", parent: "Text body",
                       paragraph: ["fo:margin-top": "0.8cm", "fo:border-top": "0.5pt solid #b1b4b6", "fo:padding-top": "0.2cm"],
                       text: ["fo:font-size": "9.5pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Header", text: ["fo:font-size": "9pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Footer", paragraph: ["fo:text-align": "center"], text: ["fo:font-size": "9pt", "fo:color": "#4a5057"])
        paragraphStyle(styles, "Contents Heading", parent: "Heading", next: "Contents 1",
                       paragraph: ["fo:break-before": "page"], text: ["fo:font-size": "18pt"])
        for level in 1...Self.headingLevels {
            let style = paragraphStyle(styles, "Contents \(level)", parent: "Standard",
                                       paragraph: ["fo:margin-left": String(format: "%.1fcm", Double(level - 1) * 0.5),
                                                   "fo:margin-bottom": "0.1cm"])
            let properties = style.children.first { $0.name == "paragraph-properties" }
            properties?.addChild("style:tab-stops").addChild("style:tab-stop", [
                "style:position": String(format: "%.1fcm", 17 - Double(level - 1) * 0.5),
                "style:type": "right", "style:leader-style": "dotted", "style:leader-text": ".",
            ])
        }
    }

    private func textStyles(_ styles: XMLElement) {
        func textStyle(_ displayName: String, _ properties: KeyValuePairs<String, String>) {
            let style = styles.addChild("style:style", ["style:name": ODFVocabulary.styleName(displayName), "style:family": "text"])
            if displayName.contains(" ") { style.setQualifiedAttribute("style:display-name", displayName) }
            style.addChild("style:text-properties", properties)
        }
        textStyle("Emphasis", ["fo:font-style": "italic"])
        textStyle("Strong Emphasis", ["fo:font-weight": "bold"])
        textStyle("Source Text", ["style:font-name": "Liberation Mono", "fo:font-size": "95%"])
        textStyle("Citation", ["fo:font-style": "italic"])
        // The one quiet mark after an illustrative value: a superscript dagger.
        textStyle("Illustrative mark", ["style:text-position": "super 58%"])
        textStyle("Internet link", ["fo:color": "#1d4f7a", "style:text-underline-style": "solid",
                                    "style:text-underline-width": "auto", "style:text-underline-color": "font-color"])
    }

    private func listStyles(_ styles: XMLElement) {
        let bullets = styles.addChild("text:list-style", ["style:name": "List_20_Bullet", "style:display-name": "List Bullet"])
        let numbers = styles.addChild("text:list-style", ["style:name": "List_20_Number", "style:display-name": "List Number"])
        for level in 1...10 {
            let indent = String(format: "%.2fcm", 0.63 * Double(level))
            let bullet = bullets.addChild("text:list-level-style-bullet", [
                "text:level": String(level), "text:bullet-char": level % 2 == 1 ? "•" : "◦",
            ])
            bullet.addChild("style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"])
                .addChild("style:list-level-label-alignment", [
                    "text:label-followed-by": "listtab", "text:list-tab-stop-position": indent,
                    "fo:text-indent": "-0.63cm", "fo:margin-left": indent,
                ])
            let number = numbers.addChild("text:list-level-style-number", [
                "text:level": String(level), "style:num-suffix": ".", "style:num-format": "1",
            ])
            number.addChild("style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"])
                .addChild("style:list-level-label-alignment", [
                    "text:label-followed-by": "listtab", "text:list-tab-stop-position": indent,
                    "fo:text-indent": "-0.63cm", "fo:margin-left": indent,
                ])
        }
    }

    /// The outline: levels 1–10 with no automatic numbers (the tree's own numbers are in
    /// the headings' text, as in the HTML), so LibreOffice's navigator lists every heading.
    private func outline(_ styles: XMLElement) {
        let outline = styles.addChild("text:outline-style", ["style:name": "Outline"])
        for level in 1...10 {
            outline.addChild("text:outline-level-style", ["text:level": String(level), "style:num-format": ""])
        }
    }
}
