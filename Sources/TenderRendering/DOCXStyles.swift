internal import XMLKit
internal import TenderDocument

/// `word/styles.xml`, `word/numbering.xml` and `word/settings.xml` of a DOCX: Word's
/// built-in style ids (Heading1–6 with outline levels, Title, TOC1–6, Caption,
/// Hyperlink…) so Word's navigation pane, contents and restyling work, plus the pack's
/// own paragraph styles.
enum DOCXStyles {
    static let headingLevels = 6
    static let font = "Liberation Sans"

    static func styles(language: String) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "w:styles", declaring: [DOCXVocabulary.w])
        let root = document.root
        let defaults = root.addChild("w:docDefaults")
        let runDefaults = defaults.addChild("w:rPrDefault").addChild("w:rPr")
        runDefaults.addChild("w:rFonts", ["w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font])
        runDefaults.addChild("w:sz", ["w:val": "22"])
        runDefaults.addChild("w:szCs", ["w:val": "22"])
        runDefaults.addChild("w:lang", ["w:val": language])
        defaults.addChild("w:pPrDefault").addChild("w:pPr").addChild("w:spacing", ["w:after": "120", "w:line": "264", "w:lineRule": "auto"])

        paragraph(root, "Normal", name: "Normal", basedOn: nil, isDefault: true)
        paragraph(root, "BodyText", name: "Body Text")
        paragraph(root, "Title", name: "Title", spacing: (1700, 240), run: { $0.bold().size(52).color("1D4F7A") })
        paragraph(root, "Subtitle", name: "Subtitle", spacing: (0, 360), run: { $0.size(32).color("4A5057") })
        let sizes = [36, 30, 26, 24, 22, 22]
        for level in 1...headingLevels {
            paragraph(root, "Heading\(level)", name: "heading \(level)", next: "BodyText", keepNext: true,
                      spacing: (level == 1 ? 360 : 240, 120), outline: level - 1,
                      run: { $0.bold().size(sizes[level - 1]).color("1D4F7A") })
        }
        paragraph(root, "Subheading", name: "Subheading", next: "BodyText", keepNext: true, spacing: (200, 80),
                  run: { $0.bold().color("1D4F7A") })
        paragraph(root, "TOCHeading", name: "TOC Heading", next: "Normal", keepNext: true, spacing: (0, 240),
                  run: { $0.bold().size(36).color("1D4F7A") })
        for level in 1...headingLevels {
            paragraph(root, "TOC\(level)", name: "toc \(level)", next: "Normal", spacing: (0, 60), indent: 240 * (level - 1),
                      rightTab: DOCXVocabulary.textWidth)
        }
        paragraph(root, "Note", name: "Note", run: { $0.size(19).color("4A5057") })
        paragraph(root, "Summary", name: "Summary", run: { $0.italic() })
        paragraph(root, "Legend", name: "Legend", border: true, run: { $0.size(20) })
        paragraph(root, "Clause", name: "Clause", indent: 850, hanging: 850)
        paragraph(root, "DefinitionTerm", name: "Definition Term", keepNext: true, spacing: (0, 0), run: { $0.bold() })
        paragraph(root, "DefinitionDetails", name: "Definition Details", indent: 454)
        paragraph(root, "ListParagraph", name: "List Paragraph", spacing: (0, 60))
        paragraph(root, "TableContents", name: "Table Contents", spacing: (0, 0), run: { $0.size(20) })
        paragraph(root, "TableContentsNumber", name: "Table Contents Number", basedOn: "TableContents", alignEnd: true)
        paragraph(root, "TableHeading", name: "Table Heading", basedOn: "TableContents", run: { $0.bold() })
        paragraph(root, "TableHeadingNumber", name: "Table Heading Number", basedOn: "TableHeading", alignEnd: true)
        paragraph(root, "Caption", name: "caption", keepNext: true, spacing: (160, 80), run: { $0.bold().size(20) })
        paragraph(root, "Figure", name: "Figure", keepNext: true, center: true)
        paragraph(root, "FigureCaption", name: "Figure Caption", run: { $0.size(20).color("4A5057") })
        paragraph(root, "Closing", name: "Closing", spacing: (480, 0), border: true, run: { $0.size(19).color("4A5057") })
        paragraph(root, "Header", name: "header", spacing: (0, 0), run: { $0.size(18).color("4A5057") })
        paragraph(root, "Footer", name: "footer", spacing: (0, 0), center: true, run: { $0.size(18).color("4A5057") })

        character(root, "Hyperlink", name: "Hyperlink") { $0.color("1D4F7A").underline() }
        character(root, "SourceText", name: "Source Text") { $0.font("Liberation Mono") }
        character(root, "IllustrativeMark", name: "Illustrative Mark") { $0.superscript() }

        let table = root.addChild("w:style", ["w:type": "table", "w:styleId": "PackTable"])
        table.addChild("w:name", ["w:val": "Pack Table"])
        let tableProperties = table.addChild("w:tblPr")
        let borders = tableProperties.addChild("w:tblBorders")
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            borders.addChild("w:\(edge)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "B1B4B6"])
        }
        let margins = tableProperties.addChild("w:tblCellMar")
        for edge in ["top", "left", "bottom", "right"] {
            margins.addChild("w:\(edge)", ["w:w": edge == "top" || edge == "bottom" ? "57" : "85", "w:type": "dxa"])
        }
        return document
    }

    /// A run-properties builder that keeps WordprocessingML's element order.
    struct Run {
        var isBold = false, isItalic = false, isUnderlined = false, isSuperscript = false
        var fontName: String?, colour: String?, halfPoints: Int?
        func bold() -> Run { var copy = self; copy.isBold = true; return copy }
        func italic() -> Run { var copy = self; copy.isItalic = true; return copy }
        func underline() -> Run { var copy = self; copy.isUnderlined = true; return copy }
        func superscript() -> Run { var copy = self; copy.isSuperscript = true; return copy }
        func font(_ name: String) -> Run { var copy = self; copy.fontName = name; return copy }
        func color(_ hex: String) -> Run { var copy = self; copy.colour = hex; return copy }
        func size(_ value: Int) -> Run { var copy = self; copy.halfPoints = value; return copy }

        func write(_ parent: XMLElement) {
            let properties = parent.addChild("w:rPr")
            if let fontName { properties.addChild("w:rFonts", ["w:ascii": fontName, "w:hAnsi": fontName, "w:cs": fontName]) }
            if isBold { properties.addChild("w:b") }
            if isItalic { properties.addChild("w:i") }
            if let colour { properties.addChild("w:color", ["w:val": colour]) }
            if let halfPoints {
                properties.addChild("w:sz", ["w:val": String(halfPoints)])
                properties.addChild("w:szCs", ["w:val": String(halfPoints)])
            }
            if isUnderlined { properties.addChild("w:u", ["w:val": "single"]) }
            if isSuperscript { properties.addChild("w:vertAlign", ["w:val": "superscript"]) }
        }
    }

    private static func paragraph(_ root: XMLElement, _ id: String, name: String, basedOn: String? = "Normal",
                                  isDefault: Bool = false, next: String? = nil, keepNext: Bool = false,
                                  spacing: (before: Int, after: Int)? = nil, indent: Int? = nil, hanging: Int? = nil,
                                  rightTab: Int? = nil, border: Bool = false, center: Bool = false, alignEnd: Bool = false,
                                  outline: Int? = nil, run: ((Run) -> Run)? = nil) {
        let style = root.addChild("w:style", ["w:type": "paragraph", "w:styleId": id])
        if isDefault { style.setQualifiedAttribute("w:default", "1") }
        style.addChild("w:name", ["w:val": name])
        if let basedOn { style.addChild("w:basedOn", ["w:val": basedOn]) }
        if let next { style.addChild("w:next", ["w:val": next]) }
        style.addChild("w:qFormat")
        let properties = style.addChild("w:pPr")
        if keepNext { properties.addChild("w:keepNext") }
        if border {
            let borders = properties.addChild("w:pBdr")
            borders.addChild("w:top", ["w:val": "single", "w:sz": "4", "w:space": "4", "w:color": "B1B4B6"])
        }
        if let rightTab {
            properties.addChild("w:tabs").addChild("w:tab", ["w:val": "right", "w:leader": "dot", "w:pos": String(rightTab)])
        }
        if let spacing {
            properties.addChild("w:spacing", ["w:before": String(spacing.before), "w:after": String(spacing.after)])
        }
        if let indent {
            if let hanging {
                properties.addChild("w:ind", ["w:left": String(indent), "w:hanging": String(hanging)])
            } else {
                properties.addChild("w:ind", ["w:left": String(indent)])
            }
        }
        if center { properties.addChild("w:jc", ["w:val": "center"]) }
        if alignEnd { properties.addChild("w:jc", ["w:val": "right"]) }
        if let outline { properties.addChild("w:outlineLvl", ["w:val": String(outline)]) }
        if let run { run(Run()).write(style) }
    }

    private static func character(_ root: XMLElement, _ id: String, name: String, run: (Run) -> Run) {
        let style = root.addChild("w:style", ["w:type": "character", "w:styleId": id])
        style.addChild("w:name", ["w:val": name])
        run(Run()).write(style)
    }

    /// Bullets for unnumbered lists, decimals for numbered ones; each numbered list is
    /// its own `w:num` restarting at 1.
    static func numbering(_ lists: [Bool]) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "w:numbering", declaring: [DOCXVocabulary.w])
        let root = document.root
        for (abstract, ordered) in [(0, false), (1, true)] {
            let definition = root.addChild("w:abstractNum", ["w:abstractNumId": String(abstract)])
            definition.addChild("w:multiLevelType", ["w:val": "hybridMultilevel"])
            for level in 0..<9 {
                let element = definition.addChild("w:lvl", ["w:ilvl": String(level)])
                element.addChild("w:start", ["w:val": "1"])
                element.addChild("w:numFmt", ["w:val": ordered ? "decimal" : "bullet"])
                element.addChild("w:lvlText", ["w:val": ordered ? "%\(level + 1)." : (level % 2 == 0 ? "•" : "◦")])
                element.addChild("w:lvlJc", ["w:val": "left"])
                element.addChild("w:pPr").addChild("w:ind", ["w:left": String(360 * (level + 1) + 360), "w:hanging": "360"])
            }
        }
        for (index, ordered) in lists.enumerated() {
            let number = root.addChild("w:num", ["w:numId": String(index + 1)])
            number.addChild("w:abstractNumId", ["w:val": ordered ? "1" : "0"])
            if ordered {
                number.addChild("w:lvlOverride", ["w:ilvl": "0"]).addChild("w:startOverride", ["w:val": "1"])
            }
        }
        return document
    }

    /// Settings: update fields on opening (the contents and page counts), British English.
    static func settings(language: String) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "w:settings", declaring: [DOCXVocabulary.w])
        let root = document.root
        // In CT_Settings' order: Word refuses a settings part whose elements are out of order.
        root.addChild("w:defaultTabStop", ["w:val": "720"])
        root.addChild("w:characterSpacingControl", ["w:val": "doNotCompress"])
        root.addChild("w:updateFields", ["w:val": "true"])
        root.addChild("w:compat").addChild("w:compatSetting", [
            "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15",
        ])
        root.addChild("w:themeFontLang", ["w:val": language])
        return document
    }
}
