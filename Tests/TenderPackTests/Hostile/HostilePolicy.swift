import Foundation
import TenderDiff
import TenderModel

/// The policy file (`tenderpack-policy.yaml`) read through the same reader as a
/// specification: the same refusals, limits and suggestion cap, located in the file.
struct HostilePolicyCase: Sendable, CustomStringConvertible {
    let name: String
    let data: Data
    let rule: String
    let line: Int
    let column: Int

    var description: String { "policy: \(name)" }

    static func text(_ name: String, _ text: String, rule: String, line: Int, column: Int,
                     lineEnding: HostileCase.LineEnding = .lf) -> HostilePolicyCase {
        HostilePolicyCase(name: "\(name) [\(lineEnding.name)]",
                          data: Data(text.replacingOccurrences(of: "\n", with: lineEnding.rawValue).utf8),
                          rule: rule, line: line, column: column)
    }

    static var cases: [HostilePolicyCase] {
        let laughs = HostileAliases.laughs.replacingOccurrences(of: "id: example\n", with: "check: {failOn: material}\n")
        var cases: [HostilePolicyCase] = []
        for ending in HostileCase.LineEnding.allCases {
            cases += [
                .text("alias key", laughs + "? *i\n: boom\n", rule: "yaml.complex-key", line: 11, column: 3, lineEnding: ending),
                .text("alias key in classification", laughs + "classification: {*i : material}\n",
                      rule: "yaml.complex-key", line: 11, column: 18, lineEnding: ending),
                .text("list key", "classification:\n  [a, b]: material\n", rule: "yaml.complex-key", line: 2, column: 3, lineEnding: ending),
                .text("binary tag", "check:\n  failOn: !!binary bWF0ZXJpYWw=\n", rule: "yaml.unsupported-tag", line: 2, column: 11, lineEnding: ending),
                .text("python tag", "check: !!python/object:os.system {}\n", rule: "yaml.unsupported-tag", line: 1, column: 8, lineEnding: ending),
                .text("%TAG", "%TAG ! tag:yaml.org,2002:\n---\ncheck: {failOn: any}\n", rule: "yaml.unsupported-directive",
                      line: 1, column: 1, lineEnding: ending),
                .text("duplicate key", "check:\n  failOn: any\n\ncheck:\n  failOn: none\n", rule: "yaml.duplicate-key",
                      line: 4, column: 1, lineEnding: ending),
                .text("unknown key", "check:\n  failsOn: material\n", rule: "policy.invalid", line: 2, column: 3, lineEnding: ending),
                .text("billion laughs as a value", laughs + "classification: *i\n", rule: "yaml.expansion-limit",
                      line: 2, column: 4, lineEnding: ending),
                .text("unclosed flow", "classification: [\n", rule: "yaml.syntax", line: 2, column: 1, lineEnding: ending),
            ]
        }
        cases += [
            HostilePolicyCase(name: "NUL byte", data: Data("check:\n  failOn: m\0\n".utf8), rule: "file.binary", line: 2, column: 12),
            HostilePolicyCase(name: "Latin-1", data: Data("check:\n  failOn: \u{00}".utf8.dropLast()) + Data([0xA3, 0x0A]),
                              rule: "file.encoding", line: 2, column: 11),
            HostilePolicyCase(name: "UTF-16", data: Data([0xFF, 0xFE, 0x63, 0x00]), rule: "file.encoding", line: 1, column: 1),
            HostilePolicyCase(name: "control character", data: Data("check:\n  failOn: \"a\\u0001\"\n".utf8),
                              rule: "policy.invalid", line: 2, column: 11),
            // Implicit keys are limited to 1,024 characters by libyaml; these are explicit.
            HostilePolicyCase(name: "1 MB key", data: Data(("classification:\n  ? " + String(repeating: "k", count: 1_000_000) + "\n  : material\n").utf8),
                              rule: "policy.invalid", line: 2, column: 5),
            HostilePolicyCase(name: "ten 200 KB keys", data: Data(("classification:\n" + (0..<10).map {
                "  ? " + String(repeating: "k", count: 200_000) + "\($0)\n  : material\n" }.joined()).utf8),
                              rule: "policy.invalid", line: 2, column: 5),
            HostilePolicyCase(name: "1,000-character implicit key", data: Data(("check:\n  " + String(repeating: "f", count: 1_000) + ": any\n").utf8),
                              rule: "policy.invalid", line: 2, column: 3),
        ]
        return cases
    }
}
