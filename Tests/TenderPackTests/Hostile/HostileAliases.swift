import Foundation
import TenderValidation

/// Aliases in every place a key can stand, in every line ending: each refused at the
/// key (`yaml.complex-key`) by the parser's own pass, in milliseconds — every case is
/// keyed by an alias of a nine-level "billion laughs" list, so a key that slipped
/// through would make Yams hash a billion values.
enum HostileAliases {
    /// Line 1 is `id`, lines 2–10 the anchors `a` to `i`; the case starts on line 11.
    static let laughs: String = {
        let names = "abcdefghi".map(String.init)
        var text = "id: example\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    /// Where a non-scalar key can be written; `↓` marks the finding.
    static let keyContexts: [(name: String, yaml: String)] = [
        ("explicit block key", "? ↓*i\n: boom\n"),
        ("implicit key with a space", "↓*i : boom\n"),
        ("implicit key without a space", "↓*i: boom\n"),
        ("flow mapping key", "z: {↓*i : boom}\n"),
        ("flow mapping key without a space", "z: {↓*i: boom}\n"),
        ("flow mapping key after a tab", "z: {\t↓*i : boom}\n"),
        ("flow mapping second key", "z: {x: 1, ↓*i : boom}\n"),
        ("explicit flow key", "z: {? ↓*i : boom}\n"),
        ("single-pair mapping in a flow list", "z: [↓*i : boom]\n"),
        ("nested block mapping", "z:\n  ↓*i : boom\n"),
        ("key in a list item", "z:\n  - ↓*i : boom\n"),
        ("key after a quoted string spanning flow items", "z: [\"a, b: c\", {↓*i : boom}]\n"),
        ("key after a single-quoted string with a star", "z: ['5* rated', {↓*i : boom}]\n"),
        ("key after a block scalar", "t: |\n  text *i : not a key\n↓*i : boom\n"),
        ("key after a folded scalar", "t: >-\n  more *i text\n  *i : still text\n↓*i : boom\n"),
        ("key after a comment", "# *i : comment\n↓*i : boom\n"),
        ("key on an anchored mapping", "z: &m\n  ↓*i : boom\n"),
        ("flow list as key", "↓[*i, *i]: boom\n"),
        ("flow mapping as key", "↓{*i: x}: boom\n"),
        ("explicit flow list key", "? ↓[*i]\n: boom\n"),
        ("explicit block list key", "? ↓- *i\n: boom\n"),
        ("explicit block mapping key", "? ↓x: *i\n: boom\n"),
    ]

    /// Aliases where values stand: allowed, and loaded within the expansion budget.
    static let valueContexts: [(name: String, yaml: String)] = [
        ("alias as a block value", "title: &t Example specification\nversion: \"1.0\"\nbackground:\n  - *t\n"),
        ("alias in a flow list", "title: &t Example specification\nbackground: [*t, *t]\n"),
        ("alias after a tab in a flow list", "title: &t Example specification\nbackground: [\t*t]\n"),
        ("anchored lot reused nowhere", "title: &t Example specification\nbackground: [\"*t is text\", '*t too']\n"),
        ("star in a plain scalar", "title: Rated 5* by tenants\nbackground: [5 * 3 = 15]\n"),
    ]

    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for ending in HostileCase.LineEnding.allCases {
            for context in keyContexts {
                cases.append(.document(.aliases, context.name, laughs + context.yaml, lineEnding: ending, rule: "yaml.complex-key"))
            }
            for context in valueContexts {
                cases.append(.fragment(.aliases, context.name, context.yaml, lineEnding: ending, rule: nil))
            }
        }
        return cases
    }
}
