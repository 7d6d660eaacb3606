import Foundation
import Testing
import TenderDocument
import TenderModel
@testable import TenderRendering

/// The pack's document tree and the HTML written from it: the same numbers in both,
/// the cover and document control, a glossary of the abbreviations used and no others,
/// illustrative values marked once with one note, and the content slips of issue 10.
@Suite(.serialized)
struct PackDocumentTests {
    static let wording = Labels().wording

    static func tree(_ name: String) throws -> (Document, Specification) {
        let spec = try RenderingSupport.loadSpec(named: name)
        return (PackDocuments.tenderPack(spec, index: SpecificationIndex(spec), wording: wording), spec)
    }

    static func html(_ spec: Specification, file: String = "tender-pack.html") throws -> String {
        let files = try RenderingSupport.renderer().render(spec)
        return String(decoding: try #require(files.first { $0.path == file }).data, as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(arguments: RenderingSupport.specFiles())
    func everySectionHasTheTreesNumberInTheHTML(_ name: String) throws {
        let (tree, spec) = try Self.tree(name)
        let html = try Self.html(spec)
        let sections = tree.allSections
        #expect(sections.contains { $0.number != nil })
        for section in sections {
            let level = section.depth + 1
            let heading: String
            if let number = section.number {
                heading = "<section id=\"\(section.id)\"" + "<h\(level)>\n<span class=\"section-number\">\(number)</span> "
            } else {
                heading = "<section id=\"\(section.id)\"" + "<h\(level)>"
            }
            // The opening tag may carry a class between the id and the heading.
            let flattened = html.replacingOccurrences(of: " class=\"lot\">", with: "").replacingOccurrences(of: " class=\"pathway\">", with: "")
                .replacingOccurrences(of: " class=\"stage\">", with: "").replacingOccurrences(of: "\">\n<h", with: "\"<h")
                .replacingOccurrences(of: "\"><h", with: "\"<h")
            #expect(flattened.contains(heading), "\(name): \(section.id) should open with \(section.numberedHeading) at h\(level)")
        }
        // Top-level numbers run 1, 2, 3… without gaps, skipping unnumbered front and back matter.
        let top = tree.sections.compactMap(\.number)
        #expect(top == (1...top.count).map(String.init))
        #expect(Self.count("<h1>", in: html) == 1)
    }

    @Test func requirementsAndAimsAreNumberedClausesOfTheirSection() throws {
        let (tree, spec) = try Self.tree("norfolk-remodel-tender-2013.yaml")
        let html = try Self.html(spec)
        let requirements = try #require(tree.allSections.first { $0.id == "lot-complex-needs-support_requirements" })
        #expect(requirements.number == "3.10")
        guard case .table(let table)? = requirements.blocks.first else {
            Issue.record("requirements are not a table")
            return
        }
        #expect(table.numberedRows)
        #expect(table.rows.map(\.number) == (1...table.rows.count).map { "3.10.\($0)" })
        for row in table.rows {
            #expect(html.contains("<tr id=\"\(row.id ?? "")\">\n<th scope=\"row\">\(row.number ?? "")</th>"))
        }
        #expect(html.contains("<li id=\"aim-independent-living\">\n<span class=\"clause-number\">1.1.1</span> "))
    }

    @Test func theCoverAndDocumentControlSayWhatAndWhen() throws {
        let spec = try RenderingSupport.loadSpec(named: "accommodation-pathway-2026.yaml")
        let html = try Self.html(spec)
        for fact in ["<dt>Reference</dt>", "<dt>Issued</dt>", "<dt>Contact officer</dt>", "<dt>Tendering portal</dt>"] {
            #expect(html.contains(fact), "cover lacks \(fact)")
        }
        let control = CommercialRenderingTests.section("document-control", in: html)
        #expect(control.contains("<caption>Version history</caption>"))
        #expect(control.contains("available in other formats"))
        #expect(control.contains("<a href=\"mailto:"), "the offer names whom to ask")
        let (tree, _) = try Self.tree("norfolk-remodel-tender-2013.yaml")
        #expect(tree.sections.first?.id == "document-control")
        #expect(tree.sections.first?.number == nil)
        #expect(tree.metadata.reference == "NCC-ASC-2013-CMHSS")
        #expect(tree.metadata.issueDate == CalendarDate(year: 2013, month: 7, day: 31))
    }

    @Test func theGlossaryListsOnlyAbbreviationsTheDocumentUses() throws {
        let (tree, _) = try Self.tree("norfolk-remodel-tender-2013.yaml")
        let glossary = try #require(tree.sections.last)
        #expect(glossary.id == "glossary")
        guard case .definitions(let list)? = glossary.blocks.last else {
            Issue.record("no glossary list")
            return
        }
        let terms = list.items.map(\.term.plainText)
        #expect(terms.contains("NSFT"))
        #expect(terms.contains("TUPE"))
        #expect(!terms.contains("CQC"), "not used in this pack")
        #expect(terms == terms.sorted())
        // Every listed term occurs outside the glossary.
        let without = Document(metadata: tree.metadata, sections: Array(tree.sections.dropLast()))
        let text = without.allSections.flatMap { [$0.heading.plainText] + $0.blocks.flatMap(\.texts) }.joined(separator: " ")
        for term in terms { #expect(text.contains(term), "\(term) listed but not used") }
        // The staged model says "CMHTs" once: the plural finds CMHT, and nothing else is listed.
        let (staged, _) = try Self.tree("staged-model.yaml")
        guard case .definitions(let stagedList)? = staged.sections.last?.blocks.last else {
            Issue.record("no glossary in the staged model")
            return
        }
        #expect(stagedList.items.map(\.term.plainText) == ["CMHT"])
        // A pack with no abbreviations has no glossary.
        var plain = try CommercialRenderingTests.spec()
        plain.sources = []
        plain.contract?.vat = nil
        let tree2 = PackDocuments.tenderPack(plain, index: SpecificationIndex(plain), wording: Self.wording)
        let words = tree2.texts().joined(separator: " ")
        let known = ["CCG", "CMHT", "CPV", "KPI", "NHS", "NSFT", "TUPE", "VAT"].filter { words.contains($0) }
        #expect((tree2.sections.last?.id == "glossary") == !known.isEmpty, "\(known)")
    }

    @Test func illustrativeValuesAreMarkedOnceWithOneNote() throws {
        let (tree, spec) = try Self.tree("norfolk-remodel-tender-2013.yaml")
        let html = try Self.html(spec)
        #expect(tree.illustrativeNote != nil)
        #expect(Self.count("id=\"illustrative-note\"", in: html) == 1)
        // One dagger per mark in the tree, plus the one in the note.
        #expect(Self.count("class=\"illustrative-mark\"", in: html) == tree.markCount + 1)
        #expect(!html.contains("<mark"), "no highlighting")
        // The evaluation table's invented weightings carry one mark, on the column heading.
        let evaluation = CommercialRenderingTests.section("evaluation", in: html)
        #expect(evaluation.contains("<th scope=\"col\">Weighting<sup class=\"illustrative-mark\">"))
        #expect(evaluation.contains("<td class=\"number\">25%</td>"))
        // A pack with nothing invented has no marks and no note.
        var sourced = try RenderingSupport.loadSpec(named: "norfolk-current-services-2013.yaml")
        sourced.title.provenance = .source("x")
        let plainTree = PackDocuments.tenderPack(sourced, index: SpecificationIndex(sourced), wording: Self.wording)
        #expect((plainTree.markCount == 0) == (plainTree.illustrativeNote == nil))
    }

    @Test func theMarkingPassConsolidatesColumnsAndRows() {
        func cell(_ text: String, marked: Bool) -> Table.Cell {
            Table.Cell(marked ? [.illustrative([.text(text)])] : [.text(text)])
        }
        let table = Table(caption: [.text("T")], columns: [Table.Column("A"), Table.Column("B"), Table.Column("C")], rows: [
            Table.Row([cell("a1", marked: false), cell("b1", marked: true), cell("c1", marked: false)]),
            Table.Row([cell("a2", marked: true), cell("b2", marked: true), cell("c2", marked: true)]),
            Table.Row([cell("a3", marked: false), cell("b3", marked: true), cell("—", marked: false)]),
        ])
        let tree = Document(metadata: DocumentMetadata(kind: .tenderPack, title: "T", specificationID: "t"),
                            sections: [Section(id: "s", heading: "S", blocks: [.table(table)])])
            .markingIllustrative(note: "note")
        guard case .table(let marked)? = tree.sections.first?.blocks.first else {
            Issue.record("no table")
            return
        }
        // Column B: one mark on its heading; row 2: one mark on its first cell.
        #expect(marked.headerRows[0].cells.map(\.blocks.markCount) == [0, 1, 0])
        #expect(marked.rows.map { $0.cells.map(\.blocks.markCount) } == [[0, 0, 0], [1, 0, 0], [0, 0, 0]])
        #expect(tree.markCount == 2)
        #expect(tree.illustrativeNote == [.text("note")])
        // Two marked values split only by punctuation share one mark.
        let runs: [Inline] = [.illustrative([.text("1 April")]), .text(", "), .illustrative([.text("noon")])]
        let merged = Document(metadata: tree.metadata, front: [.plain(runs)], sections: []).markingIllustrative(note: "n")
        #expect(merged.markCount == 1)
    }

    @Test func theContentSlipsAreFixed() throws {
        // Norfolk's background no longer ends by repeating its first sentence.
        let (tree, spec) = try Self.tree("norfolk-remodel-tender-2013.yaml")
        let background = try #require(tree.allSections.first { $0.id == "background" })
        let paragraphs = background.blocks.flatMap(\.texts)
        let first = try #require(paragraphs.first?.split(separator: ".").first)
        #expect(paragraphs.dropFirst().allSatisfy { !$0.contains(first) }, "the first sentence is said once")
        #expect(spec.funding?.description != nil, "the funding description exists but is not repeated")
        // Sources cite the public documents, not notes bidders cannot see.
        for name in RenderingSupport.specFiles() {
            let html = try Self.html(try RenderingSupport.loadSpec(named: name))
            #expect(!html.contains("DOMAIN.md") && !html.contains("domain notes"), "\(name) cites internal notes")
        }
        // A schedule without measures says so, when they come, and what each lot is for.
        for name in ["staged-model.yaml", "norfolk-current-services-2013.yaml"] {
            let spec = try RenderingSupport.loadSpec(named: name)
            let schedule = try Self.html(spec, file: "outcome-schedule.html")
            #expect(schedule.contains("<section id=\"not-yet-measured\">"), "\(name)")
            for lot in spec.lots {
                #expect(schedule.contains("href=\"tender-pack.html#lot-\(lot.id.value)\""), "\(name): \(lot.id.value)")
            }
        }
    }
}
