import TenderModel

/// Reads one mapping of a specification: reports keys it does not know (with a
/// suggestion), keys that are required and missing, and applies a `provenance:`
/// key to everything inside the mapping.
///
/// It keeps nothing but the mapping: a key is looked up by comparing its bytes with
/// the mapping's few keys in the tree, so reading an object allocates nothing.
struct ObjectReader {
    let value: YAMLValue
    let what: String
    /// The provenance every value inside inherits.
    let provenance: Provenance
    /// The keys this mapping may hold, besides `provenance`.
    private let keys: [String]

    var location: SourceLocation { value.location }
    var lowerer: Lowerer { value.lowerer }

    /// Nil (with a finding) when the value is not a mapping.
    init?(_ value: YAMLValue, what: String, keys: [String]) {
        value.checkLocalTag()
        let node = value.node
        guard node.isMapping else {
            value.wrongType(expected: "a mapping (\(what))")
            return nil
        }
        self.value = value
        self.what = what
        self.keys = keys
        var provenanceSlot: Int?
        var slot = 0
        let count = node.slotCount
        while slot < count {
            let key = node.child(at: slot)
            defer { slot += 2 }
            guard key.isScalar else {
                value.lowerer.report(LoaderRuleID.schemaWrongType, at: value.lowerer.location(of: key),
                                     "keys in a \(what) must be plain names, not a list or mapping")
                continue
            }
            if key.isScalar("provenance") {
                provenanceSlot = slot
                continue
            }
            if key.isScalar(oneOf: keys) { continue }
            let name = key.string ?? ""
            value.lowerer.report(LoaderRuleID.schemaUnknownKey, at: value.lowerer.location(of: key),
                                 "unknown key `\(name.prefix(80))` in \(what)",
                                 notes: Suggestion.note(for: name, in: keys + ["provenance"]))
        }
        var provenance = value.provenance
        if let provenanceSlot {
            let child = value.child(node.child(at: provenanceSlot + 1))
            if let text = child.text() {
                provenance = text.value == "illustrative" ? .illustrative : .source(text.value)
                if !Identifier.isValid(text.value) {
                    value.lowerer.report(LoaderRuleID.schemaInvalidID, at: text.location,
                                         "provenance must be `illustrative` or the id of a source under `sources:`")
                }
                value.lowerer.noteProvenance(text)
            }
        }
        self.provenance = provenance
    }

    /// The slot of `key`'s key in the mapping's run, when it is written. (A key this
    /// reader does not know was reported at `init` and is never found.)
    private func slot(_ key: String) -> Int? {
        guard let slot = value.node.slot(ofKey: key) else { return nil }
        return key == "provenance" || keys.contains(key) ? slot : nil
    }

    func has(_ key: String) -> Bool { slot(key) != nil }

    /// The value under `key`, or nil when it is absent or null.
    func optional(_ key: String) -> YAMLValue? {
        guard let slot = slot(key) else { return nil }
        let node = value.node.child(at: slot + 1)
        if node.isNull { return nil }
        return YAMLValue(node: node, provenance: provenance, lowerer: lowerer, location: lowerer.location(of: node))
    }

    /// The value under `key`, reporting it when it is absent or null.
    func required(_ key: String) -> YAMLValue? {
        if let child = optional(key) { return child }
        lowerer.report(LoaderRuleID.schemaMissingKey, at: keyLocation(key), "\(what) is missing required key `\(key)`")
        return nil
    }

    /// Where a key is written, for findings about its value as a whole.
    func keyLocation(_ key: String) -> SourceLocation {
        slot(key).map { lowerer.location(of: value.node.child(at: $0)) } ?? location
    }
}
