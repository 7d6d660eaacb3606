internal import XMLKit

/// The namespaces, media types and relationship types of a WordprocessingML package
/// (ECMA-376 / ISO/IEC 29500 transitional, which Word and LibreOffice read).
enum DOCXVocabulary {
    static let w = XMLNamespace("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    static let r = XMLNamespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    static let wp = XMLNamespace("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
    static let a = XMLNamespace("a", "http://schemas.openxmlformats.org/drawingml/2006/main")
    static let pic = XMLNamespace("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture")
    static let asvg = XMLNamespace("asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main")

    static let body = [w, r, wp, a, pic, asvg]

    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// A4 in twentieths of a point, and 2 cm margins.
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let margin = 1134
    static var textWidth: Int { pageWidth - 2 * margin }
}
