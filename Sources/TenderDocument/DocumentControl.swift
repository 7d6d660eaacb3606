import TenderModel

/// "Document control": the version history a council keeps at the front of every pack,
/// and the offer of the document in other formats.
///
/// The history is this version (its status and issue date) and the version it revises,
/// taken from `version`, `status`, the timeline and `supersedes`.
struct DocumentControl {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var wording: Wording { context.wording }

    func section(metadata: DocumentMetadata) -> Section {
        let columns = [Table.Column(wording["control.version"]), Table.Column(wording["control.date"]),
                       Table.Column(wording["control.status"]), Table.Column(wording["control.changes"])]
        var rows: [Table.Row] = []
        if let supersedes = spec.supersedes {
            rows.append(Table.Row([
                Table.Cell([.code([.text(supersedes.value)])], header: .row),
                Table.Cell(context.none),
                Table.Cell(context.none),
                Table.Cell([.text(wording["control.previous"])]),
            ]))
        }
        let issued = CoverBuilder.issueDate(spec)
        rows.append(Table.Row([
            Table.Cell(context.value(spec.version), header: .row),
            Table.Cell(issued.map { context.value($0) { $0.longForm } } ?? context.none),
            Table.Cell([.text(Formatting.capitalised(spec.status.value.rawValue))]),
            Table.Cell([.text(spec.supersedes == nil ? wording["control.first"] : wording["control.revision"])]),
        ]))
        var blocks: [Block] = [context.table(caption: wording["control.caption"], columns: columns, role: "document-control", rows: rows)]
        blocks.append(.paragraph(Paragraph(alternativeFormats(metadata: metadata), id: "alternative-formats")))
        return Section(id: "document-control", heading: wording["control.heading"], isNumbered: false, blocks: blocks)
    }

    /// "This document is available in other formats…": whom to ask, by e-mail when the
    /// contact officer has an address.
    private func alternativeFormats(metadata: DocumentMetadata) -> [Inline] {
        var runs: [Inline] = [.text(wording["control.formats"] + " ")]
        if let contact = spec.procurement?.contact, let email = contact.email {
            runs.append(.text(wording["control.formats.ask"] + " "))
            runs.append(.link(.external("mailto:" + email.value), context.value(email)))
            runs.append(.text("."))
        } else if let council = metadata.council {
            runs.append(.text(wording.format("control.formats.council", council)))
        } else {
            runs.append(.text(wording["control.formats.commissioner"]))
        }
        return runs
    }
}
