public import Foundation

/// A JSON value with its object members in a fixed order, written the same way on every
/// machine: two-space indentation, members in the order they were added, whole numbers
/// without a fraction, other numbers as Swift spells a `Double` (shortest round trip),
/// strings escaped per RFC 8259 with everything else left as UTF-8. No clock, no locale.
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The document's bytes, ending with a newline.
    public var data: Data { Data((text + "\n").utf8) }

    /// The document's text.
    public var text: String {
        var out = ""
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let value): JSONValue.escape(value, into: &out)
        case .number(let value): out += JSONValue.number(value)
        case .bool(let value): out += value ? "true" : "false"
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, value) in values.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                value.write(into: &out, indent: indent + 1)
                out += index == values.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.escape(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// "1500000", "24.5". Callers never pass a value that is not finite (the builder
    /// leaves such a value out), but if one arrives it is written as 0 rather than as
    /// text JSON cannot hold.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) <= 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Builds a JSON object member by member, leaving out absent values.
public struct JSONObject: Sendable {
    public private(set) var members: [(String, JSONValue)] = []

    public init() {}

    public mutating func set(_ key: String, _ value: JSONValue?) {
        guard let value else { return }
        if case .array(let values) = value, values.isEmpty { return }
        if case .object(let values) = value, values.isEmpty { return }
        members.append((key, value))
    }

    public mutating func set(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        set(key, .string(value))
    }

    public mutating func set(_ key: String, _ value: Double?) {
        guard let value, value.isFinite else { return }
        set(key, .number(value))
    }

    public mutating func set(_ key: String, _ value: Int?) {
        guard let value else { return }
        set(key, .number(Double(value)))
    }

    public var value: JSONValue { .object(members) }
}
