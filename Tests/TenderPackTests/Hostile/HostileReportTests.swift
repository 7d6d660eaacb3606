import Foundation
import Testing
import TenderCLI
import TenderModel
import TenderValidation
import XMLKit

/// Reports: a finding quoting hostile text from a file — a control character, a
/// noncharacter, a terminal escape, a line break, a bidirectional override, a GitHub
/// workflow command — gives well-formed JUnit XML, one plain line per finding in text,
/// and one escaped workflow command per finding for GitHub.
@Suite("Hostile-input corpus: reports")
struct HostileReportTests {
    /// YAML double-quoted escapes for the text a key will hold.
    static let hostile = [
        "\\u0001", "\\uFFFE", "\\uFFFF", "\\e[31mred\\e[0m", "a\\r\\nb", "100%0A", "a,b:c", "\\u202Eevil",
        "\\x85", "\\u2028", "::error::injected", "\\U0010FFFF", "\\e]0;title\\a", "\\uFDD0",
    ]

    enum Format: String, CaseIterable, Sendable { case junit, text, terminal, github }

    struct Case: Sendable, CustomTestStringConvertible {
        let key: String
        let format: Format
        var testDescription: String { "\(format.rawValue): key \(key)" }
    }

    static let cases = hostile.flatMap { key in Format.allCases.map { Case(key: key, format: $0) } }

    static func report(forKey key: String) throws -> ValidationReport {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spec.yaml")
        try Data((RuleExample.base + "\"\(key)\": value\n").utf8).write(to: file)
        return try ValidationRun.run(paths: [file.path])
    }

    /// Nothing a terminal acts on, nothing XML cannot hold: only tab and line feed below U+0020.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            if v == 0x0A || v == 0x09 { return true }
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return false }
            return ![0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].contains(v)
        }
    }

    @Test("a finding quoting hostile text gives a report that is whole and inert", arguments: cases)
    func hostileReport(_ input: Case) throws {
        let report = try Self.report(forKey: input.key)
        let unknown = report.diagnostics.filter { $0.ruleID == "schema.unknown-key" }
        #expect(unknown.count == 1, "\(report.diagnostics.map(\.ruleID))")
        switch input.format {
        case .junit:
            let xml = try JUnitReporter().render(report)
            let document = try XMLDocument(parsing: Data(xml.utf8))
            #expect(document.root.name == "testsuites")
            #expect(Self.isPlain(xml))
        case .text, .terminal:
            let text = TextReporter(terminal: input.format == .terminal).render(report)
            // Colour codes are the reporter's own; nothing else below U+0020 but line feeds.
            let withoutColour = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
            #expect(Self.isPlain(withoutColour), "\(withoutColour.debugDescription)")
            let headlines = text.split(separator: "\n").filter { $0.contains("[schema.unknown-key]") }
            #expect(headlines.count == 1)
        case .github:
            let output = GitHubReporter().render(report)
            let lines = output.split(separator: "\n", omittingEmptySubsequences: true)
            #expect(lines.count == report.diagnostics.count)
            #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
            #expect(!output.unicodeScalars.contains("\r"))
            #expect(Self.isPlain(output))
            // A workflow command starts a line; `::` inside a message is data. Each
            // finding is exactly one line, so nothing in a message can start a command.
            #expect(lines.allSatisfy { $0.contains(",title=") && $0.hasSuffix("]") }, "\(output)")
        }
    }

    @Test("on a terminal, the line under a finding is the finding's line in CRLF and CR files",
          arguments: [HostileCase.LineEnding.crlf, .cr])
    func terminalLine(_ ending: HostileCase.LineEnding) throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spec.yaml")
        let text = (RuleExample.base + "extra: \"\\e[2J\"\n").replacingOccurrences(of: "\n", with: ending.rawValue)
        try Data(text.utf8).write(to: file)
        let output = TextReporter(terminal: true).render(try ValidationRun.run(paths: [file.path]))
        let lines = output.components(separatedBy: "\n")
        let headline = try #require(lines.firstIndex { $0.contains(":25:1: ") && $0.contains("schema.unknown-key") })
        #expect(lines[headline + 1] == "    extra: \"\\e[2J\"", "\(output.debugDescription)")
    }

    @Test("a file name with workflow-command separators is escaped in GitHub properties")
    func gitHubFileName() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a,b:c%d.yaml")
        try Data((RuleExample.base + "extra: 1\n").utf8).write(to: file)
        let output = GitHubReporter().render(try ValidationRun.run(paths: [file.path]))
        #expect(output.contains("a%2Cb%3Ac%25d.yaml,line=25,col=1,title=schema.unknown-key::"), "\(output)")
    }
}
