import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderValidation

/// Every rule's own examples, as `tenderpack explain` prints them: each triggering
/// example must produce a finding of that rule (at the `↓` marker, when there is
/// one); each non-triggering example must produce none.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let example: RuleExample
        let triggers: Bool
        let number: Int
        var testDescription: String { "\(rule.id) \(triggers ? "reports" : "accepts") example \(number)" }
    }

    static let cases: [Case] = RuleCatalogue.all.flatMap { rule in
        rule.triggering.enumerated().map { Case(rule: rule, example: $1, triggers: true, number: $0 + 1) }
            + rule.nonTriggering.enumerated().map { Case(rule: rule, example: $1, triggers: false, number: $0 + 1) }
    }

    static func findings(for example: RuleExample) -> [Diagnostic] {
        let result = SpecLoader.load(data: example.data, file: "example.yaml")
        return result.diagnostics + (result.specification.map(Validator.validate) ?? [])
    }

    @Test(arguments: cases)
    func example(_ c: Case) {
        let findings = Self.findings(for: c.example).filter { $0.ruleID == c.rule.id }
        if c.triggers {
            #expect(!findings.isEmpty, "expected a `\(c.rule.id)` finding")
            if let marker = c.example.markedLocation {
                let places = findings.map { "\($0.location.line):\($0.location.column)" }
                #expect(findings.contains { $0.location.line == marker.line && $0.location.column == marker.column },
                        "expected `\(c.rule.id)` at \(marker.line):\(marker.column), found at \(places)")
            }
            #expect(findings.allSatisfy { $0.severity == c.rule.severity })
        } else {
            #expect(findings.isEmpty, "unexpected: \(findings.map(\.message))")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in RuleCatalogue.all {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test func ruleIDsAreUniqueAndWellFormed() {
        let ids = RuleCatalogue.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count >= 25)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" || $0.isNumber }, "\(id)")
            #expect(id.contains("."), "\(id) has no category")
        }
    }

    /// The base that fragments merge over must itself be clean, or every
    /// non-triggering example would prove nothing.
    @Test func baseSpecificationIsClean() throws {
        let result = SpecLoader.load(text: RuleExample.base, file: "base.yaml")
        #expect(result.diagnostics.isEmpty)
        let specification = try #require(result.specification)
        #expect(Validator.validate(specification) == [])
    }
}
