import Foundation
import Testing
import XMLKit

/// libxml2 keeps per-process state: these suites run serially.
@Suite(.serialized)
struct XMLKitTests {
    static let hostile = [
        "<script>alert('x')</script>",
        "Tom & Jerry's \"quoted\" text",
        "end of CDATA ]]> here",
        "bidi \u{202E}txet desrever\u{202C} end",
        "&amp; already an entity",
        "<![CDATA[ not really ]]>",
    ]

    @Test(arguments: hostile)
    func textAndAttributesAreEscapedAndRoundTrip(_ text: String) throws {
        let doc = XMLDocument(root: "report", namespace: "urn:test")
        let item = doc.root.addElement("item", text: text)
        item.setAttribute("title", text)
        doc.root.addComment("a -- comment --")
        let xml = try doc.xmlString()
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report xmlns=\"urn:test\">"))
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("]]>"))
        #expect(!xml.contains("<![CDATA["))
        let parsed = try XMLDocument(parsing: Data(xml.utf8))
        let items = parsed.root.children
        #expect(items.count == 1)
        #expect(items.first?.textContent == text)
        #expect(items.first?.attribute("title") == text)
        #expect(items.first?.namespaceURI == "urn:test")
    }

    @Test func bidiOverrideStaysAsRawCharacter() throws {
        let doc = XMLDocument(root: "r")
        doc.root.addText("a\u{202E}b")
        let xml = try doc.xmlString()
        #expect(xml.contains("a\u{202E}b"))
    }

    @Test func outputIsIndentedAndDeterministic() throws {
        func build() throws -> Data {
            let doc = XMLDocument(root: "testsuites")
            let suite = doc.root.addElement("testsuite")
            suite.setAttribute("name", "rules")
            suite.setAttribute("tests", "2")
            suite.addElement("testcase", attributes: ["name": "a", "classname": "b"])
            return try doc.xmlData()
        }
        let first = try build()
        #expect(first == (try build()))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites>
              <testsuite name="rules" tests="2">
                <testcase name="a" classname="b"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func htmlHasDoctypeAndRawUTF8() throws {
        let doc = XMLDocument.html(lang: "en-GB")
        let head = doc.root.addElement("head")
        head.addElement("meta", attributes: ["charset": "utf-8"])
        head.addElement("title", text: "Café & <Co>")
        let body = doc.root.addElement("body")
        body.addElement("p", text: "Pokémon \u{202E} \"x\" <script>alert(1)</script> ]]>")
        body.addElement("a", attributes: ["href": "#lot-1", "title": "\"q\" & <b>"], text: "go")
        body.addElement("a", attributes: ["title": "it's \"both\""], text: "go")
        let html = try doc.htmlString()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("Café &amp; &lt;Co&gt;"))
        #expect(html.contains("Pokémon \u{202E}"))
        #expect(!html.contains("&eacute;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        // libxml2's HTML writer picks the quote the value does not contain.
        #expect(html.contains("title='\"q\" &amp; &lt;b&gt;'"))
        #expect(html.contains("title=\"it's &quot;both&quot;\""))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("http-equiv"))
    }

    static let schemaText = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:test" xmlns="urn:test" elementFormDefault="qualified">
          <xs:element name="report">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="item" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:simpleContent>
                      <xs:extension base="xs:string">
                        <xs:attribute name="count" type="xs:nonNegativeInteger" use="required"/>
                      </xs:extension>
                    </xs:simpleContent>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    @Test func schemaAcceptsValidAndRejectsInvalidWithLocation() throws {
        let schema = try XMLSchema(data: Data(Self.schemaText.utf8), url: "test.xsd")
        let good = XMLDocument(root: "report", namespace: "urn:test")
        good.root.addElement("item", attributes: ["count": "3"], text: "<ok>")
        #expect(schema.validate(good).isEmpty)
        try schema.assertValid(good)

        let bad = XMLDocument(root: "report", namespace: "urn:test")
        bad.root.addElement("item", attributes: ["count": "-1"])
        bad.root.addElement("other")
        let treeIssues = schema.validate(bad)
        #expect(!treeIssues.isEmpty)
        #expect(treeIssues.allSatisfy { $0.path != nil })
        #expect(throws: XMLKitError.self) { try schema.assertValid(bad) }

        let text = """
            <?xml version="1.0"?>
            <report xmlns="urn:test">
              <item count="1">a</item>
              <item count="x">b</item>
            </report>
            """
        let issues = try schema.validate(data: Data(text.utf8), url: "bad.xml")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 4)
        #expect(issues.first?.file == "bad.xml")
        #expect(issues.first?.description.hasPrefix("bad.xml:4") == true)
    }

    @Test func brokenSchemaIsAnError() {
        #expect(throws: XMLKitError.self) {
            _ = try XMLSchema(data: Data("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:bogus/></xs:schema>".utf8))
        }
        #expect(throws: XMLKitError.self) { _ = try XMLSchema(data: Data("not xml".utf8)) }
    }

    @Test func malformedInputIsALocatedError() {
        do {
            _ = try XMLDocument(parsing: Data("<a>\n<b>&</b></a>".utf8), url: "m.xml")
            Issue.record("expected a parse error")
        } catch let error as XMLKitError {
            #expect(error.issues.first?.line == 2)
            #expect(error.issues.first?.file == "m.xml")
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: XMLKitError.self) { _ = try XMLDocument(parsing: Data()) }
    }

    @Test func externalEntitiesAreNotExpanded() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <r>&x;</r>
            """
        let doc = try XMLDocument(parsing: Data(xxe.utf8))
        #expect(!doc.root.textContent.contains("root:"))
        #expect(!(try doc.xmlString()).contains("root:"))
    }

    @Test func billionLaughsIsRefusedFast() {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [\(entities)]><r>&lol10;</r>"
        var expanded = 0
        do {
            let doc = try XMLDocument(parsing: Data(bomb.utf8))
            expanded = doc.root.textContent.utf8.count
        } catch {
            // Refused: fine.
        }
        #expect(expanded < 1_000_000)
    }

    @Test func illegalCharactersAreReported() {
        #expect(XMLCharacters.illegalScalars(in: "ok\ttab\nline").isEmpty)
        let found = XMLCharacters.illegalScalars(in: "a\u{1}b\u{FFFE}")
        #expect(found.map(\.offset) == [1, 3])
        // Never a crash, whatever the text.
        let doc = XMLDocument(root: "r")
        doc.root.addText("bell \u{7} nul-free")
        doc.root.setAttribute("a", "\u{1B}[31m")
        #expect((try? doc.xmlData()) != nil)
    }

    @Test func schemaIsSharedAcrossThreads() async throws {
        let schema = try XMLSchema(data: Data(Self.schemaText.utf8))
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let doc = XMLDocument(root: "report", namespace: "urn:test")
                    for n in 0..<200 { doc.root.addElement("item", attributes: ["count": "\(n)"], text: "t\(index)") }
                    _ = try doc.xmlData()
                    return schema.validate(doc).count
                }
            }
            for try await count in group { #expect(count == 0) }
        }
    }
}
