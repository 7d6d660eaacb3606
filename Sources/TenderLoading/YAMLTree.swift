public import TenderModel

/// A YAML document as TenderPack reads it: one flat array of nodes, built in one pass
/// over libyaml's event stream (YAMLEventReader). A node is a scalar (its decoded
/// bytes, its style), a list or a mapping (a run of child indices; a mapping's run
/// holds key, value, key, value…), with the tag written on it and where it starts.
/// An alias is not a node of its own: its parent's run holds the anchored node, as a
/// composer that shares nodes would, so an aliased value is located at its anchor.
public final class YAMLTree: Sendable {
    /// How a scalar was written: only plain scalars can be null, numbers or flags.
    public enum ScalarStyle: UInt8, Sendable {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    struct Entry {
        var kind: Kind
        var style: ScalarStyle
        /// 0: no tag; 1: `!illustrative`; 2: another tag, in `otherTags`.
        var tag: UInt8
        /// 1-based, counted in characters as libyaml counts them.
        var line: Int32
        var column: Int32
        /// A scalar: its first byte in `bytes`; a collection: its first slot in `children`.
        var start: Int32
        /// A scalar: its length in bytes; a collection: its slots (two per mapping entry).
        var count: Int32
    }

    let entries: [Entry]
    let children: [Int32]
    let bytes: [UInt8]
    let otherTags: [Int32: String]
    let root: Int32
    /// How many aliases the document uses: nonzero means its expansion must be bounded.
    let aliasCount: Int

    init(entries: [Entry] = [], children: [Int32] = [], bytes: [UInt8] = [], otherTags: [Int32: String] = [:],
         root: Int32 = -1, aliasCount: Int = 0) {
        self.entries = entries
        self.children = children
        self.bytes = bytes
        self.otherTags = otherTags
        self.root = root
        self.aliasCount = aliasCount
    }

    /// The document's top node, or nil when the stream holds no document.
    public var rootNode: YAMLNode? { root < 0 ? nil : YAMLNode(tree: self, index: root) }
}

/// One node of a `YAMLTree`.
public struct YAMLNode: @unchecked Sendable {
    public let tree: YAMLTree
    let index: Int32

    init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    var entry: YAMLTree.Entry { tree.entries[Int(index)] }

    public var kind: YAMLTree.Kind { entry.kind }
    public var isScalar: Bool { entry.kind == .scalar }
    public var isSequence: Bool { entry.kind == .sequence }
    public var isMapping: Bool { entry.kind == .mapping }

    /// Where the node starts: 1-based line and column (characters).
    public var line: Int { Int(entry.line) }
    public var column: Int { Int(entry.column) }

    public func location(in file: String) -> SourceLocation {
        let entry = self.entry
        return SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
    }

    /// The scalar's style; `.any` for a list or mapping.
    public var style: YAMLTree.ScalarStyle { entry.style }

    /// The tag as written (`!illustrative`), or "" when none is.
    public var tag: String {
        switch entry.tag {
        case 0: ""
        case 1: "!illustrative"
        default: tree.otherTags[index] ?? ""
        }
    }

    var isIllustrative: Bool { entry.tag == 1 }

    /// The scalar's text, or nil for a list or mapping.
    public var string: String? {
        let entry = self.entry
        guard entry.kind == .scalar else { return nil }
        return tree.text(entry)
    }

    /// The scalar's length in bytes (0 for a list or mapping).
    var byteCount: Int { entry.kind == .scalar ? Int(entry.count) : 0 }

    /// Whether this is a scalar whose text is `text`, without making a String.
    public func isScalar(_ text: String) -> Bool {
        let entry = self.entry
        guard entry.kind == .scalar else { return false }
        return tree.bytesEqual(entry, text)
    }

    /// A plain scalar that YAML reads as null: empty, `~`, `null`, `Null` or `NULL`.
    public var isNull: Bool {
        let entry = self.entry
        guard entry.kind == .scalar, entry.style == .plain else { return false }
        switch entry.count {
        case 0: return true
        case 1: return tree.bytes[Int(entry.start)] == UInt8(ascii: "~")
        case 4: return tree.bytesEqual(entry, "null") || tree.bytesEqual(entry, "Null") || tree.bytesEqual(entry, "NULL")
        default: return false
        }
    }

    /// A list's items, or nil when this is not a list.
    public var sequence: [YAMLNode]? {
        let entry = self.entry
        guard entry.kind == .sequence else { return nil }
        return (0..<Int(entry.count)).map { YAMLNode(tree: tree, index: tree.children[Int(entry.start) + $0]) }
    }

    /// A list's number of items (0 for anything else).
    public var sequenceCount: Int {
        let entry = self.entry
        return entry.kind == .sequence ? Int(entry.count) : 0
    }

    /// A mapping's entries in order, or nil when this is not a mapping.
    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        let entry = self.entry
        guard entry.kind == .mapping else { return nil }
        return stride(from: 0, to: Int(entry.count), by: 2).map { slot in
            let at = Int(entry.start) + slot
            return (YAMLNode(tree: tree, index: tree.children[at]), YAMLNode(tree: tree, index: tree.children[at + 1]))
        }
    }

    /// Whether this is a mapping with a scalar key `key`.
    public func hasKey(_ key: String) -> Bool {
        let entry = self.entry
        guard entry.kind == .mapping else { return false }
        var slot = Int(entry.start)
        let end = slot + Int(entry.count)
        while slot < end {
            let keyEntry = tree.entries[Int(tree.children[slot])]
            if keyEntry.kind == .scalar, tree.bytesEqual(keyEntry, key) { return true }
            slot += 2
        }
        return false
    }

    /// The slot of the scalar key `key` in a mapping's run (its value is at the next
    /// slot), or nil.
    func slot(ofKey key: String) -> Int? {
        let entry = self.entry
        guard entry.kind == .mapping else { return nil }
        let length = key.utf8.count
        let start = Int(entry.start)
        for slot in stride(from: 0, to: Int(entry.count), by: 2) {
            let keyEntry = tree.entries[Int(tree.children[start + slot])]
            if keyEntry.kind == .scalar, Int(keyEntry.count) == length, tree.bytesEqual(keyEntry, key) { return slot }
        }
        return nil
    }

    /// Whether this is a scalar whose text is one of `texts`.
    func isScalar(oneOf texts: [String]) -> Bool {
        let entry = self.entry
        guard entry.kind == .scalar else { return false }
        let length = Int(entry.count)
        for text in texts where text.utf8.count == length && tree.bytesEqual(entry, text) { return true }
        return false
    }

    /// The child at `slot` of a collection's run (for mappings: 2·i is a key, 2·i+1 its value).
    func child(at slot: Int) -> YAMLNode {
        YAMLNode(tree: tree, index: tree.children[Int(entry.start) + slot])
    }

    /// The number of slots in a collection's run.
    var slotCount: Int {
        let entry = self.entry
        return entry.kind == .scalar ? 0 : Int(entry.count)
    }
}

extension YAMLTree {
    func text(_ entry: Entry) -> String {
        let start = Int(entry.start)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + Int(entry.count)]), as: UTF8.self)
        }
    }

    func bytesEqual(_ entry: Entry, _ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == Int(entry.count) else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var at = Int(entry.start)
            for byte in utf8 {
                if buffer[at] != byte { return false }
                at += 1
            }
            return true
        }
    }

    func bytesEqual(_ a: Entry, _ b: Entry) -> Bool {
        guard a.count == b.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let x = Int(a.start), y = Int(b.start)
            for i in 0..<Int(a.count) where buffer[x + i] != buffer[y + i] { return false }
            return true
        }
    }
}
