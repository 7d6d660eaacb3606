import Foundation
import Testing
@testable import TenderRendering
import TenderDocument
import XMLKit

/// The DOCX writer: Word's heading styles, a TOC field, repeating header rows, an A4
/// section with PAGE / NUMPAGES in the footer, and the same bytes on every run.
struct DOCXWriterTests {
    static func writer() throws -> DOCXWriter {
        DOCXWriter(labels: try RenderTemplates(folder: RenderingSupport.templates).labels)
    }

    static func part(_ entries: [ZIPContainer.Entry], _ path: String) -> String {
        String(decoding: entries.first { $0.path == path }?.data ?? Data(), as: UTF8.self)
    }

    @Test func thePartsSayWhatWordNeeds() throws {
        let entries = try Self.writer().parts(WordProcessingSample.document(), file: "sample.docx")
        #expect(entries.first?.path == "[Content_Types].xml")
        #expect(entries.map(\.path).contains("word/media/figure-1.svg"))
        for entry in entries where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            // Every XML part is well-formed.
            _ = try XMLDocument(parsing: entry.data, url: entry.path)
        }
        let document = Self.part(entries, "word/document.xml")
        #expect(document.contains(#"<w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="#))
        #expect(document.contains(#"<w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText>"#))
        #expect(document.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains("<w:t>Outreach &lt;&amp;&gt; support</w:t>"))
        #expect(document.contains(#"<w:hyperlink w:anchor="illustrative_note" w:history="1"><w:r><w:rPr><w:rStyle w:val="IllustrativeMark"/></w:rPr><w:t>†</w:t></w:r></w:hyperlink>"#))
        let footer = Self.part(entries, "word/footer1.xml")
        #expect(footer.contains(#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
        #expect(footer.contains(#"<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>"#))
        let styles = Self.part(entries, "word/styles.xml")
        #expect(styles.contains(#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>"#))
        #expect(styles.contains(#"<w:outlineLvl w:val="0"/>"#))
        let relationships = Self.part(entries, "word/_rels/document.xml.rels")
        #expect(relationships.contains(#"Target="outcome-schedule.docx" TargetMode="External""#))
        #expect(relationships.contains(#"Target="https://example.org/portal?a=1&amp;b=2" TargetMode="External""#))
    }

    @Test func twoWritesGiveTheSameBytes() throws {
        let writer = try Self.writer()
        let first = try writer.write(WordProcessingSample.document(), file: "sample.docx")
        #expect(first == (try writer.write(WordProcessingSample.document(), file: "sample.docx")))
    }

    @Test func bookmarkNamesAreWhatWordAccepts() {
        #expect(DOCXBody.bookmarkName("lot-outreach") == "lot_outreach")
        #expect(DOCXBody.bookmarkName("2-lots") == "b2_lots")
        let long = DOCXBody.bookmarkName("lot-outreach_requirement-right-benefits-and-more")
        #expect(long.count == 40)
        #expect(long != DOCXBody.bookmarkName("lot-outreach_requirement-right-benefits-and-less"))
    }
}
