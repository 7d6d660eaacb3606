/// One value of a specification, reached by walking the whole model: its readable
/// path ("Lot 2 · Support intensity · maximum hours"), where it was written, where it
/// comes from, and its text when it is text.
///
/// Besides the readable path, each record has a stable `key` made of schema names and
/// ids (never positions, except for paragraphs, which have no ids) and a schema
/// `fieldKey` ("lots.requirements.strength"), so that two versions of a specification
/// can be matched element by element and each value classified by what it is.
public struct FieldRecord: Sendable, Hashable {
    /// What a record stands for.
    public enum Role: String, Sendable, Hashable {
        /// A single value: a title, a number of hours, a requirement's text.
        case value
        /// An element of a list with an id (a lot, a requirement, a milestone): its
        /// `display` summarises it. Only in `structuredFields()`.
        case element
        /// A member of a list of ids or codes, keyed by its value (a lot's `absorbs`).
        case member
        /// A paragraph of a list of text with no ids, keyed by its position.
        case item
    }

    public var path: [String]
    public var location: SourceLocation
    public var provenance: Provenance
    /// The value as text, for text rules and displays.
    public var display: String
    /// True when the value is free text written by an officer (not an id or a number).
    public var isProse: Bool
    /// The stable key: schema names and ids, e.g. `["lots", "complex-needs-support",
    /// "requirements", "work-with-nsft", "strength"]`.
    public var key: [String] = []
    /// The schema key shared by every value of the same kind: `lots.requirements.strength`.
    public var fieldKey: String = ""
    public var role: Role = .value
    /// How an officer cites the clause holding the value: "2.3" for a lot's third
    /// requirement, "Lot 2" for anything else in a lot; nil outside lots.
    public var reference: String?

    public var pathDescription: String { path.joined(separator: " · ") }

    /// The key as one string: `lots/complex-needs-support/requirements/work-with-nsft/strength`.
    public var keyPath: String { key.joined(separator: "/") }
}

/// Collects `FieldRecord`s while walking a specification.
public struct FieldWalker {
    public private(set) var records: [FieldRecord] = []
    private var path: [String] = []
    private var key: [String] = []
    private var schema: [String] = []
    private var reference: String?
    /// Whether element records and structure-only values (a lot's number, "all areas")
    /// are recorded too.
    let structure: Bool

    public init() { structure = false }

    init(structure: Bool) { self.structure = structure }

    private var fieldKey: String { schema.joined(separator: ".") }

    /// A part of the specification that occurs once (a lot's setting, the contract).
    mutating func within(_ label: String, key component: String, _ body: (inout FieldWalker) -> Void) {
        path.append(label)
        key.append(component)
        schema.append(component)
        body(&self)
        path.removeLast()
        key.removeLast()
        schema.removeLast()
    }

    /// An element of a list with an id, recorded (in structure mode) before its values.
    mutating func element(_ label: String, in collection: String, id: String, display: String,
                          location: SourceLocation, provenance: Provenance, reference: String? = nil,
                          _ body: (inout FieldWalker) -> Void) {
        let savedReference = self.reference
        if let reference { self.reference = reference }
        path.append(label)
        key += [collection, id]
        schema.append(collection)
        if structure {
            records.append(FieldRecord(path: FieldWalker.exact(path), location: location, provenance: provenance,
                                       display: display, isProse: false, key: FieldWalker.exact(key),
                                       fieldKey: fieldKey, role: .element,
                                       reference: self.reference))
        }
        body(&self)
        path.removeLast()
        key.removeLast(2)
        schema.removeLast()
        self.reference = savedReference
    }

    mutating func field<T>(_ label: String, key component: String, _ field: Field<T>?, prose: Bool = false,
                           format: ((T) -> String)? = nil) {
        guard let field else { return }
        append(label, key: [component], schema: component, field, prose: prose, role: .value, format: format)
    }

    /// An enumeration's value, as its word: what `display` gives, without the runtime
    /// casts it makes (the one to `any RawRepresentable<String>` costs a type lookup for
    /// every value of a large specification).
    mutating func field<T: RawRepresentable>(_ label: String, key component: String, _ field: Field<T>?,
                                             prose: Bool = false) where T.RawValue == String {
        guard let field else { return }
        append(label, key: [component], schema: component, field, prose: prose, role: .value, format: { $0.rawValue })
    }

    /// A value recorded only in structure mode (a lot's number: it is in every path already).
    mutating func structuralField<T>(_ label: String, key component: String, _ field: Field<T>?) {
        guard structure else { return }
        self.field(label, key: component, field)
    }

    /// A list without ids: ids and codes are keyed by their value (`byValue`), paragraphs by position.
    mutating func fields<T>(_ label: String, key component: String, _ fields: [Field<T>], prose: Bool = false,
                            byValue: Bool = false, format: ((T) -> String)? = nil) {
        for (index, field) in fields.enumerated() {
            let itemKey = byValue ? format?(field.value) ?? FieldWalker.display(field.value) : String(index + 1)
            append("\(label) \(index + 1)", key: [component, itemKey], schema: component, field, prose: prose,
                   role: byValue ? .member : .item, format: format)
        }
    }

    /// A list of enumeration values reads as their words (as `display` gives them), chosen
    /// when the code is compiled, like `field`'s: `display`'s cast to `any
    /// RawRepresentable<String>` is a runtime type lookup per value.
    mutating func fields<T: RawRepresentable>(_ label: String, key component: String, _ fields: [Field<T>],
                                              prose: Bool = false, byValue: Bool = false) where T.RawValue == String {
        self.fields(label, key: component, fields, prose: prose, byValue: byValue, format: { $0.rawValue })
    }

    private mutating func append<T>(_ label: String, key components: [String], schema component: String,
                                    _ field: Field<T>, prose: Bool, role: FieldRecord.Role,
                                    format: ((T) -> String)? = nil) {
        records.append(FieldRecord(path: FieldWalker.exact(path, [label]), location: field.location,
                                   provenance: field.provenance,
                                   display: format?(field.value) ?? FieldWalker.display(field.value), isProse: prose,
                                   key: FieldWalker.exact(key, components),
                                   fieldKey: schema.isEmpty ? component : fieldKey + "." + component,
                                   role: role, reference: reference))
    }

    /// `base + extra` in an array of exactly that size. A record keeps its path and key
    /// for as long as it lives; `+` would give each room to double (the walker's arrays
    /// grow as it descends), several times the memory of the strings themselves.
    static func exact(_ base: [String], _ extra: [String] = []) -> [String] {
        var result: [String] = []
        result.reserveCapacity(base.count + extra.count)
        result.append(contentsOf: base)
        result.append(contentsOf: extra)
        return result
    }

    /// A value as an officer reads it: whole numbers without ".0", enumerations by
    /// the word the specification uses, yes/no for flags.
    public static func display<T>(_ value: T) -> String {
        // Concrete casts first: the cast to an existential below costs a runtime
        // type lookup, paid once per field of a large specification otherwise.
        if let text = value as? String { return text }
        if let number = value as? Int { return String(number) }
        if let number = value as? Double {
            return NumberText.plain(number)
        }
        if let flag = value as? Bool { return flag ? "yes" : "no" }
        if let word = value as? any RawRepresentable<String> { return word.rawValue }
        return "\(value)"
    }
}

extension SupportIntensity: CustomStringConvertible {
    public var description: String {
        switch self {
        case .hours(let range): return range.summary
        case .variesWithNeed(let typical?): return "varies with need (typically \(typical.summary))"
        case .variesWithNeed(nil): return "varies with need"
        }
    }
}
