public import Foundation
import TenderModel
public import XMLKit

/// The bidder-facing clarification notice: every material change with its clause
/// reference and its old and new wording, as HTML to publish and as XML for
/// machines (valid against `Templates/schema/clarification-notice.xsd`).
///
/// Under section 31 of the Procurement Act 2023, tender documents changed before the
/// deadline must be republished and every participating supplier told: this is that
/// message, generated from the specifications themselves.
public struct ClarificationNotice: Sendable {
    /// The XML namespace of the notice, versioned with its schema.
    public static let namespace = "urn:tenderpack:clarification-notice:1"
    /// Where the schema sits under the templates folder.
    public static let schemaPath = "schema/clarification-notice.xsd"

    /// The CSS inlined into the page (`Templates/css/diff.css`).
    public let stylesheet: String

    public init(stylesheet: String) {
        self.stylesheet = stylesheet
    }

    public func html(_ diff: SpecificationDiff) throws -> Data {
        let changes = diff.noticeChanges
        let words = diff.words
        let (document, main) = DiffHTML.page(title: "Clarification notice: \(diff.new.title)", stylesheet: stylesheet)
        // The heading a council publishes: who, which procurement, which notice, when.
        let facts = main.addElement("dl", attributes: ["class": "notice-facts"])
        func fact(_ term: String, _ value: String?) {
            guard let value else { return }
            facts.addElement("dt", text: term)
            facts.addElement("dd", text: value)
        }
        fact("Council", words.council)
        fact("Procurement reference", words.reference)
        fact("Find a Tender notice", words.findATenderNotice)
        fact("Clarification notice number", words.noticeNumber)
        fact("Issue date", words.issued ?? "not stated in the specification")
        fact("Documents", "version \(diff.old.version) revised as version \(diff.new.version)")
        main.addElement("p", text: "This notice tells every supplier taking part in this procurement of changes to "
            + "the specification \"\(diff.new.title)\" between version \(diff.old.version) and "
            + "version \(diff.new.version). The revised documents are republished with it.")
        guard !changes.isEmpty else {
            main.addElement("p", text: "The changes between these versions are editorial only: nothing you would "
                + "price or propose has changed.")
            return try document.htmlData()
        }
        main.addElement("p", text: "The \(changes.count == 1 ? "change" : "\(changes.count) changes") below may affect "
            + "what you price or propose. Please take \(changes.count == 1 ? "it" : "them") into account in your tender, "
            + "and quote a change's reference (for example \(ChangeReference.make(1))) in any clarification question "
            + "about it. Editorial changes (wording, order, background) are not listed.")
        if changes.contains(where: \.illustrative) {
            main.addElement("p", attributes: ["class": "note"], text: "Values marked (illustrative) are examples the "
                + "council has not confirmed, as in the tender pack: do not rely on them.")
        }
        let section = main.addElement("section", attributes: ["aria-labelledby": "changes"])
        section.addElement("h2", attributes: ["id": "changes"], text: "Changes")
        let body = DiffHTML.table(caption: "Material changes to the specification",
                                  columns: ["Ref.", "Clause", "Where", "Change", "Previous wording", "New wording"],
                                  class: "notice", in: section)
        for (index, change) in changes.enumerated() {
            let reference = ChangeReference.make(index + 1)
            let row = body.addElement("tr", attributes: ["id": reference])
            row.addElement("td", text: reference)
            row.addElement("td", text: words.citation(change))
            row.addElement("th", attributes: ["scope": "row"], text: words.path(change))
            row.addElement("td", text: ClauseText.kind(change))
            let previous = row.addElement("td")
            let revised = row.addElement("td")
            let old = words.value(change, new: false), new = words.value(change, new: true)
            if change.kind == .moved {
                previous.addText(old ?? "")
                revised.addText(new ?? "")
            } else if change.kind == .renamed {
                previous.addText("The same item, identified differently")
                revised.addText(change.note ?? "")
            } else if let lot = change.absorbedInto {
                previous.addText(old ?? "")
                revised.addText("Absorbed into \(lot.description)")
            } else if change.kind == .changed, change.isProse, let old, let new {
                previous.addText(old)
                DiffHTML.addValues(old: old, new: new, prose: true, to: revised)
            } else {
                previous.addText(old ?? "—")
                revised.addText(new ?? "—")
                if let note = change.note { revised.addElement("span", attributes: ["class": "note"], text: " (\(note))") }
            }
            if change.illustrative {
                (change.kind == .removed ? previous : revised)
                    .addElement("span", attributes: ["class": "illustrative"], text: " (illustrative)")
            }
            if change.illustrativeBefore {
                previous.addElement("span", attributes: ["class": "illustrative"], text: " (illustrative)")
            }
        }
        return try document.htmlData()
    }

    /// The notice as XML; with a schema, validated before it is returned.
    public static func xml(_ diff: SpecificationDiff, schema: XMLSchema?) throws -> Data {
        let document = XMLDocument(root: "clarificationNotice", namespace: Self.namespace)
        let root = document.root
        root.setAttribute("specification", diff.new.id)
        root.setAttribute("fromVersion", diff.old.version)
        root.setAttribute("toVersion", diff.new.version)
        root.addElement("title", text: diff.new.title)
        let words = diff.words
        if let council = words.council { root.addElement("council", text: council) }
        if let reference = words.reference { root.addElement("procurementReference", text: reference) }
        if let notice = words.findATenderNotice { root.addElement("findATenderNotice", text: notice) }
        root.addElement("noticeNumber", text: words.noticeNumber)
        if let issued = words.issued { root.addElement("issued", text: issued) }
        let list = root.addElement("changes")
        for (index, change) in diff.noticeChanges.enumerated() {
            let element = list.addElement("change")
            element.setAttribute("number", String(index + 1))
            element.setAttribute("reference", ChangeReference.make(index + 1))
            if change.illustrative { element.setAttribute("illustrative", "true") }
            element.setAttribute("kind", change.kind.rawValue)
            element.setAttribute("field", change.fieldKey)
            element.setAttribute("fingerprint", change.fingerprint)
            element.addElement("clause", text: words.citation(change))
            if let reference = change.reference { element.addElement("reference", text: reference) }
            if let reference = change.oldReference { element.addElement("previousReference", text: reference) }
            if let lot = change.lot { addLot(lot, named: "lot", to: element) }
            element.addElement("path", text: words.path(change))
            element.addElement("key", text: change.keyPath)
            if let old = words.value(change, new: false) { element.addElement("previous", text: old) }
            if let new = words.value(change, new: true) { element.addElement("revised", text: new) }
            if let note = change.note { element.addElement("note", text: note) }
            if let lot = change.absorbedInto { addLot(lot, named: "absorbedInto", to: element) }
        }
        if let schema { try schema.assertValid(document) }
        return try document.xmlData()
    }

    private static func addLot(_ lot: Change.LotSummary, named name: String, to element: XMLElement) {
        element.addElement(name, attributes: ["id": lot.id, "number": String(lot.number)], text: lot.title)
    }
}
