public import Foundation
import TenderModel
import XMLKit

/// The redline: one HTML5 page with the material changes in a summary table first,
/// then every part of the specification with insertions and deletions marked inline.
public struct Redline: Sendable {
    /// The CSS inlined into the page (`Templates/css/diff.css`).
    public let stylesheet: String
    /// The whole specification with changes marked; otherwise only the changed parts,
    /// each with the rest of the clause or item it is in, so it reads on its own.
    public let full: Bool

    public init(stylesheet: String, full: Bool = false) {
        self.stylesheet = stylesheet
        self.full = full
    }

    public func render(_ diff: SpecificationDiff) throws -> Data {
        let title = "Changes to \(diff.new.title)"
        let (document, main) = DiffHTML.page(title: title, stylesheet: stylesheet)
        let material = diff.materialChanges
        main.addElement("p", text: "From version \(diff.old.version) to version \(diff.new.version): "
            + "\(count(diff.changes.count, "change")), \(material.count) material and "
            + "\(diff.changes.count - material.count) editorial.")
        addSummary(diff.noticeChanges, words: diff.words, to: main)
        let marked = main.addElement("section", attributes: ["aria-labelledby": "marked"])
        marked.addElement("h2", attributes: ["id": "marked"], text: "The specification with changes marked")
        let key = marked.addElement("p", attributes: ["class": "note"])
        key.addText("Inserted text is ")
        key.addElement("ins", text: "underlined")
        key.addText(" and deleted text ")
        key.addElement("del", text: "struck through")
        key.addText(". Each changed item is tagged material or editorial.")
        let classification = Dictionary(diff.changes.map { ($0.keyPath, $0.classification) }, uniquingKeysWith: max)
        let moves = Dictionary(diff.changes.filter { $0.kind == .moved }.map { ($0.keyPath, $0) }, uniquingKeysWith: { a, _ in a })
        let renames = Dictionary(diff.changes.filter { $0.kind == .renamed }.map { ($0.keyPath, $0) }, uniquingKeysWith: { a, _ in a })
        if !full {
            key.addText(" Only the parts that changed are shown, each with the rest of its clause or item; "
                + "tenderpack diff --format html --full shows the whole specification.")
        }
        for var section in RedlineSections.make(diff.rows, full: full) {
            if let absorbed = diff.changes.first(where: { "lots/" + ($0.lot?.id ?? "") == section.id && $0.absorbedInto != nil }),
               let lot = absorbed.absorbedInto {
                section.note = "This service is absorbed into \(lot.description)."
            }
            addSection(section, classification: classification, moves: moves, renames: renames, words: diff.words,
                       to: marked)
        }
        return try document.htmlData()
    }

    private func addSummary(_ changes: [Change], words: BidderWords, to main: XMLElement) {
        let section = main.addElement("section", attributes: ["aria-labelledby": "summary"])
        section.addElement("h2", attributes: ["id": "summary"], text: "Summary of material changes")
        guard !changes.isEmpty else {
            section.addElement("p", text: "No material changes.")
            return
        }
        let body = DiffHTML.table(caption: "Material changes, in the order of the specification",
                                  columns: ["Ref.", "Clause", "Where", "Change", "Was and now"], class: "summary", in: section)
        for (index, change) in changes.enumerated() {
            let row = body.addElement("tr")
            row.addElement("td", text: ChangeReference.make(index + 1))
            row.addElement("td", text: words.citation(change))
            row.addElement("th", attributes: ["scope": "row"], text: words.path(change))
            row.addElement("td", text: ClauseText.kind(change))
            let values = row.addElement("td")
            let old = words.value(change, new: false), new = words.value(change, new: true)
            if change.kind == .moved || change.kind == .renamed {
                values.addText(change.kind == .renamed ? (change.note ?? "") : "\(old ?? "") → \(new ?? "")")
            } else if let lot = change.absorbedInto {
                values.addElement("del", text: old ?? "")
                values.addText(" → absorbed into \(lot.description)")
            } else {
                DiffHTML.addValues(old: old, new: new, prose: change.isProse, to: values)
                if let note = change.note { values.addElement("span", attributes: ["class": "note"], text: " (\(note))") }
            }
            if change.illustrative { values.addElement("span", attributes: ["class": "illustrative"], text: " (illustrative)") }
        }
    }

    private func addSection(_ section: RedlineSections.Section, classification: [String: Classification],
                            moves: [String: Change], renames: [String: Change], words: BidderWords,
                            to parent: XMLElement) {
        let element = parent.addElement("section", attributes: ["aria-labelledby": section.anchor])
        element.addElement("h3", attributes: ["id": section.anchor], text: section.heading)
        if let note = section.note { element.addElement("p", attributes: ["class": "note"], text: note) }
        let body = DiffHTML.table(caption: section.heading, columns: ["Item", "Text", "Change"], class: "redline", in: element)
        for row in section.rows {
            let record = row.record
            let tr = body.addElement("tr", attributes: ["class": row.moved ? "moved" : row.status.rawValue])
            tr.addElement("th", attributes: ["scope": "row"], text: section.label(for: record, words: words))
            let cell = tr.addElement("td")
            let tag = tr.addElement("td")
            if row.renamed && !row.moved {
                cell.addText(record.display)
                let change = renames[record.keyPath]
                cell.addElement("span", attributes: ["class": "note"], text: " (\(change?.note ?? "renamed"))")
                addTag(change?.classification ?? .editorial, to: tag)
                continue
            }
            if row.moved {
                cell.addText(record.display)
                let change = moves[record.keyPath]
                cell.addElement("span", attributes: ["class": "note"], text: " (moved from \(change?.old ?? "") to \(change?.new ?? ""))")
                addTag(change?.classification ?? .editorial, to: tag)
                continue
            }
            let old = row.old.map { words.value(of: $0, new: false) }, new = row.new.map { words.value(of: $0, new: true) }
            switch row.status {
            case .same: cell.addText(new ?? record.display)
            case .added: DiffHTML.addValues(old: nil, new: new, prose: false, to: cell)
            case .removed: DiffHTML.addValues(old: old, new: nil, prose: false, to: cell)
            case .changed: DiffHTML.addValues(old: old, new: new, prose: record.isProse, to: cell)
            }
            if record.provenance.isIllustrative {
                cell.addElement("span", attributes: ["class": "illustrative"], text: " (illustrative)")
            }
            if row.status != .same {
                let level = classification[record.keyPath] ?? classification[row.old?.keyPath ?? ""]
                    ?? ClassificationTable.classify(record.fieldKey)
                addTag(level, to: tag)
            }
        }
    }

    private func addTag(_ classification: Classification, to cell: XMLElement) {
        cell.addElement("span", attributes: ["class": "tag \(classification.rawValue)"], text: classification.rawValue)
    }

    private func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// How a change's clause and kind read in the HTML documents.
enum ClauseText {
    static func reference(_ change: Change) -> String {
        guard let reference = change.reference else { return "—" }
        if let old = change.oldReference { return "\(reference) (was \(old))" }
        return reference
    }

    static func kind(_ change: Change) -> String {
        switch change.kind {
        case .added: return "Added"
        case .removed: return change.absorbedInto == nil ? "Removed" : "Absorbed"
        case .changed: return "Changed"
        case .moved: return "Moved"
        case .renamed: return "Renamed"
        }
    }
}

/// The rows of a redline, grouped into the parts of a specification.
enum RedlineSections {
    struct Section {
        var id: String
        var heading: String
        var note: String?
        var rows: [SpecificationDiff.Row] = []
        /// Path components the heading already says.
        var stripsFirst: Bool

        var anchor: String { "part-" + id.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined() }

        func label(for record: FieldRecord, words: BidderWords) -> String {
            var path = words.path(record.pathDescription, key: record.key).components(separatedBy: " · ")
            if stripsFirst, path.count > 1 { path.removeFirst() }
            if path.first?.hasPrefix("Timeline · ") == true, let first = path.first {
                path[0] = String(first.dropFirst("Timeline · ".count))
            }
            return path.joined(separator: " · ")
        }
    }

    static let titles: [String: String] = [
        "id": "About this specification", "title": "About this specification", "version": "About this specification",
        "status": "About this specification", "supersedes": "About this specification",
        "commissioner": "About this specification", "maximumSupportDuration": "About this specification",
        "sources": "Sources", "partners": "Partners", "funding": "Funding", "areas": "Areas", "timeline": "Timeline",
        "background": "Background", "aims": "Aims", "currentServices": "Current services",
        "consultation": "Consultation", "outcomeFramework": "Outcome framework", "evaluation": "Evaluation",
        "contract": "Contract", "howToRespond": "How to respond",
    ]

    /// The element a value is read with: the nearest element above it (a requirement,
    /// a milestone), but not a whole lot or stage.
    static func owner(_ key: [String]) -> String? {
        var length = key.count - 1
        if length % 2 == 1 { length -= 1 }
        let least = key.first == "lots" || key.first == "stages" ? 4 : 2
        guard length >= least else { return nil }
        return key[..<length].joined(separator: "/")
    }

    static func make(_ rows: [SpecificationDiff.Row], full: Bool = true) -> [Section] {
        var context = Set<String>()
        if !full {
            for row in rows where row.status != .same || row.moved || row.renamed {
                if let owner = owner(row.record.key) { context.insert(owner) }
                if row.record.role == .element { context.insert(row.record.keyPath) }
            }
        }
        var sections: [String: Section] = [:]
        var order: [String] = []
        for row in rows {
            let record = row.record
            guard let first = record.key.first else { continue }
            let id: String
            if (first == "lots" || first == "stages"), record.key.count >= 2 {
                id = first + "/" + record.key[1]
            } else {
                id = titles[first] ?? first
            }
            if sections[id] == nil {
                order.append(id)
                sections[id] = Section(id: id, heading: titles[first] ?? first, note: nil,
                                       stripsFirst: ["lots", "stages", "evaluation", "contract", "consultation",
                                                     "outcomeFramework", "funding"].contains(first))
            }
            if record.role == .element, record.key.count == 2, first == "lots" || first == "stages" {
                let heading = "\(record.path.first ?? ""): \(record.display)"
                sections[id]?.heading = heading
                if row.status == .added { sections[id]?.heading = heading + " (new)" }
                if row.status == .removed { sections[id]?.heading = heading + " (removed)" }
            }
            if record.role == .element && !row.moved && !row.renamed { continue }
            // The specification's own id and the id it supersedes are the tool's, not the bidder's.
            if !full, record.fieldKey == "id" || record.fieldKey == "supersedes" { continue }
            if !full, row.status == .same, !row.moved, !row.renamed,
               !(owner(record.key).map(context.contains) ?? false) { continue }
            sections[id]?.rows.append(row)
        }
        return order.compactMap { sections[$0] }.filter { !$0.rows.isEmpty }
    }
}
