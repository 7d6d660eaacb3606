import TenderOpenData

/// Small helpers that build JSON Schema (draft 2020-12) documents as `JSONValue`s,
/// members in a fixed order, so `tenderpack schema` prints the same bytes every time.
enum JS {
    static let draft = "https://json-schema.org/draft/2020-12/schema"
    /// Where the published schemas live in the repository.
    static let base = "https://github.com/tenderpack/tenderpack/raw/main/Schemas/"

    static func string(_ description: String? = nil, pattern: String? = nil, minLength: Int? = nil,
                       maxLength: Int? = nil, format: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("string"))]
        if let pattern { members.append(("pattern", .string(pattern))) }
        if let minLength { members.append(("minLength", .number(Double(minLength)))) }
        if let maxLength { members.append(("maxLength", .number(Double(maxLength)))) }
        if let format { members.append(("format", .string(format))) }
        return described(.object(members), description)
    }

    static func integer(_ description: String? = nil, minimum: Double? = nil, maximum: Double? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("integer"))]
        if let minimum { members.append(("minimum", .number(minimum))) }
        if let maximum { members.append(("maximum", .number(maximum))) }
        return described(.object(members), description)
    }

    static func number(_ description: String? = nil, minimum: Double? = nil, maximum: Double? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("number"))]
        if let minimum { members.append(("minimum", .number(minimum))) }
        if let maximum { members.append(("maximum", .number(maximum))) }
        return described(.object(members), description)
    }

    static func boolean(_ description: String? = nil) -> JSONValue {
        described(.object([("type", .string("boolean"))]), description)
    }

    static func enumeration(_ values: [String], _ description: String? = nil) -> JSONValue {
        described(.object([("enum", .array(values.map { .string($0) }))]), description)
    }

    static func constant(_ value: JSONValue, _ description: String? = nil) -> JSONValue {
        described(.object([("const", value)]), description)
    }

    static func array(_ items: JSONValue, _ description: String? = nil, minItems: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("array")), ("items", items)]
        if let minItems { members.append(("minItems", .number(Double(minItems)))) }
        return described(.object(members), description)
    }

    static func ref(_ name: String, _ description: String? = nil) -> JSONValue {
        described(.object([("$ref", .string("#/$defs/\(name)"))]), description)
    }

    static func anyOf(_ options: [JSONValue], _ description: String? = nil) -> JSONValue {
        described(.object([("anyOf", .array(options))]), description)
    }

    /// A closed object: only `properties` may appear; `required` must.
    static func object(_ description: String?, _ properties: [(String, JSONValue)], required: [String] = [],
                       additional: JSONValue = .bool(false)) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        members.append(("properties", .object(properties)))
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
        members.append(("additionalProperties", additional))
        return .object(members)
    }

    static func described(_ value: JSONValue, _ description: String?) -> JSONValue {
        guard let description, case .object(var members) = value else { return value }
        members.insert(("description", .string(description)), at: 0)
        return .object(members)
    }

    /// A whole schema document.
    static func document(id: String, title: String, description: String, root: JSONValue,
                         defs: [(String, JSONValue)] = []) -> JSONValue {
        guard case .object(let rootMembers) = root else { return root }
        var members: [(String, JSONValue)] = [
            ("$schema", .string(draft)), ("$id", .string(base + id)), ("title", .string(title)),
            ("description", .string(description)),
        ]
        members += rootMembers.filter { $0.0 != "description" }
        if !defs.isEmpty { members.append(("$defs", .object(defs))) }
        return .object(members)
    }
}
