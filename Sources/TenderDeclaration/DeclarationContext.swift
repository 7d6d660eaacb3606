public import TenderModel
import TenderLoading

/// The provenance a declaration inherits from the declaration it is written in, as a
/// YAML mapping's values inherit its `provenance:`.
enum DeclarationScope {
    @TaskLocal static var provenance: Provenance = .illustrative
}

/// What resolving declarations found beside the model: findings about values the
/// compiler cannot check (an id's spelling, a number's range, a date's text) and every
/// provenance written, so the rules check each source once where it is named.
public struct DeclarationNotes: Sendable {
    public var findings: [Diagnostic] = []
    public var provenanceStatements: [Field<String>] = []

    mutating func absorb(_ other: DeclarationNotes) {
        findings += other.findings
        provenanceStatements += other.provenanceStatements
    }
}

/// Turns the values of one declaration into model fields: each takes the
/// declaration's location and provenance unless it was written with its own.
struct DeclarationContext {
    let location: SourceLocation
    let provenance: Provenance
    var notes = DeclarationNotes()

    /// A context for a declaration written at `fileID:line:column`, inheriting the
    /// provenance of the declaration around it unless it states one.
    init(fileID: String, line: Int, column: Int, provenance stated: Provenance?, inherited: Provenance? = nil) {
        location = SourceLocation(file: fileID, line: line, column: column)
        provenance = stated ?? inherited ?? DeclarationScope.provenance
        if let stated { note(stated, at: location) }
    }

    /// A context at `location` with `provenance`, for a value declaration resolved
    /// inside its parent.
    init(location: SourceLocation, provenance stated: Provenance?, inherited: Provenance) {
        self.location = location
        provenance = stated ?? inherited
        if let stated { note(stated, at: location) }
    }

    private mutating func note(_ provenance: Provenance, at location: SourceLocation) {
        notes.provenanceStatements.append(Field(provenance.description, at: location, provenance: provenance))
        if case .source(let id) = provenance, !Identifier.isValid(id) {
            report(LoaderRuleID.schemaInvalidID, at: location,
                   "provenance must be `illustrative` or the id of a source declared with `Source`")
        }
    }

    /// Runs `content` (the declarations written inside this one) with this provenance inherited.
    func within<Result>(_ content: () -> Result) -> Result {
        DeclarationScope.$provenance.withValue(provenance, operation: content)
    }

    mutating func report(_ ruleID: String, at location: SourceLocation, _ message: String) {
        notes.findings.append(Diagnostic(ruleID: ruleID, severity: .error, location: location, message: message))
    }

    /// A value with this declaration's location and provenance.
    func plain<T>(_ value: T) -> Field<T> {
        Field(value, at: location, provenance: provenance)
    }

    /// A declared value; nil (with a finding) when its text could not be read.
    mutating func field<T: Sendable>(_ declared: Declared<T>, what: String) -> Field<T>? {
        let at = declared.location ?? location
        if let stated = declared.provenance, declared.location != nil { note(stated, at: at) }
        guard let value = declared.value else {
            let form = (T.self as? any DeclarableText.Type)?.declaredTextForm ?? "a value"
            report(LoaderRuleID.schemaInvalidValue, at: at,
                   "\(what) `\((declared.unreadableText ?? "").prefix(40))` cannot be read as \(form)")
            return nil
        }
        return Field(value, at: at, provenance: declared.provenance ?? provenance)
    }

    mutating func field<T: Sendable>(_ declared: Declared<T>?, what: String) -> Field<T>? {
        guard let declared else { return nil }
        return field(declared, what: what)
    }

    /// A required value: when it cannot be read, the placeholder keeps the model whole
    /// while the finding stops any build.
    mutating func required<T: Sendable>(_ declared: Declared<T>, what: String, placeholder: T) -> Field<T> {
        field(declared, what: what) ?? plain(placeholder)
    }

    /// One of an enumeration's cases.
    mutating func choice<E: CaseIterable & Sendable>(_ declared: Declared<E>, what: String) -> Field<E> {
        // An enumeration has no text form, so its value is always there; the first case
        // only keeps the type total.
        field(declared, what: what) ?? plain(Array(E.allCases)[0])
    }

    mutating func choice<E: CaseIterable & Sendable>(_ declared: Declared<E>?, what: String) -> Field<E>? {
        guard let declared else { return nil }
        let field: Field<E> = choice(declared, what: what)
        return field
    }

    /// An id: lowercase letters, digits and hyphens, as in YAML.
    mutating func id(_ declared: Declared<String>, what: String = "id") -> Field<String> {
        let field = required(declared, what: what, placeholder: "")
        if !Identifier.isValid(field.value) {
            report(LoaderRuleID.schemaInvalidID, at: field.location,
                   "`\(field.value.prefix(80))` is not a valid id; use lowercase letters, digits and hyphens, starting with a letter or digit (at most \(Identifier.maximumLength) characters)")
        }
        return field
    }

    mutating func id(_ declared: Declared<String>?, what: String = "id") -> Field<String>? {
        guard let declared else { return nil }
        let field: Field<String> = id(declared, what: what)
        return field
    }

    mutating func ids(_ declared: [Declared<String>], what: String = "id") -> [Field<String>] {
        declared.map { id($0, what: what) }
    }

    mutating func texts(_ declared: [Declared<String>]) -> [Field<String>] {
        declared.compactMap { field($0, what: "text") }
    }

    /// A number within `range`, as the loader checks it.
    mutating func number(_ declared: Declared<Double>?, in range: ClosedRange<Double>, what: String) -> Field<Double>? {
        guard let field = field(declared, what: what) else { return nil }
        guard range.contains(field.value), NumberRange.any.contains(field.value) else {
            report(LoaderRuleID.schemaInvalidValue, at: field.location,
                   "\(what) `\(NumberText.plain(field.value))` is out of range; it must be from \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))")
            return nil
        }
        return Field(field.value + 0, at: field.location, provenance: field.provenance)
    }

    mutating func integer(_ declared: Declared<Int>?, in range: ClosedRange<Int>, what: String) -> Field<Int>? {
        guard let field = field(declared, what: what) else { return nil }
        guard range.contains(field.value) else {
            report(LoaderRuleID.schemaInvalidValue, at: field.location,
                   "\(what) `\(field.value)` is out of range; it must be from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return field
    }
}
