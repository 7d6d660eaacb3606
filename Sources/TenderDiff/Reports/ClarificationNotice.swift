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
        let changes = diff.materialChanges
        let (document, main) = DiffHTML.page(title: "Clarification notice: \(diff.new.title)", stylesheet: stylesheet)
        main.addElement("p", text: "This notice tells every supplier taking part in this procurement of changes to "
            + "the specification \"\(diff.new.title)\" (\(diff.new.id)) between version \(diff.old.version) and "
            + "version \(diff.new.version). The revised documents are republished with it.")
        guard !changes.isEmpty else {
            main.addElement("p", text: "The changes between these versions are editorial only: nothing you would "
                + "price or propose has changed.")
            return try document.htmlData()
        }
        main.addElement("p", text: "The \(changes.count == 1 ? "change" : "\(changes.count) changes") below may affect "
            + "what you price or propose. Please take \(changes.count == 1 ? "it" : "them") into account in your tender. "
            + "Editorial changes (wording, order, background) are not listed.")
        let section = main.addElement("section", attributes: ["aria-labelledby": "changes"])
        section.addElement("h2", attributes: ["id": "changes"], text: "Changes")
        let body = DiffHTML.table(caption: "Material changes to the specification",
                                  columns: ["No.", "Clause", "Section", "Change", "Previous wording", "New wording"],
                                  class: "notice", in: section)
        for (index, change) in changes.enumerated() {
            let row = body.addElement("tr", attributes: ["id": "change-\(index + 1)"])
            row.addElement("td", text: String(index + 1))
            row.addElement("td", text: ClauseText.reference(change))
            row.addElement("th", attributes: ["scope": "row"], text: change.path)
            row.addElement("td", text: ClauseText.kind(change))
            let previous = row.addElement("td")
            let revised = row.addElement("td")
            if change.kind == .moved {
                previous.addText(change.old ?? "")
                revised.addText(change.new ?? "")
            } else if let lot = change.absorbedInto {
                previous.addText(change.old ?? "")
                revised.addText("Absorbed into \(lot.description)")
            } else if change.kind == .changed, change.isProse, let old = change.old, let new = change.new {
                previous.addText(old)
                DiffHTML.addValues(old: old, new: new, prose: true, to: revised)
            } else {
                previous.addText(change.old ?? "—")
                revised.addText(change.new ?? "—")
            }
        }
        let references = main.addElement("section", attributes: ["aria-labelledby": "references"])
        references.addElement("h2", attributes: ["id": "references"], text: "Change references")
        references.addElement("p", text: "Quote a change's reference in any clarification question about it.")
        let list = references.addElement("ol", attributes: ["class": "references"])
        for change in changes { list.addElement("li").addElement("code", text: change.fingerprint) }
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
        root.addElement("previousFile", text: diff.old.file)
        root.addElement("revisedFile", text: diff.new.file)
        let list = root.addElement("changes")
        for (index, change) in diff.materialChanges.enumerated() {
            let element = list.addElement("change")
            element.setAttribute("number", String(index + 1))
            element.setAttribute("kind", change.kind.rawValue)
            element.setAttribute("field", change.fieldKey)
            element.setAttribute("fingerprint", change.fingerprint)
            if let reference = change.reference { element.addElement("reference", text: reference) }
            if let reference = change.oldReference { element.addElement("previousReference", text: reference) }
            if let lot = change.lot { addLot(lot, named: "lot", to: element) }
            element.addElement("path", text: change.path)
            element.addElement("key", text: change.keyPath)
            if let old = change.old { element.addElement("previous", text: old) }
            if let new = change.new { element.addElement("revised", text: new) }
            if let lot = change.absorbedInto { addLot(lot, named: "absorbedInto", to: element) }
        }
        if let schema { try schema.assertValid(document) }
        return try document.xmlData()
    }

    private static func addLot(_ lot: Change.LotSummary, named name: String, to element: XMLElement) {
        element.addElement(name, attributes: ["id": lot.id, "number": String(lot.number)], text: lot.title)
    }
}
