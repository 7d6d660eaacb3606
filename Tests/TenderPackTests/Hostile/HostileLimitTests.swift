import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
import TenderValidation

/// Inputs whose cost grows with the file: each must stay linear (a valid CRLF spec
/// with thousands of requirements and a `*` in its text; thousands of unknown
/// references among thousands of ids; huge keys that cannot be typos).
@Suite("Hostile-input corpus: cost")
struct HostileLimitTests {
    /// The base specification with `count` requirements whose text holds ` > ` and a
    /// background holding `*`, written with CRLF line endings.
    static func requirements(_ count: Int) -> Data {
        var text = RuleExample.base + "    requirements:\n"
        for index in 0..<count {
            text += "      - id: r\(index)\n        strength: must\n        text: Visits > 2 a week, rated 5 * by tenants.\n"
        }
        text += "background:\n  - Rated 5 * by the people who use it.\n"
        return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    @Test("a valid CRLF specification with 3,000 requirements and `*` in its text loads clean, quickly",
          arguments: [HostileCase.LineEnding.crlf, .cr])
    func manyRequirements(_ ending: HostileCase.LineEnding) {
        var data = Self.requirements(3_000)
        if ending == .cr { data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\r").utf8) }
        let started = ContinuousClock.now
        let result = SpecLoader.load(data: data, file: "big.yaml")
        let elapsed = ContinuousClock.now - started
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3))")
        #expect(result.specification?.lots.first?.requirements.count == 3_000)
        // The old key scan took 31 s on 10,000 of these in release; linear is a second or two in debug, quadratic half a minute.
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    @Test("2,000 unknown area references among 2,000 areas finish quickly, with some suggestions")
    func manyUnknownReferences() {
        let count = 2_000
        var text = RuleExample.base.components(separatedBy: "areas:\n")[0]
        text += "areas:\n" + (0..<count).map { "  - {id: district-\($0), name: D\($0), kind: district}\n" }.joined()
        text += "lots:\n" + (0..<count).map { "  - {id: lot-\($0), title: L, setting: floating-support, areas: [distrct-x\($0)]}\n" }.joined()
        let started = ContinuousClock.now
        let findings = BadInputCorpus.findings(for: Data(text.utf8))
        let elapsed = ContinuousClock.now - started
        let references = findings.filter { $0.ruleID == "reference.area" }
        #expect(references.count == count)
        #expect(references.first?.notes.isEmpty == false, "the first findings still carry a suggestion")
        // Without the budget this takes minutes in a debug build.
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    @Test("ten unknown keys of 200,000 characters: no suggestion, no hang")
    func hugeKeys() {
        let keys = (0..<10).map { "? " + String(repeating: "k", count: 200_000) + "\($0)\n: x\n" }.joined()
        let data = Data((RuleExample.base + keys).utf8)
        let started = ContinuousClock.now
        let findings = BadInputCorpus.findings(for: data)
        let elapsed = ContinuousClock.now - started
        let unknown = findings.filter { $0.ruleID == "schema.unknown-key" }
        #expect(unknown.count == 10)
        #expect(unknown.allSatisfy { $0.notes.isEmpty && $0.message.count < 300 })
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }

    @Test("the fuzzer's near-budget alias bomb is refused quickly, as a specification and as a policy")
    func fuzzAliasBomb() throws {
        let data = try Data(contentsOf: TestSupport.badFixture("fuzz-alias-bomb-near-budget.yaml"))
        let started = ContinuousClock.now
        let findings = BadInputCorpus.findings(for: data)
        let (_, policyFindings) = DiffPolicy.parse(data: data, file: "tenderpack-policy.yaml")
        let elapsed = ContinuousClock.now - started
        #expect(findings.map(\.ruleID) == ["yaml.expansion-limit"])
        #expect(policyFindings.map(\.ruleID) == ["yaml.expansion-limit"])
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test("suggestions are bounded: long words and far candidates cost nothing")
    func suggestionBounds() {
        let long = String(repeating: "a", count: 65)
        #expect(Suggestion.closest(to: long, in: [long]) == nil)
        #expect(Suggestion.closest(to: "hoursPerWek", in: ["hoursPerWeek", "hoursNote"]) == "hoursPerWeek")
        #expect(Suggestion.closest(to: "x", in: [String(repeating: "y", count: 60)]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}
