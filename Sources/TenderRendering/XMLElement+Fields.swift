import TenderModel
internal import XMLKit
internal import TenderDocument

/// Writing model values into the canonical XML: every value is an element of its own
/// so that it can say it is illustrative (`illustrative="true"`).
extension XMLElement {
    @discardableResult
    func addField<T>(_ name: String, _ field: Field<T>?, _ format: (T) -> String) -> XMLElement? {
        guard let field else { return nil }
        let element = addElement(name, text: format(field.value))
        if field.provenance.isIllustrative { element.setAttribute("illustrative", "true") }
        return element
    }

    @discardableResult
    func addField(_ name: String, _ field: Field<String>?) -> XMLElement? {
        addField(name, field) { $0 }
    }

    @discardableResult
    func addField(_ name: String, _ field: Field<Double>?) -> XMLElement? {
        addField(name, field, Formatting.number)
    }

    func addFields(_ name: String, _ fields: [Field<String>]) {
        for field in fields { addField(name, field) }
    }

    /// An element for a clause: `<name id="…">text</name>`.
    func addClause(_ name: String, _ clause: Clause) {
        let element = addElement(name, text: clause.text.value)
        element.setAttribute("id", clause.id.value)
        if clause.text.provenance.isIllustrative { element.setAttribute("illustrative", "true") }
    }

    /// A list wrapper, written only when there is something to list.
    func addList<T>(_ name: String, _ items: [T], _ body: (XMLElement, T) -> Void) {
        guard !items.isEmpty else { return }
        let list = addElement(name)
        for item in items { body(list, item) }
    }
}
