import Foundation
import Testing

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
