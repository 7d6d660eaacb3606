import Testing
import TenderModel
import TenderDocument

/// The document tree numbers once: sections by nesting, clauses and numbered table rows
/// from their section, subsections after their parent's clauses.
struct DocumentTreeTests {
    static func clauses(_ texts: [String]) -> Block {
        .clauses(ClauseList(texts.map { NumberedClause([.text($0)]) }))
    }

    static func tree() -> Document {
        let requirements = Table(caption: [.text("Requirements")], columns: [Table.Column("Requirement")],
                                 headerRows: [], rows: [Table.Row([Table.Cell([.text("a")])]), Table.Row([Table.Cell([.text("b")])])],
                                 numberedRows: true, numberTitle: "No.")
        return Document(
            metadata: DocumentMetadata(kind: .tenderPack, title: "T", specificationID: "t"),
            sections: [
                Section(id: "control", heading: "Document control", isNumbered: false),
                Section(id: "one", heading: "One", blocks: [clauses(["a", "b"])], subsections: [
                    Section(id: "one-a", heading: "One A", blocks: [.table(requirements), clauses(["c"])]),
                    Section(id: "one-b", heading: "One B"),
                ]),
                Section(id: "two", heading: "Two", subsections: [Section(id: "two-a", heading: "Two A")]),
            ])
    }

    @Test func sectionsAreNumberedByNestingSkippingUnnumbered() {
        let sections = Self.tree().allSections
        #expect(sections.map(\.id) == ["control", "one", "one-a", "one-b", "two", "two-a"])
        #expect(sections.map(\.number) == [nil, "1", "1.3", "1.4", "2", "2.1"])
        #expect(sections.map(\.depth) == [1, 1, 2, 2, 1, 2])
        #expect(sections[2].numberedHeading == "1.3 One A")
    }

    @Test func clausesAndNumberedRowsContinueTheirSectionsCount() {
        let sections = Self.tree().allSections
        guard case .clauses(let top) = sections[1].blocks[0],
              case .table(let table) = sections[2].blocks[0],
              case .clauses(let after) = sections[2].blocks[1] else {
            Issue.record("unexpected blocks")
            return
        }
        #expect(top.clauses.map(\.number) == ["1.1", "1.2"])
        #expect(table.rows.map(\.number) == ["1.3.1", "1.3.2"])
        #expect(after.clauses.map(\.number) == ["1.3.3"])
    }

    @Test func unmarkedDropsEveryIllustrativeMarkAndKeepsTheText() {
        let runs: [Inline] = [.text("up to "), .illustrative([.strong([.illustrative([.text("80%")])])])]
        #expect(runs.contains { $0.containsIllustrative })
        #expect(!runs.unmarked.contains { $0.containsIllustrative })
        #expect(runs.unmarked.plainText == "up to 80%")
    }
}
