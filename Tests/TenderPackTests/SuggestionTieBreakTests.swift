import Foundation
import Testing
import TenderLoading
import TenderModel
@testable import TenderValidation

/// "Did you mean": between equally close candidates the first in alphabetical order
/// wins, whatever order they are declared in, so the note is the same on every run.
@Suite("Did you mean: tie-breaks")
struct SuggestionTieBreakTests {
    @Test("two candidates one edit away: the alphabetically first is suggested, in either order")
    func tieBreak() {
        #expect(Suggestion.closest(to: "nouth", in: ["south", "north"]) == "north")
        #expect(Suggestion.closest(to: "nouth", in: ["north", "south"]) == "north")
        #expect(Suggestion.closest(to: "lot", in: ["lots", "lit"]) == "lit")
        #expect(Suggestion.closest(to: "lot", in: ["lit", "lots"]) == "lit")
        // A closer candidate beats an alphabetically earlier one.
        #expect(Suggestion.closest(to: "nort", in: ["mort-x", "north"]) == "north")
        #expect(Suggestion.closest(to: "areaz", in: ["aims", "areas"]) == "areas")
    }

    @Test("a misspelt area between two equally close areas names the first alphabetically")
    func areaReference() throws {
        let text = """
            areas:
              - id: south
                name: South
                kind: district
              - id: north
                name: North
                kind: district
            lots:
              - id: support
                title: Floating support
                setting: floating-support
                areas: [nouth]

            """
        let findings = BadInputCorpus.findings(for: Data(RuleExample.merge(text, over: RuleExample.base).utf8))
            .filter { $0.ruleID == "reference.area" }
        #expect(findings.count == 1)
        #expect(findings.first?.notes == ["did you mean `north`?"], "\(findings)")
    }

    @Test("a misspelt key is suggested from the keys of its own mapping")
    func unknownKey() throws {
        let findings = BadInputCorpus.findings(for: Data(RuleExample.base.replacingOccurrences(
            of: "    areas: all\n", with: "    areas: all\n    areaz: all\n").utf8))
            .filter { $0.ruleID == "schema.unknown-key" }
        #expect(findings.first?.notes.contains("did you mean `areas`?") == true, "\(findings)")
    }
}
