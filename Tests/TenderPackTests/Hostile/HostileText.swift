import Foundation
import TenderValidation

/// Text no tender document can carry, escaped in YAML and raw in the file, in every
/// place text is read and every line ending: `text.invalid-xml-character` at the value
/// (or at the raw character), a warning for bidirectional controls, a syntax error for
/// escapes that are no character at all (lone surrogates, beyond U+10FFFF).
enum HostileText {
    static let escapedInvalid = ["\\u0001", "\\uFFFE", "\\uFFFF", "\\e", "\\x85", "\\uFDD0", "\\x7F", "\\N", "\\0", "\\U0010FFFF", "\\b", "\\v"]
    static let escapedNotCharacters = ["\\uD800", "\\uDFFF", "\\U00110000", "\\uD83D\\uDE00", "\\uDC00\\uD800"]

    /// Where text is read; `↓` marks the value, `S` the text.
    static let places: [(name: String, yaml: String)] = [
        ("title", "title: ↓\"aSb\"\n"),
        ("lot title", """
            lots:
              - id: support
                title: ↓"aSb"
                setting: floating-support
                areas: all

            """),
        ("requirement text", """
            lots:
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
                requirements:
                  - {id: r1, strength: must, text: ↓"aSb"}

            """),
    ]

    static let raw: [Unicode.Scalar] = ["\u{01}", "\u{07}", "\u{08}", "\u{0B}", "\u{0C}", "\u{1B}", "\u{1F}", "\u{7F}",
                                        "\u{80}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"]

    static var cases: [HostileCase] {
        var cases: [HostileCase] = []
        for place in places {
            for escape in escapedInvalid {
                cases.append(.fragment(.text, "\(escape) in \(place.name)", place.yaml.replacingOccurrences(of: "S", with: escape),
                                       rule: "text.invalid-xml-character"))
            }
            cases.append(.fragment(.text, "bidi override in \(place.name)", place.yaml.replacingOccurrences(of: "S", with: "\\u202E"),
                                   rule: "text.bidirectional-control", severity: .warning))
            cases.append(.fragment(.text, "emoji in \(place.name)", place.yaml.replacingOccurrences(of: "S", with: "\\U0001F600"),
                                   rule: nil))
        }
        for escape in escapedNotCharacters {
            // libyaml stops at the escape's code: line 1, column 12 of `title: "a\uD800b"`.
            let item = HostileCase.fragment(.text, "\(escape) in title", "title: \"a\(escape)b\"\n", rule: "yaml.syntax")
            cases.append(HostileCase(family: .text, name: item.name, data: item.data, rule: "yaml.syntax", line: 1, column: 12))
        }
        for ending in HostileCase.LineEnding.allCases {
            for scalar in raw {
                // Raw in the middle of the title, on line 2 after a comment line.
                let text = "# raw U+\(String(scalar.value, radix: 16))\ntitle: ab\(Character(scalar))c\n"
                let example = RuleExample.fragment(text)
                let written = String(decoding: example.data, as: UTF8.self).replacingOccurrences(of: "\n", with: ending.rawValue)
                cases.append(HostileCase(family: .text, name: "raw U+\(String(scalar.value, radix: 16)) [\(ending.name)]",
                                         data: Data(written.utf8), rule: "text.invalid-xml-character", line: 2, column: 10))
            }
        }
        // Bytes that are not text, located with the same line count in every line ending.
        for ending in HostileCase.LineEnding.allCases {
            let lines = ["id: example", "title: x", "bo\u{0}gus: 1"].joined(separator: ending.rawValue)
            cases.append(HostileCase(family: .text, name: "NUL byte [\(ending.name)]", data: Data(lines.utf8),
                                     rule: "file.binary", line: 3, column: 3))
            let latin1 = Data(("id: example" + ending.rawValue + "title: Budget ").utf8) + Data([0xA3]) + Data("1m".utf8)
            cases.append(HostileCase(family: .text, name: "Latin-1 byte [\(ending.name)]", data: latin1,
                                     rule: "file.encoding", line: 2, column: 15))
        }
        return cases
    }
}
