import TenderModel

struct AwardExceedsEstimateRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.exceeds-estimate",
        severity: .warning,
        summary: "A lot is awarded for more than its estimated value",
        rationale: """
            The estimated value published with the tender is what bidders priced against and \
            what the threshold and budget were judged on. An award above it may be right, but \
            it should be a decision someone can explain, not a slip in a figure.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                      annualValue: ↓650000
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    annualValue: 600000
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                      annualValue: 585000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let award = spec.award else { return [] }
        // A specification of one lot may state its estimate only on the contract.
        let single = spec.lots.count == 1 ? spec.contract : nil
        var findings: [Diagnostic] = []
        let byLot = Dictionary(grouping: award.contracts, by: \.lot.value)
        for lot in spec.lots {
            let contracts = byLot[lot.id.value] ?? []
            let measures: [(String, KeyPath<AwardedContract, Field<Double>?>, Field<Double>?)] = [
                ("annual", \.annualValue, lot.annualValue ?? single?.annualValue),
                ("whole-life", \.wholeLifeValue, lot.wholeLifeValue ?? single?.wholeLifeValue),
            ]
            for (name, value, estimate) in measures {
                let awarded = contracts.compactMap { $0[keyPath: value] }
                guard let estimate, let last = awarded.last else { continue }
                let sum = awarded.reduce(0) { $0 + $1.value }
                guard sum > estimate.value, !Money.agree(sum, estimate.value, figures: awarded.count) else { continue }
                findings.append(finding(last.location,
                                        "lot `\(lot.id.value)` is awarded for an \(name) value of \(Money.pounds(sum)), above its estimated \(Money.pounds(estimate.value))",
                                        notes: ["the estimate is at \(estimate.location)"]))
            }
        }
        return findings
    }
}
