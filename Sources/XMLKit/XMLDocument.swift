internal import CLibXML2

/// An XML or HTML document held as a libxml2 tree.
///
/// Build one with `XMLDocument(root:namespace:)` or `XMLDocument.html(lang:)`, add
/// content through `root` (an `XMLElement`), and serialise with `xmlData()` or
/// `htmlData()`. libxml2 writes every byte of markup, so any text or attribute value
/// is escaped. A document belongs to one thread at a time; it frees its tree when the
/// last reference (including any `XMLElement` handle) goes away.
public final class XMLDocument {
    /// Whether the document serialises as XML or as HTML5.
    public enum Kind: Sendable, Hashable {
        case xml
        case html
    }

    let pointer: xmlDocPtr
    public let kind: Kind

    /// Takes ownership of a document libxml2 produced (a parse result).
    init(owning pointer: xmlDocPtr, kind: Kind) {
        self.pointer = pointer
        self.kind = kind
    }

    /// A new XML document whose root element is `root`, in `namespace` when given (as the
    /// default namespace: every element added below inherits it).
    public convenience init(root: String, namespace: String? = nil) {
        XMLLibrary.prepareThread()
        guard let doc = xmlNewDoc("1.0") else {
            preconditionFailure("libxml2 could not allocate a document (out of memory)")
        }
        self.init(owning: doc, kind: .xml)
        let node = makeNode(root, namespace: nil)
        if let namespace {
            let ns = xmlNewNs(node, namespace, nil)
            xmlSetNs(node, ns)
        }
        xmlDocSetRootElement(doc, node)
    }

    /// A new HTML5 document: `<!DOCTYPE html>` and an `html` root element with `lang`.
    public static func html(lang: String = "en-GB") -> XMLDocument {
        XMLLibrary.prepareThread()
        guard let doc = htmlNewDocNoDtD(nil, nil) else {
            preconditionFailure("libxml2 could not allocate a document (out of memory)")
        }
        xmlCreateIntSubset(doc, "html", nil, nil)
        let document = XMLDocument(owning: doc, kind: .html)
        let root = document.makeNode("html", namespace: nil)
        xmlDocSetRootElement(doc, root)
        document.root.setAttribute("lang", lang)
        return document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element.
    public var root: XMLElement {
        guard let node = xmlDocGetRootElement(pointer) else {
            preconditionFailure("an XMLDocument always has a root element")
        }
        return XMLElement(document: self, node: node)
    }

    func makeNode(_ name: String, namespace: xmlNsPtr?) -> xmlNodePtr {
        assert(XMLName.isValid(name), "invalid XML name \(name)")
        guard let node = xmlNewDocNode(pointer, namespace, name, nil) else {
            preconditionFailure("libxml2 could not allocate an element (out of memory)")
        }
        return node
    }
}

/// Which strings are XML names and which characters XML 1.0 can hold.
public enum XMLName {
    /// True when `name` is a valid XML name (an element or attribute name, maybe prefixed).
    public static func isValid(_ name: String) -> Bool {
        xmlValidateQName(name, 0) == 0
    }
}

/// The characters XML 1.0 documents may contain.
///
/// libxml2 does not repair text holding other characters (most C0 controls, U+FFFE,
/// U+FFFF): it writes them and the output is then not well-formed. Specification text
/// is checked with these functions before anything is rendered.
public enum XMLCharacters {
    /// `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The characters in `text` an XML 1.0 document cannot hold, with their offsets in
    /// Unicode scalars, in order.
    public static func illegalScalars(in text: String) -> [(offset: Int, scalar: Unicode.Scalar)] {
        var found: [(offset: Int, scalar: Unicode.Scalar)] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isLegal(scalar) {
            found.append((offset, scalar))
        }
        return found
    }
}
