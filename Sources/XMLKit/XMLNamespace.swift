internal import CLibXML2

/// A namespace prefix and its URI, for documents whose elements and attributes come
/// from several vocabularies at once (ODF's `office:`, `text:`, `style:`…, WordprocessingML's `w:`).
public struct XMLNamespace: Sendable, Hashable {
    public var prefix: String
    public var uri: String

    public init(_ prefix: String, _ uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}

extension XMLDocument {
    /// A new XML document whose root is the prefixed name `root` (`office:document-content`),
    /// declaring every namespace of `namespaces` on the root, in the order given (so the
    /// bytes are the same on every run). Elements and attributes below are named with
    /// those prefixes through `addChild(_:)` and `setQualifiedAttribute(_:_:)`.
    public convenience init(qualifiedRoot root: String, declaring namespaces: [XMLNamespace]) {
        XMLLibrary.prepareThread()
        guard let doc = xmlNewDoc("1.0") else {
            preconditionFailure("libxml2 could not allocate a document (out of memory)")
        }
        self.init(owning: doc, kind: .xml)
        let (prefix, local) = XMLNamespace.split(root)
        let node = makeNode(local, namespace: nil)
        xmlDocSetRootElement(doc, node)
        for namespace in namespaces {
            let declared = xmlNewNs(node, namespace.uri, namespace.prefix.isEmpty ? nil : namespace.prefix)
            if namespace.prefix == (prefix ?? "") { xmlSetNs(node, declared) }
        }
        assert(prefix == nil || node.pointee.ns != nil, "undeclared namespace prefix in \(root)")
    }
}

extension XMLNamespace {
    /// `text:p` -> ("text", "p"); `p` -> (nil, "p").
    static func split(_ name: String) -> (prefix: String?, local: String) {
        guard let colon = name.firstIndex(of: ":") else { return (nil, name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}

extension XMLElement {
    /// The namespace bound to `prefix` here (declared on this element or an ancestor).
    private func namespace(prefix: String?) -> xmlNsPtr? {
        xmlSearchNs(document.pointer, node, prefix)
    }

    /// Appends a child element named with a prefix declared on the root (`text:p`); an
    /// unprefixed name takes the default namespace, if one is declared.
    @discardableResult
    public func addChild(_ qualifiedName: String) -> XMLElement {
        let (prefix, local) = XMLNamespace.split(qualifiedName)
        let ns = namespace(prefix: prefix)
        assert(prefix == nil || ns != nil, "undeclared namespace prefix in \(qualifiedName)")
        let child = document.makeNode(local, namespace: ns)
        xmlAddChild(node, child)
        return XMLElement(document: document, node: child)
    }

    /// Appends a prefixed child with prefixed attributes (in the order given) and optional text.
    @discardableResult
    public func addChild(_ qualifiedName: String, _ attributes: KeyValuePairs<String, String> = [:],
                         text: String? = nil) -> XMLElement {
        let child = addChild(qualifiedName)
        for (key, value) in attributes { child.setQualifiedAttribute(key, value) }
        if let text { child.addText(text) }
        return child
    }

    /// Sets an attribute named with a declared prefix (`text:style-name`, `xml:space`);
    /// an unprefixed name is an attribute in no namespace.
    public func setQualifiedAttribute(_ qualifiedName: String, _ value: String) {
        let (prefix, local) = XMLNamespace.split(qualifiedName)
        guard let prefix else {
            setAttribute(local, value)
            return
        }
        let ns = namespace(prefix: prefix)
        assert(ns != nil, "undeclared namespace prefix in \(qualifiedName)")
        xmlSetNsProp(node, ns, local, value)
    }

    /// Inserts a prefixed child element before every other child (an anchor at the start
    /// of a paragraph that is already written).
    @discardableResult
    public func insertFirstChild(_ qualifiedName: String, _ attributes: KeyValuePairs<String, String> = [:]) -> XMLElement {
        let child = addChild(qualifiedName, attributes)
        if let first = node.pointee.children, first != child.node {
            xmlUnlinkNode(child.node)
            xmlAddPrevSibling(first, child.node)
        }
        return child
    }
}
