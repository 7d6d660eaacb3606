internal import XMLKit

/// The namespaces of ODF 1.3 documents, declared in this order on every part's root.
enum ODFVocabulary {
    static let office = XMLNamespace("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
    static let style = XMLNamespace("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
    static let text = XMLNamespace("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    static let table = XMLNamespace("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
    static let draw = XMLNamespace("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
    static let fo = XMLNamespace("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
    static let xlink = XMLNamespace("xlink", "http://www.w3.org/1999/xlink")
    static let dc = XMLNamespace("dc", "http://purl.org/dc/elements/1.1/")
    static let meta = XMLNamespace("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
    static let svg = XMLNamespace("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
    static let manifest = XMLNamespace("manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")

    static let all = [office, style, text, table, draw, fo, xlink, dc, meta, svg]

    static let version = "1.3"
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// A style's name as ODF writes it: a space becomes `_20_` ("Heading 1" -> "Heading_20_1").
    static func styleName(_ displayName: String) -> String {
        displayName.replacingOccurrences(of: " ", with: "_20_")
    }
}
