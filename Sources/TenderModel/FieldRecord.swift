/// One value of a specification, reached by walking the whole model: its readable
/// path ("Lot 2 · Support intensity · maximum hours"), where it was written, where it
/// comes from, and its text when it is text.
public struct FieldRecord: Sendable, Hashable {
    public var path: [String]
    public var location: SourceLocation
    public var provenance: Provenance
    /// The value as text, for text rules and displays.
    public var display: String
    /// True when the value is free text written by an officer (not an id or a number).
    public var isProse: Bool

    public var pathDescription: String { path.joined(separator: " · ") }
}

/// Collects `FieldRecord`s while walking a specification.
public struct FieldWalker {
    public private(set) var records: [FieldRecord] = []
    private var path: [String] = []

    public init() {}

    mutating func within(_ label: String, _ body: (inout FieldWalker) -> Void) {
        path.append(label)
        body(&self)
        path.removeLast()
    }

    mutating func field<T>(_ label: String, _ field: Field<T>?, prose: Bool = false) {
        guard let field else { return }
        let display: String
        if let number = field.value as? Double {
            display = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        } else {
            display = "\(field.value)"
        }
        records.append(FieldRecord(path: path + [label], location: field.location,
                                   provenance: field.provenance, display: display, isProse: prose))
    }

    mutating func fields<T>(_ label: String, _ fields: [Field<T>], prose: Bool = false) {
        for (index, field) in fields.enumerated() {
            self.field("\(label) \(index + 1)", field, prose: prose)
        }
    }
}
