import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderValidation

/// One generated hostile input and the finding it must produce: its rule, and the
/// line and column a `↓` marks in the text (or the given ones for raw bytes).
///
/// The families are generated in code: every line ending × every place an alias can
/// stand, every number reader × every value beyond its range, and so on. Each case
/// runs in process through the same loader and rules as `tenderpack validate`, and
/// must finish in well under a second.
struct HostileCase: Sendable, CustomTestStringConvertible {
    enum Family: String, Sendable, CaseIterable {
        case syntax, tags, numbers, aliases, text, policy, reports
    }

    let family: Family
    let name: String
    let data: Data
    /// The rule id the finding must carry; nil when the input must load with no loader finding.
    let rule: String?
    let line: Int
    let column: Int
    var severity: Severity = .error

    var testDescription: String { "\(family.rawValue): \(name)" }

    /// A fragment merged over the base specification (see RuleExample), with a `↓`.
    static func fragment(_ family: Family, _ name: String, _ yaml: String, rule: String?, severity: Severity = .error) -> HostileCase {
        let example = RuleExample.fragment(yaml)
        let location = example.markedLocation ?? (1, 1)
        return HostileCase(family: family, name: name, data: example.data, rule: rule,
                           line: location.line, column: location.column, severity: severity)
    }

    /// A whole document with a `↓`, written with `lineEnding` between its lines.
    static func document(_ family: Family, _ name: String, _ yaml: String, lineEnding: LineEnding = .lf,
                         rule: String?, severity: Severity = .error) -> HostileCase {
        let location = RuleExample.document(yaml).markedLocation ?? (1, 1)
        let text = yaml.replacingOccurrences(of: "↓", with: "").replacingOccurrences(of: "\n", with: lineEnding.rawValue)
        return HostileCase(family: family, name: "\(name) [\(lineEnding.name)]", data: Data(text.utf8), rule: rule,
                           line: location.line, column: location.column, severity: severity)
    }

    /// A fragment merged over the base specification, written with `lineEnding`.
    static func fragment(_ family: Family, _ name: String, _ yaml: String, lineEnding: LineEnding,
                         rule: String?, severity: Severity = .error) -> HostileCase {
        let example = RuleExample.fragment(yaml)
        let location = example.markedLocation ?? (1, 1)
        let text = String(decoding: example.data, as: UTF8.self).replacingOccurrences(of: "\n", with: lineEnding.rawValue)
        return HostileCase(family: family, name: "\(name) [\(lineEnding.name)]", data: Data(text.utf8), rule: rule,
                           line: location.line, column: location.column, severity: severity)
    }

    enum LineEnding: String, Sendable, CaseIterable {
        case lf = "\n", crlf = "\r\n", cr = "\r"
        var name: String {
            switch self {
            case .lf: "LF"
            case .crlf: "CRLF"
            case .cr: "CR"
            }
        }
    }

    /// The base specification with `yaml` in place of its lots' last line — lines from
    /// 24 are the lot's own keys, indented four spaces.
    static func lotKeys(_ family: Family, _ name: String, _ yaml: String, rule: String?, severity: Severity = .error) -> HostileCase {
        fragment(family, name, """
            lots:
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
            \(yaml)
            """, rule: rule, severity: severity)
    }

    /// Loads and validates in process, as `tenderpack validate` does.
    func findings() -> [Diagnostic] {
        BadInputCorpus.findings(for: data, file: "hostile.yaml")
    }

    /// What is wrong with the findings, or nil when they are as expected.
    func mismatch(in findings: [Diagnostic]) -> String? {
        let listing = findings.prefix(8).map { "\($0.location.line):\($0.location.column) \($0.ruleID): \($0.message.prefix(200))" }
            .joined(separator: "\n")
        guard let rule else {
            // Loads cleanly: no finding of the loader (rules may still judge the content).
            let loader = findings.filter { f in ["file.", "yaml.", "schema.", "text."].contains { f.ruleID.hasPrefix($0) } }
            return loader.isEmpty ? nil : "expected no loader finding; found:\n\(listing)"
        }
        let matching = findings.filter { $0.ruleID == rule && $0.location.line == line && $0.location.column == column }
        if matching.isEmpty { return "expected \(rule) at \(line):\(column); found:\n\(listing)" }
        if !matching.contains(where: { $0.severity == severity }) { return "expected severity \(severity); found:\n\(listing)" }
        if matching.contains(where: { $0.message.isEmpty || $0.message.count > 2_000 }) { return "message empty or too long" }
        return nil
    }
}
