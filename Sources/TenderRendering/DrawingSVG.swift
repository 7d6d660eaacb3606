import Foundation
internal import XMLKit
internal import TenderDocument

/// A figure's drawing as a standalone SVG file for the ODT and DOCX packages.
///
/// In the HTML the pathway diagram is styled by the page's stylesheet through class
/// names; a picture inside a word-processing file has no stylesheet, so the same rules
/// go into the SVG's own `style` element, with the colours of `Templates/css/tender-pack.css`.
enum DrawingSVG {
    static let style = """
        text { font-family: 'Liberation Sans', Arial, sans-serif; fill: #1f2328; font-size: 13px; }
        .stage-box { fill: #e8f0f7; stroke: #1d4f7a; stroke-width: 2; }
        .place-box { fill: #ffffff; stroke: #4a5057; stroke-width: 1.5; }
        .route { stroke: #4a5057; stroke-width: 1.5; fill: none; }
        .arrow-head { fill: #4a5057; }
        .stage-number { font-weight: bold; fill: #1d4f7a; font-size: 15px; }
        .stage-name { font-weight: bold; }
        .row-label { font-size: 12px; fill: #4a5057; }
        """

    static func data(_ drawing: Drawing) -> Data {
        let document = XMLDocument(root: drawing.name, namespace: Drawing.namespace)
        let root = document.root
        attributes(root, drawing)
        if let width = drawing.width, root.attribute("width") == nil { root.setAttribute("width", format(width)) }
        if let height = drawing.height, root.attribute("height") == nil { root.setAttribute("height", format(height)) }
        root.addElement("style", text: style)
        children(root, drawing)
        // A tree built in memory always serialises; an empty picture is the fallback.
        return (try? document.xmlData(indented: false)) ?? Data()
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    private static func attributes(_ element: XMLElement, _ drawing: Drawing) {
        for attribute in drawing.attributes where XMLName.isValid(attribute.name) && !attribute.name.contains(":") {
            element.setAttribute(attribute.name, attribute.value)
        }
    }

    private static func children(_ element: XMLElement, _ drawing: Drawing) {
        for child in drawing.children {
            switch child {
            case .text(let text): element.addText(text)
            case .element(let inner):
                guard XMLName.isValid(inner.name), !inner.name.contains(":") else { continue }
                let node = element.addElement(inner.name)
                attributes(node, inner)
                children(node, inner)
            }
        }
    }
}
