import TenderModel

struct AwardIncompleteRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.incomplete",
        severity: .error,
        summary: "At awarded status a lot is not awarded, or an awarded contract has no date or value",
        rationale: """
            The award record answers who won which lot, when and for how much. A lot with \
            no supplier, or a contract with no award date or awarded value, leaves the \
            contract register and the award notice incomplete.
            """,
        triggering: [
            .fragment("""
                status: awarded
                award:
                  date: 2018-01-15
                  contracts:
                    - ↓lot: support
                      supplier: Example Support Ltd
                """),
            .fragment("""
                status: awarded
                lots:
                  - id: north-support
                    title: Floating support (north)
                    setting: floating-support
                    areas: all
                  - ↓id: south-support
                    title: Floating support (south)
                    setting: floating-support
                    areas: all
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: north-support
                      supplier: Example Support Ltd
                      annualValue: 600000
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: awarded
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                      companyNumber: "01234567"
                      annualValue: 600000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .awarded, let award = spec.award, award.notStated == nil else { return [] }
        guard !award.contracts.isEmpty else {
            return [finding(award.location, "an awarded specification must list the awarded contracts (`award.contracts`: lot, supplier, value)")]
        }
        var findings: [Diagnostic] = []
        let awardedLots = Set(award.contracts.map(\.lot.value))
        for lot in spec.lots where !awardedLots.contains(lot.id.value) {
            findings.append(finding(lot.location, "lot \(lot.number.value) (`\(lot.id.value)`) has no awarded contract in `award.contracts`"))
        }
        for contract in award.contracts {
            var missing: [String] = []
            if contract.date == nil, award.date == nil { missing.append("an award date (`date`, here or on `award`)") }
            if contract.annualValue == nil, contract.wholeLifeValue == nil { missing.append("an awarded value (`annualValue` or `wholeLifeValue`)") }
            guard !missing.isEmpty else { continue }
            findings.append(finding(contract.location,
                                    "the contract for lot `\(contract.lot.value)` awarded to \(contract.supplier.value) has no \(missing.joined(separator: " and no "))"))
        }
        return findings
    }
}
