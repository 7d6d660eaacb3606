import Foundation
import Testing
import TenderDiff

@Suite("Hostile-input corpus")
struct HostileCorpusTests {
    static let numbers = HostileNumbers.cases

    @Test("numbers beyond what the model holds are located findings", arguments: numbers)
    func number(_ input: HostileCase) {
        let findings = input.findings()
        #expect(input.mismatch(in: findings) == nil, "\(input.mismatch(in: findings) ?? "")")
    }
}

extension HostileCorpusTests {
    static let syntax = HostileSyntax.duplicateKeys

    @Test("syntax: duplicate keys are located at the second copy", arguments: syntax)
    func syntax(_ input: HostileCase) {
        let findings = input.findings()
        #expect(input.mismatch(in: findings) == nil, "\(input.mismatch(in: findings) ?? "")")
    }
}

extension HostileCorpusTests {
    static let aliases = HostileAliases.cases
    static let tags = HostileTags.cases

    @Test("aliases: a non-scalar key is refused at the key, in every context and line ending",
          .timeLimit(.minutes(1)), arguments: aliases)
    func alias(_ input: HostileCase) {
        let findings = input.findings()
        #expect(input.mismatch(in: findings) == nil, "\(input.mismatch(in: findings) ?? "")")
    }

    @Test("tags and directives: only !illustrative, no directives", arguments: tags)
    func tag(_ input: HostileCase) {
        let findings = input.findings()
        #expect(input.mismatch(in: findings) == nil, "\(input.mismatch(in: findings) ?? "")")
    }
}

extension HostileCorpusTests {
    static let text = HostileText.cases

    @Test("text: characters no tender document can carry are located", arguments: text)
    func text(_ input: HostileCase) {
        let findings = input.findings()
        #expect(input.mismatch(in: findings) == nil, "\(input.mismatch(in: findings) ?? "")")
    }
}

extension HostileCorpusTests {
    static let policy = HostilePolicyCase.cases

    @Test("policy: the policy file has the same protections as a specification", .timeLimit(.minutes(1)), arguments: policy)
    func policy(_ input: HostilePolicyCase) {
        let started = ContinuousClock.now
        let (_, findings) = DiffPolicy.parse(data: input.data, file: "tenderpack-policy.yaml")
        let elapsed = ContinuousClock.now - started
        let listing = findings.prefix(5).map { "\($0.location.line):\($0.location.column) \($0.ruleID): \($0.message.prefix(120))" }
        #expect(findings.contains { $0.ruleID == input.rule && $0.location.line == input.line && $0.location.column == input.column },
                "expected \(input.rule) at \(input.line):\(input.column); found \(listing)")
        #expect(findings.allSatisfy { $0.message.utf8.count < 1_000 && $0.location.file == "tenderpack-policy.yaml" })
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }
}
