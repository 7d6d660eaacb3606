import TenderModel

extension YAMLValue {
    /// The scalar this value holds, unwrapping the long form `{value: …, provenance: …}`.
    /// Reports a wrong type and returns nil for anything else.
    func scalar(expected: String) -> (text: String, style: YAMLTree.ScalarStyle, value: YAMLValue)? {
        checkLocalTag()
        switch node.kind {
        case .scalar:
            if isNull {
                wrongType(expected: expected)
                return nil
            }
            let string = node.string ?? ""
            // Characters never outnumber bytes: only a long value is counted.
            if node.byteCount > Lowerer.maximumScalarLength, string.count > Lowerer.maximumScalarLength {
                lowerer.report(LoaderRuleID.yamlScalarTooLarge, at: location,
                               "value is \(string.count) characters; a single value is limited to \(Lowerer.maximumScalarLength)")
                return nil
            }
            return (string, node.style, self)
        case .mapping where node.hasKey("value"):
            guard let reader = ObjectReader(self, what: "value", keys: ["value"]),
                  let inner = reader.required("value") else { return nil }
            return inner.scalar(expected: expected)
        default:
            wrongType(expected: expected)
            return nil
        }
    }

    func text() -> Field<String>? {
        guard let (text, _, value) = scalar(expected: "text") else { return nil }
        return Field(text, at: value.location, provenance: value.provenance)
    }

    func identifier() -> Field<String>? {
        guard let field = text() else { return nil }
        if !Identifier.isValid(field.value) {
            lowerer.report(LoaderRuleID.schemaInvalidID, at: field.location,
                           "`\(field.value.prefix(80))` is not a valid id; use lowercase letters, digits and hyphens, starting with a letter or digit (at most \(Identifier.maximumLength) characters)")
            return nil
        }
        return field
    }

    func number() -> Field<Double>? {
        number(in: NumberRange.any, what: "number")
    }

    func integer() -> Field<Int>? {
        integer(in: NumberRange.anyWhole, what: "whole number")
    }

    func bool() -> Field<Bool>? {
        guard let (text, style, value) = scalar(expected: "true or false") else { return nil }
        guard style == .plain, text == "true" || text == "false" else {
            value.wrongType(expected: "true or false")
            return nil
        }
        return Field(text == "true", at: value.location, provenance: value.provenance)
    }

    /// One of an enum's raw values, with a suggestion when it is close to one.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, what: String) -> Field<E>?
    where E.RawValue == String {
        guard let (text, _, value) = scalar(expected: what) else { return nil }
        guard let choice = E(rawValue: text) else {
            let options = E.allCases.map(\.rawValue)
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`\(text.prefix(80))` is not a valid \(what); expected one of \(options.map { "`\($0)`" }.joined(separator: ", "))",
                           notes: Suggestion.note(for: text, in: options))
            return nil
        }
        return Field(choice, at: value.location, provenance: value.provenance)
    }

    func date() -> Field<CalendarDate>? {
        guard let (text, _, value) = scalar(expected: "a date") else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`\(text.prefix(80))` is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
            return nil
        }
        return Field(date, at: value.location, provenance: value.provenance)
    }

    func duration() -> Field<Duration>? {
        guard let (text, _, value) = scalar(expected: "a duration") else { return nil }
        guard let duration = Duration(parsing: text) else {
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`\(text.prefix(80))` is not a duration; write a number and a unit, like `6 months` or `2 years`")
            return nil
        }
        guard duration.inMonths <= NumberRange.maximumDurationYears * 12 else {
            let most = NumberText.plain(NumberRange.maximumDurationYears)
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`\(text.prefix(40))` is out of range; a duration must be from 0 to \(most) years")
            return nil
        }
        return Field(duration, at: value.location, provenance: value.provenance)
    }

    /// The items of a list; a missing or null list is empty. Each item is lowered by `each`.
    func list<T>(what: String, _ each: (YAMLValue) throws -> T?) throws -> [T] {
        checkLocalTag()
        if isNull { return [] }
        guard node.isSequence else {
            wrongType(expected: "a list of \(what)")
            return []
        }
        let count = node.slotCount
        var items: [T] = []
        items.reserveCapacity(count)
        for slot in 0..<count {
            let item = node.child(at: slot)
            try lowerer.visit(item)
            if let value = try each(child(item)) { items.append(value) }
        }
        return items
    }

    /// Text or a list of texts (paragraphs).
    func paragraphs() throws -> [Field<String>] {
        if node.isSequence { return try list(what: "paragraphs") { $0.text() } }
        guard let text = text() else { return [] }
        return [text]
    }
}

/// What an id may look like: safe in a file name, a URL fragment and an XML id.
public enum Identifier {
    public static let maximumLength = 64

    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumLength else { return false }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "a"..."z", "0"..."9": continue
            case "-" where index > 0: continue
            default: return false
            }
        }
        return true
    }
}
