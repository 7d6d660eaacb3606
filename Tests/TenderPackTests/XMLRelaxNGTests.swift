import Foundation
import Testing
import XMLKit

/// RELAX NG validation in process (the ODF 1.3 schema in Templates/schema/odf-1.3/) and
/// building documents with several namespace prefixes.
@Suite(.serialized)
struct XMLRelaxNGTests {
    static let odfFolder = RenderingSupport.templates.appendingPathComponent("schema/odf-1.3")
    static let odf: XMLRelaxNG = {
        // The large ODF schema is compiled once for the whole suite.
        try! XMLRelaxNG(contentsOf: odfFolder.appendingPathComponent("OpenDocument-v1.3-schema.rng"))
    }()

    static let office = XMLNamespace("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
    static let text = XMLNamespace("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")

    static func meta(title: String, generatorAttribute: Bool = false) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "office:document-meta", declaring: [
            office, XMLNamespace("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
            XMLNamespace("dc", "http://purl.org/dc/elements/1.1/"),
        ])
        document.root.setQualifiedAttribute("office:version", "1.3")
        let meta = document.root.addChild("office:meta")
        meta.addChild("dc:title", text: title)
        if generatorAttribute { meta.setQualifiedAttribute("meta:generator", "not an attribute") }
        return document
    }

    @Test func aValidODFPartHasNoIssues() throws {
        let issues = Self.odf.validate(Self.meta(title: "Tender pack"))
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func aBrokenODFPartIsReportedWithThePathOfTheNode() throws {
        let issues = Self.odf.validate(Self.meta(title: "Tender pack", generatorAttribute: true))
        #expect(!issues.isEmpty)
        #expect(issues.contains { ($0.path ?? "").contains("office:meta") }, "\(issues)")
    }

    @Test func prefixedElementsAndAttributesAreInTheirNamespaces() throws {
        let document = XMLDocument(qualifiedRoot: "office:document-content", declaring: [Self.office, Self.text])
        let body = document.root.addChild("office:body")
        let paragraph = body.addChild("text:p", ["text:style-name": "Standard", "xml:space": "preserve"], text: "A & B")
        #expect(paragraph.namespaceURI == Self.text.uri)
        let xml = try document.xmlString()
        #expect(xml.contains(#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">"#))
        #expect(xml.contains(#"<text:p text:style-name="Standard" xml:space="preserve">A &amp; B</text:p>"#))
    }

    @Test func unindentedOutputAddsNoWhitespaceBetweenElements() throws {
        let document = XMLDocument(qualifiedRoot: "office:document-content", declaring: [Self.office, Self.text])
        let paragraph = document.root.addChild("office:body").addChild("text:p")
        paragraph.addChild("text:span", text: "one")
        paragraph.addChild("text:span", text: "two")
        let xml = String(decoding: try document.xmlData(indented: false), as: UTF8.self)
        #expect(xml.contains("<office:body><text:p><text:span>one</text:span><text:span>two</text:span></text:p></office:body>"))
    }

    @Test func theManifestSchemaCompilesAndJudges() throws {
        let schema = try XMLRelaxNG(contentsOf: Self.odfFolder.appendingPathComponent("OpenDocument-v1.3-manifest-schema.rng"))
        let good = Data(#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>"#.utf8)
        #expect(try schema.validate(data: good).isEmpty)
        let bad = Data(#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:media-type="text/xml"/></manifest:manifest>"#.utf8)
        let issues = try schema.validate(data: bad)
        #expect(!issues.isEmpty)
        #expect(issues.first?.line == 1)
    }

    @Test func aSchemaThatIsNotRelaxNGIsRefused() throws {
        #expect(throws: XMLKitError.self) {
            try XMLRelaxNG(data: Data("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><ref name='missing'/></start></grammar>".utf8))
        }
        #expect(throws: XMLKitError.self) {
            try XMLRelaxNG(data: Data("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><externalRef href='/etc/passwd'/></start></grammar>".utf8))
        }
    }

    @Test func compilingTheODFSchemaTakesWellUnderASecond() throws {
        let start = Date()
        _ = try XMLRelaxNG(contentsOf: Self.odfFolder.appendingPathComponent("OpenDocument-v1.3-schema.rng"))
        let seconds = Date().timeIntervalSince(start)
        print("ODF 1.3 RELAX NG compiled in \(String(format: "%.3f", seconds)) s")
        #expect(seconds < 5)
    }
}
