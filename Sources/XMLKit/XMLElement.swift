internal import CLibXML2

/// A handle on one element of an `XMLDocument`; it keeps its document alive.
///
/// Text and attribute values are stored as text and escaped by libxml2 when the
/// document is serialised: `<script>`, `&`, quotes and `]]>` come out as characters,
/// never as markup.
public struct XMLElement {
    public let document: XMLDocument
    let node: xmlNodePtr

    init(document: XMLDocument, node: xmlNodePtr) {
        self.document = document
        self.node = node
    }

    /// The element's local name.
    public var name: String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The namespace URI of the element, if any.
    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    // MARK: Building

    /// Appends a child element in the same namespace as this one.
    @discardableResult
    public func addElement(_ name: String) -> XMLElement {
        let child = document.makeNode(name, namespace: node.pointee.ns)
        xmlAddChild(node, child)
        return XMLElement(document: document, node: child)
    }

    /// Appends a child element holding `text`.
    @discardableResult
    public func addElement(_ name: String, text: String) -> XMLElement {
        let child = addElement(name)
        child.addText(text)
        return child
    }

    /// Appends a child element with attributes (in the order given) and optional text.
    @discardableResult
    public func addElement(_ name: String, attributes: KeyValuePairs<String, String>,
                           text: String? = nil) -> XMLElement {
        let child = addElement(name)
        for (key, value) in attributes { child.setAttribute(key, value) }
        if let text { child.addText(text) }
        return child
    }

    /// Appends text; adjacent text nodes are merged by libxml2.
    public func addText(_ text: String) {
        guard !text.isEmpty, let textNode = xmlNewDocText(document.pointer, text) else { return }
        if xmlAddChild(node, textNode) == nil { xmlFreeNode(textNode) }
    }

    /// Sets (or replaces) an attribute; the value is escaped on output.
    public func setAttribute(_ name: String, _ value: String) {
        assert(XMLName.isValid(name), "invalid attribute name \(name)")
        xmlSetProp(node, name, value)
    }

    /// Appends a comment. A `--` (not allowed in an XML comment) becomes `- -`.
    public func addComment(_ text: String) {
        var safe = ""
        var previousWasDash = false
        for character in text {
            if character == "-" && previousWasDash { safe.append(" ") }
            safe.append(character)
            previousWasDash = character == "-"
        }
        if previousWasDash { safe.append(" ") }
        guard let comment = xmlNewDocComment(document.pointer, safe) else { return }
        if xmlAddChild(node, comment) == nil { xmlFreeNode(comment) }
    }

    // MARK: Reading

    /// The value of an attribute without a namespace, or nil.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { tp_xmlFree(value) }
        return String(cString: value)
    }

    /// All text inside the element, entity references left as they are.
    public var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { tp_xmlFree(content) }
        return String(cString: content)
    }

    /// The child elements, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(document: document, node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    /// Descendant elements (not this one) with a local name, in document order.
    public func descendants(named name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        var stack = children.reversed() as [XMLElement]
        while let element = stack.popLast() {
            if element.name == name { result.append(element) }
            stack.append(contentsOf: element.children.reversed())
        }
        return result
    }
}
