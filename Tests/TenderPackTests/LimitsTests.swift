import Foundation
import Testing
@testable import TenderLoading
import TenderModel
@testable import TenderValidation
import XMLKit

/// Every security and size limit, just under and just over its threshold. The
/// thresholds are written here by hand (not read from the code under test), so a
/// limit that is raised, lowered or dropped fails a test.
@Suite("Limits at their thresholds")
struct LimitsTests {
    static func findings(_ text: String) -> [Diagnostic] {
        BadInputCorpus.findings(for: Data(text.utf8))
    }

    static func ids(_ findings: [Diagnostic]) -> [String] { findings.map(\.ruleID) }

    // MARK: File size: 32 MiB

    @Test("a file of exactly 32 MiB is read; one byte more is refused")
    func fileSize() {
        let limit = 32 * 1024 * 1024
        var bytes = [UInt8](repeating: UInt8(ascii: " "), count: limit)
        bytes.replaceSubrange(0..<RuleExample.base.utf8.count, with: Array(RuleExample.base.utf8))
        switch SourceText.decode(Data(bytes), file: "at-limit.yaml") {
        case .success(let source): #expect(source.text.utf8.count == limit)
        case .failure(let finding): Issue.record("a file of exactly 32 MiB was refused: \(finding)")
        }
        bytes.append(UInt8(ascii: " "))
        switch SourceText.decode(Data(bytes), file: "over-limit.yaml") {
        case .success: Issue.record("a file of 32 MiB + 1 byte was read")
        case .failure(let finding):
            #expect(finding.ruleID == "file.too-large")
            #expect(finding.message.contains("33554433 bytes"), "\(finding.message)")
        }
    }

    // MARK: One value: 100,000 characters

    @Test("a title of 100,000 characters is read; 100,001 is refused at the title")
    func scalarLength() {
        func title(_ count: Int) -> [Diagnostic] {
            Self.findings(RuleExample.base.replacingOccurrences(
                of: "title: Example specification\n", with: "title: \(String(repeating: "é", count: count))\n"))
        }
        #expect(!Self.ids(title(100_000)).contains("yaml.scalar-too-large"), "\(title(100_000).prefix(3))")
        let over = title(100_001).filter { $0.ruleID == "yaml.scalar-too-large" }
        #expect(over.map { "\($0.location.line):\($0.location.column)" } == ["2:8"], "\(over)")
        #expect(over.first?.message.contains("100001 characters") == true, "\(over)")
    }

    // MARK: An id: 64 characters

    @Test("an id of 64 characters is valid; 65 is not")
    func idLength() {
        func lot(_ id: String) -> [Diagnostic] {
            Self.findings(RuleExample.base.replacingOccurrences(of: "  - id: support\n", with: "  - id: \(id)\n"))
        }
        let at = lot(String(repeating: "a", count: 64))
        #expect(at.isEmpty, "\(at)")
        let over = lot(String(repeating: "a", count: 65)).filter { $0.ruleID == "schema.invalid-id" }
        #expect(over.map { "\($0.location.line):\($0.location.column)" } == ["21:9"], "\(over)")
        #expect(Identifier.isValid(String(repeating: "9", count: 64)))
        #expect(!Identifier.isValid(String(repeating: "9", count: 65)))
        #expect(!Identifier.isValid(""))
    }

    // MARK: Alias expansion: 50,000 nodes, then 10 times the written size

    /// `a` is a list of `n` scalars; `b` lists `k` aliases of it. Walking it visits
    /// the root, three keys, `example`, `a` (1 + n), `b` and k × (1 + n) nodes: 6 + n +
    /// k(1 + n) in all, from n + 7 written nodes.
    static func aliases(list n: Int, aliases k: Int) -> String {
        "id: example\na: &a [" + Array(repeating: "x", count: n).joined(separator: ", ") + "]\n"
            + "b: [" + Array(repeating: "*a", count: k).joined(separator: ", ") + "]\n"
    }

    static func refusedForExpansion(_ text: String) -> Bool {
        findings(text).contains { $0.ruleID == "yaml.expansion-limit" }
    }

    @Test("under 50,000 visited nodes any expansion is allowed; just over, a ×50 expansion is refused")
    func expansionAllowance() {
        // n = 1,000: 48 aliases visit 49,054 nodes (×49 the 1,007 written); 49 visit 50,055.
        #expect(!Self.refusedForExpansion(Self.aliases(list: 1_000, aliases: 48)))
        #expect(Self.refusedForExpansion(Self.aliases(list: 1_000, aliases: 49)))
    }

    @Test("past the allowance, up to 10 times the written size is allowed; just over is refused")
    func expansionFactor() {
        // n = 10,000 (10,007 written, so 100,070 allowed): 9 aliases visit 100,015 nodes, 10 visit 110,016.
        #expect(!Self.refusedForExpansion(Self.aliases(list: 10_000, aliases: 9)))
        #expect(Self.refusedForExpansion(Self.aliases(list: 10_000, aliases: 10)))
    }

    // MARK: Nesting: libyaml's own limit of 1,000 levels

    @Test("block mappings 999 deep under the root are read; 1,000 deep are refused")
    func nestingDepth() {
        func nested(_ depth: Int) -> [Diagnostic] {
            var text = "id: example\n"
            for level in 0..<depth { text += String(repeating: "  ", count: level) + "a:\n" }
            text += String(repeating: "  ", count: depth) + "b\n"
            return Self.findings(text)
        }
        #expect(!Self.ids(nested(999)).contains("yaml.too-deep"))
        #expect(Self.ids(nested(1_000)).contains("yaml.too-deep"))
    }

    @Test("flow lists 1,011 deep are read; 1,012 deep are refused (libyaml counts flow levels apart)")
    func flowNestingDepth() {
        func nested(_ depth: Int) -> [Diagnostic] {
            Self.findings(RuleExample.base + "background: " + String(repeating: "[", count: depth) + "x"
                          + String(repeating: "]", count: depth) + "\n")
        }
        #expect(!Self.ids(nested(1_011)).contains("yaml.too-deep"))
        #expect(Self.ids(nested(1_012)).contains("yaml.too-deep"))
    }

    // MARK: Findings before parsing: 20 per file

    @Test("20 duplicate keys are 20 findings; 21 are still 20")
    func prePassFindings() {
        func duplicates(_ count: Int) -> [Diagnostic] {
            let keys = (0...count).map { "  - {id: a\($0), id: b\($0)}" }
            // Each mapping repeats `id` once: `count + 1` duplicates, one per line.
            return Self.findings("id: example\nlist:\n" + keys.dropLast().joined(separator: "\n") + "\n")
                .filter { $0.ruleID == "yaml.duplicate-key" }
        }
        #expect(duplicates(19).count == 19)
        #expect(duplicates(20).count == 20)
        #expect(duplicates(21).count == 20)
    }

    // MARK: Numbers read in ranges

    struct RangeCase: Sendable, CustomTestStringConvertible {
        let what: String
        let replace: String
        let at: String
        let over: String
        var testDescription: String { "\(what): \(at) accepted, \(over) refused" }
    }

    static let lot = """
        lots:
          - id: support
            title: Floating support
            setting: floating-support
            areas: all

        """

    static let rangeCases: [RangeCase] = [
        RangeCase(what: "hours per week (168)", replace: "    hoursPerWeek: {max: VALUE}\n", at: "168", over: "168.5"),
        RangeCase(what: "lot number (9,999)", replace: "    number: VALUE\n", at: "9999", over: "10000"),
        RangeCase(what: "lot number (at least 1)", replace: "    number: VALUE\n", at: "1", over: "0"),
        RangeCase(what: "support duration (100 years)", replace: "    durations: {maximum: VALUE years}\n", at: "100", over: "101"),
    ]

    @Test(arguments: rangeCases)
    func numberRange(_ c: RangeCase) {
        func with(_ value: String) -> [Diagnostic] {
            Self.findings(Self.lot + c.replace.replacingOccurrences(of: "VALUE", with: value)
                          + RuleExample.base.replacingOccurrences(of: "lots:\n  - id: support\n    title: Floating support\n    setting: floating-support\n    areas: all\n", with: ""))
                .filter { $0.ruleID.hasPrefix("schema.") || $0.ruleID.hasPrefix("yaml.") }
        }
        #expect(with(c.at).isEmpty, "\(with(c.at))")
        let refused = with(c.over)
        #expect(refused.map(\.ruleID) == ["schema.invalid-value"], "\(refused)")
        #expect(refused.first?.location.line == 6, "\(refused)")
    }

    @Test("evaluation weights up to 100, word limits up to 1,000,000")
    func evaluationRanges() {
        func evaluation(weight: String, words: String) -> [Diagnostic] {
            Self.findings("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality
                      category: quality
                      weight: \(weight)
                      questions:
                        - {id: q1, question: How?, weight: 80, wordLimit: \(words)}
                    - {id: price, name: Price, category: price, weight: 20}

                """ + RuleExample.base).filter { $0.ruleID == "schema.invalid-value" }
        }
        #expect(evaluation(weight: "100", words: "1000000").isEmpty)
        #expect(evaluation(weight: "100.5", words: "1000000").map(\.location.line) == [8])
        #expect(evaluation(weight: "80", words: "1000001").map(\.location.line) == [10])
    }

    // MARK: "Did you mean": words and candidates up to 64 characters

    @Test("a misspelt key of 64 characters gets a suggestion; 65 does not")
    func suggestionLength() {
        let candidate = String(repeating: "a", count: 63) + "b"
        #expect(Suggestion.closest(to: String(repeating: "a", count: 63) + "c", in: [candidate]) == candidate)
        let long = String(repeating: "a", count: 64) + "b"
        #expect(Suggestion.closest(to: String(repeating: "a", count: 64) + "c", in: [long]) == nil)
    }

    @Test("the suggestion budget gives exactly its 20,000,000 cells, then nothing")
    func suggestionBudget() {
        let budget = SuggestionBudget()
        #expect(budget.spend(20_000_000))
        #expect(!budget.spend(1))
        let fresh = SuggestionBudget()
        #expect(!fresh.spend(20_000_001))
        #expect(!fresh.spend(1), "a refused spend empties the budget")
    }

    // MARK: Templates: 16 MiB

    @Test("a template of exactly 16 MiB is read; one byte more is refused")
    func templateSize() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("big.css")
        var data = Data(repeating: UInt8(ascii: " "), count: 16 * 1024 * 1024)
        try data.write(to: file)
        #expect(try ConfinedFile.read(file.path, inside: root.path).count == data.count)
        data.append(UInt8(ascii: " "))
        try data.write(to: file)
        do {
            _ = try ConfinedFile.read(file.path, inside: root.path)
            Issue.record("a template of 16 MiB + 1 byte was read")
        } catch {
            #expect(error.kind == .refused)
            #expect(error.reason.contains("larger than 16 MB"), "\(error.reason)")
        }
    }
}
