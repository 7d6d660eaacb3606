import Foundation
import TenderDocument

/// A small document tree that holds every kind of block and inline the ODT and DOCX
/// writers handle, so their tests do not depend on a specification's content.
enum WordProcessingSample {
    static let drawing = Drawing("svg", attributes: [.init("viewBox", "0 0 400 200"), .init("class", "pathway-diagram")],
                                 children: [
                                     .element(Drawing("rect", attributes: [.init("class", "stage-box"), .init("x", "10"), .init("y", "10"),
                                                                          .init("width", "180"), .init("height", "80")])),
                                     .element(Drawing("text", attributes: [.init("class", "stage-name"), .init("x", "20"), .init("y", "50")],
                                                      children: [.text("Stage 1: Crisis & recovery")])),
                                 ], width: 400, height: 200)

    static func document(kind: DocumentKind = .tenderPack) -> Document {
        let table = Table(id: "lots-table", caption: [.text("The lots")],
                          columns: [Table.Column("Lot", width: 0.2), Table.Column("Service"), Table.Column("Value", numeric: true)],
                          rows: [
                              Table.Row(id: "row-outreach", [Table.Cell([.text("1")], header: .row), Table.Cell([.text("Outreach <&> support")]),
                                                             Table.Cell([.illustrative([.text("£120,000")])])]),
                              Table.Row([Table.Cell([.text("Both lots together")], columnSpan: 2), Table.Cell([.text("£240,000")])]),
                          ])
        let requirements = Table(caption: [.text("Requirements")], columns: [Table.Column("Requirement"), Table.Column("Strength")],
                                 headerRows: [Table.Row([Table.Cell([.text("Requirement")], header: .column),
                                                         Table.Cell([.text("Strength")], header: .column)])],
                                 rows: [Table.Row(id: "req-a", [Table.Cell([.text("Answer calls within 2 minutes")]), Table.Cell([.strong([.text("Must")])])])],
                                 isIllustrative: true, numberedRows: true, numberTitle: "No.")
        return Document(
            metadata: DocumentMetadata(kind: kind, title: "Mental health support services", subtitle: "Invitation to tender",
                                       council: "Norfolk County Council", reference: "NCC-2013-042",
                                       specificationID: "sample-spec"),
            coverFacts: DefinitionList([Definition("Reference", [.code([.text("NCC-2013-042")])]),
                                        Definition("Deadline for tenders", [.time(datetime: "2013-06-01", [.text("1 June 2013")])])]),
            contentsHeading: "Contents",
            front: [.paragraph(Paragraph([.text("This document   invites\ntenders.")]))],
            sections: [
                Section(id: "control", heading: "Document control", isNumbered: false, inContents: false,
                        blocks: [.definitions(DefinitionList([Definition("Version", [.text("1.0")])]))]),
                Section(id: "invitation", heading: "Invitation", blocks: [
                    .paragraph(Paragraph([.text("The council invites "), .emphasis([.text("tenders")]), .text(" for "),
                                          .link(.anchor("lots"), [.text("two lots")]), .text("; see "),
                                          .link(.document(.outcomeSchedule, anchor: nil), [.text("the outcome schedule")]),
                                          .text(" and "), .link(.external("https://example.org/portal?a=1&b=2"), [.text("the portal")]),
                                          .text("."), .lineBreak, .text("Ask by "), .illustrative([.text("1 May 2013")]), .text(".")],
                                         id: "invitation-text")),
                    .clauses(ClauseList([NumberedClause(id: "clause-a", [.text("Bidders must register.")]),
                                         NumberedClause([.text("Late bids are refused.")])])),
                    .heading([.text("Who may bid")]),
                    .list(ItemList([ListItem(id: "item-a", inlines: [.text("Charities")]),
                                    ListItem([.plain([.text("Companies")]),
                                              .list(ItemList([ListItem(inlines: [.text("limited")])], ordered: true))])])),
                    .paragraph(Paragraph([.span(.citation, [.text("Care Act 2014")])], role: .note)),
                ], subsections: [
                    Section(id: "lots", heading: "Lots", blocks: [.table(table)]),
                    Section(id: "reqs", heading: [.text("Requirements of "), .code([.text("lot-1")])], blocks: [.table(requirements)]),
                ]),
                Section(id: "pathway", heading: "Pathway", blocks: [
                    .figure(Figure(id: "pathway-figure", drawing: drawing,
                                   alternative: "Stage 1, crisis and recovery, leads to stage 2.",
                                   caption: [.text("The pathway")])),
                ]),
            ],
            illustrativeNote: [.text("† Illustrative: invented for this example.")],
            footer: [.text("Generated by TenderPack from sample-spec.yaml")])
    }
}
