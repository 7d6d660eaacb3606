import TenderModel

/// A call in generated Swift (`Lot("id", title: …) { … }`) whose values know their
/// provenance, so that the writer can state a provenance once on the call and mark
/// only the values that differ from it.
struct SwiftCall {
    /// One argument of a call.
    enum Argument {
        /// A value that may be wrapped in `.illustrative(…)` or `.source(id, …)`.
        case value(String, Provenance)
        /// Text, which may be wrapped too, written across lines when it is long.
        case text(String, Provenance)
        /// A list of such values.
        case values([(String, Provenance)])
        /// A value that cannot be wrapped (an enumeration case): it fixes the call's provenance.
        case pinned(String, Provenance)
        /// A list of pinned values.
        case pinnedList([String], [Provenance])
        /// A value declaration resolved inside the call (a setting, durations).
        case call(SwiftCall)
        /// No text: the provenance the call has (hours of support, whose range is one value).
        case pin(Provenance)
        /// Text written as it is, whatever the provenance (`.all`).
        case raw((Provenance) -> String)
    }

    var name: String
    var arguments: [(label: String?, argument: Argument)] = []
    var children: [SwiftCall] = []
    /// The provenance the call has in the model when no value says (a list with no values).
    var fallback: Provenance?
    /// Written as a static member (`.upTo(5)`).
    var isStaticMember = false
    /// The call must state its provenance even when it inherits the same (a specification).
    var statesProvenance = false

    init(_ name: String, fallback: Provenance? = nil) {
        self.name = name
        self.fallback = fallback
    }

    mutating func add(_ label: String?, _ argument: Argument?) {
        if let argument { arguments.append((label, argument)) }
    }
}

/// The call cannot be written: two enumeration values in one declaration disagree about
/// their provenance, which a declaration cannot say.
struct UnwritableProvenance: Error {
    let call: String
}

extension SwiftCall {
    /// The call's own provenance: that of its enumeration values, else the commonest of
    /// its values, preferring the inherited one on a tie.
    func provenance(inheriting inherited: Provenance) throws(UnwritableProvenance) -> Provenance {
        var pinned: [Provenance] = []
        var free: [Provenance] = []
        for (_, argument) in arguments {
            switch argument {
            case .value(_, let p), .text(_, let p): free.append(p)
            case .values(let items): free += items.map(\.1)
            case .pinned(_, let p): pinned.append(p)
            case .pinnedList(_, let ps): pinned += ps
            case .pin(let p): pinned.append(p)
            case .call, .raw: break
            }
        }
        if let first = pinned.first {
            guard pinned.allSatisfy({ $0 == first }) else { throw UnwritableProvenance(call: name) }
            return first
        }
        guard !free.isEmpty else { return fallback ?? inherited }
        var counts: [Provenance: Int] = [:]
        for p in free { counts[p, default: 0] += 1 }
        let best = counts.values.max() ?? 0
        if counts[inherited] == best { return inherited }
        return free.first { counts[$0] == best } ?? inherited
    }

    /// The Swift text of the call at `indent`, inheriting `inherited`.
    func render(inheriting inherited: Provenance, indent: String) throws(UnwritableProvenance) -> String {
        let own = try provenance(inheriting: inherited)
        var parts: [String] = []
        for (label, argument) in arguments {
            let text: String
            switch argument {
            case .value(let literal, let p): text = SwiftCall.wrap(literal, p, own)
            case .text(let value, let p):
                let wrapped = p != own
                let room = 112 - indent.count - 4 - (label.map { $0.count + 2 } ?? 0) - (wrapped ? 24 : 0)
                text = SwiftCall.wrap(SwiftCall.text(value, room: room, indent: indent + "    "), p, own)
            case .values(let items): text = "[" + items.map { SwiftCall.wrap($0.0, $0.1, own) }.joined(separator: ", ") + "]"
            case .pinned(let literal, _): text = literal
            case .pinnedList(let literals, _): text = "[" + literals.joined(separator: ", ") + "]"
            case .call(let call): text = try call.render(inheriting: own, indent: indent + "    ")
            case .raw(let make): text = make(own)
            case .pin: continue
            }
            parts.append(label.map { "\($0): \(text)" } ?? text)
        }
        if own != inherited || statesProvenance {
            parts.append("provenance: " + SwiftCall.provenance(own))
        }
        let prefix = isStaticMember ? "." : ""
        let oneLine = "\(prefix)\(name)(" + parts.joined(separator: ", ") + ")"
        var text: String
        if indent.count + oneLine.count <= 116 && !oneLine.contains("\n") {
            text = oneLine
        } else {
            let inner = indent + "    "
            text = "\(prefix)\(name)(\n" + parts.map { inner + $0 }.joined(separator: ",\n") + "\n\(indent))"
        }
        if !children.isEmpty {
            let inner = indent + "    "
            var body: [String] = []
            for child in children { body.append(inner + (try child.render(inheriting: own, indent: inner))) }
            text += " {\n" + body.joined(separator: "\n") + "\n\(indent)}"
        }
        return text
    }

    static func wrap(_ literal: String, _ provenance: Provenance, _ own: Provenance) -> String {
        guard provenance != own else { return literal }
        // Inside a wrapper the value is not optional, so `.none` needs no `.some`.
        let literal = literal == ".some(.none)" ? ".none" : literal
        switch provenance {
        case .illustrative: return ".illustrative(\(literal))"
        case .source(let id): return ".source(\(string(id)), \(literal))"
        }
    }

    static func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .illustrative: return ".illustrative"
        case .source(let id): return ".source(\(string(id)))"
        }
    }

    /// A Swift string literal for any text.
    static func string(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// `text` with what a string literal cannot hold as it is escaped.
    static func escaped(_ text: String, quotes: Bool = true) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"" where quotes: out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.properties.generalCategory == .format || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A string literal for `value`: on one line when it fits in `room` columns, else a
    /// multi-line literal whose lines end in `\` (so the text has no line breaks),
    /// indented under `indent` — the way a YAML folded scalar reads.
    static func text(_ value: String, room: Int, indent: String) -> String {
        let single = string(value)
        let foldable = !value.contains("  ") && !value.hasPrefix(" ") && !value.hasSuffix(" ")
            && !value.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.properties.generalCategory == .format }
        guard single.count > room, foldable else { return single }
        let content = indent + "    "
        let width = max(40, 112 - content.count)
        var lines: [String] = []
        var line = ""
        // Inside `"""` a quote needs no escape unless three come together.
        let quotes = value.contains("\"\"\"")
        for word in value.split(separator: " ").map({ escaped(String($0), quotes: quotes) }) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line + " \\")
                line = word
            } else {
                line = line.isEmpty ? word : line + " " + word
            }
        }
        lines.append(line)
        return "\"\"\"\n" + lines.map { content + $0 }.joined(separator: "\n") + "\n" + content + "\"\"\""
    }

    /// A Swift literal that reads back as exactly `value`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `.caseName` for an enumeration value; `.some(.none)` where `.none` would read as nil.
    static func enumCase<E>(_ value: E, optional: Bool = false) -> String {
        let name = String(reflecting: value).split(separator: ".").last.map(String.init) ?? ""
        return optional && name == "none" ? ".some(.none)" : "." + name
    }
}
