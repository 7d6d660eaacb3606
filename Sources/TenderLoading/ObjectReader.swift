import TenderModel
import Yams

/// Reads one mapping of a specification: reports keys it does not know (with a
/// suggestion), keys that are required and missing, and applies a `provenance:`
/// key to everything inside the mapping.
struct ObjectReader {
    let value: YAMLValue
    let what: String
    /// The provenance every value inside inherits.
    let provenance: Provenance
    private let entries: [String: (key: Node, value: Node)]

    var location: SourceLocation { value.location }
    var lowerer: Lowerer { value.lowerer }

    /// Nil (with a finding) when the value is not a mapping.
    init?(_ value: YAMLValue, what: String, keys: [String]) {
        value.checkLocalTag()
        guard case .mapping(let mapping) = value.node else {
            value.wrongType(expected: "a mapping (\(what))")
            return nil
        }
        self.value = value
        self.what = what
        let known = keys + ["provenance"]
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, item) in mapping {
            let keyLocation = value.lowerer.location(of: key, fallback: value.location)
            guard case .scalar(let scalar) = key else {
                value.lowerer.report(LoaderRuleID.schemaWrongType, at: keyLocation,
                                     "keys in a \(what) must be plain names, not a list or mapping")
                continue
            }
            guard known.contains(scalar.string) else {
                value.lowerer.report(LoaderRuleID.schemaUnknownKey, at: keyLocation,
                                     "unknown key `\(scalar.string.prefix(80))` in \(what)",
                                     notes: Suggestion.note(for: scalar.string, in: known))
                continue
            }
            entries[scalar.string] = (key, item)
        }
        self.entries = entries
        var provenance = value.provenance
        if let entry = entries["provenance"] {
            let child = value.child(entry.value)
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

    func has(_ key: String) -> Bool { entries[key] != nil }

    /// The value under `key`, or nil when it is absent or null.
    func optional(_ key: String) -> YAMLValue? {
        guard let entry = entries[key] else { return nil }
        let child = YAMLValue(node: entry.value, provenance: provenance, lowerer: lowerer,
                              location: lowerer.location(of: entry.value, fallback: location))
        return child.isNull ? nil : child
    }

    /// The value under `key`, reporting it when it is absent or null.
    func required(_ key: String) -> YAMLValue? {
        if let child = optional(key) { return child }
        let at = entries[key].map { lowerer.location(of: $0.key, fallback: location) } ?? location
        lowerer.report(LoaderRuleID.schemaMissingKey, at: at, "\(what) is missing required key `\(key)`")
        return nil
    }

    /// Where a key is written, for findings about its value as a whole.
    func keyLocation(_ key: String) -> SourceLocation {
        entries[key].map { lowerer.location(of: $0.key, fallback: location) } ?? location
    }
}
