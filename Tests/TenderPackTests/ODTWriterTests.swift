import Foundation
import Testing
@testable import TenderRendering
import TenderDocument
import XMLKit

/// The ODT writer: every part valid against ODF 1.3, the package deterministic, and a
/// broken part refused before anything is packaged.
@Suite(.serialized)
struct ODTWriterTests {
    static func writer() throws -> ODTWriter {
        let templates = try RenderTemplates(folder: RenderingSupport.templates)
        return ODTWriter(schemas: try templates.odf(), labels: templates.labels)
    }

    static func part(_ entries: [ZIPContainer.Entry], _ path: String) -> String {
        String(decoding: entries.first { $0.path == path }?.data ?? Data(), as: UTF8.self)
    }

    @Test func everyPartIsValidODFAndThePackageIsInOrder() throws {
        let entries = try Self.writer().parts(WordProcessingSample.document(), file: "sample.odt")
        #expect(entries.map(\.path) == ["mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/figure-1.svg",
                                        "META-INF/manifest.xml"])
        let content = Self.part(entries, "content.xml")
        #expect(content.contains(#"<text:h text:style-name="Heading_20_1_20_first" text:outline-level="1"><text:bookmark text:name="control"/>Document control</text:h>"#))
        #expect(content.contains(#"<text:h text:style-name="Heading_20_2" text:outline-level="2"><text:bookmark text:name="lots"/>1.3 Lots</text:h>"#))
        #expect(content.contains("<table:table-header-rows>"))
        #expect(content.contains("Outreach &lt;&amp;&gt; support"))
        #expect(content.contains("This document invites tenders."))
        #expect(content.contains(##"£120,000<text:a xlink:type="simple" xlink:href="#illustrative-note"><text:span text:style-name="Illustrative_20_mark">†</text:span></text:a>"##))
        #expect(content.contains(#"xlink:href="../outcome-schedule.odt""#))
        let styles = Self.part(entries, "styles.xml")
        #expect(styles.contains(#"style:name="Heading_20_1" style:family="paragraph" style:display-name="Heading 1""#))
        #expect(styles.contains(#"fo:page-width="21cm" fo:page-height="29.7cm""#))
        #expect(styles.contains(#"Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>"#))
    }

    @Test func twoWritesGiveTheSameBytes() throws {
        let writer = try Self.writer()
        let first = try writer.write(WordProcessingSample.document(), file: "sample.odt")
        let second = try writer.write(WordProcessingSample.document(), file: "sample.odt")
        #expect(first == second)
        #expect(first.count > 5000)
    }

    @Test func aPartThatBreaksTheSchemaIsRefusedNamingThePart() throws {
        let writer = try Self.writer()
        // A figure-free tree whose content.xml is then broken the way a writer bug would.
        let content = try ODTContent(tree: WordProcessingSample.document()).build()
        content.root.addChild("office:body").addChild("text:p", text: "a second body")
        let issues = writer.schemas.document.validate(content)
        #expect(!issues.isEmpty)
        #expect(throws: RenderError.self) { try writer.check(content, writer.schemas.document, part: "content.xml", file: "x.odt") }
    }
}
