import TenderModel

struct PassFailWeightRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.pass-fail-weighted",
        severity: .error,
        summary: "A pass/fail minimum standard carries a weighting",
        rationale: """
            Pass/fail (essential) criteria are minimum standards, such as registration, \
            insurance or safeguarding policies: they are assessed first, and a bid that fails \
            one goes no further. They are not scored, so a weighting on one (or on its \
            sub-criteria or questions) would either be ignored or count twice; bidders cannot \
            tell which.
            """,
        triggering: [
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - {id: insurance, name: Insurance, category: pass-fail, weight: ↓5}
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ],
        nonTriggering: [
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: insurance
                      name: Insurance
                      category: pass-fail
                      description: Employer's liability insurance of at least £5 million.
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        var findings: [Diagnostic] = []
        for criterion in evaluation.criteria where criterion.category.value == .passFail {
            let weights = [criterion.weight].compactMap { $0 } + criterion.subCriteria.map(\.weight) + criterion.questions.map(\.weight)
            for weight in weights {
                findings.append(finding(weight.location,
                    "`\(criterion.id.value)` is a pass/fail minimum standard and carries no weighting; remove the weighting of \(HoursRange.format(weight.value)) or make it a scored criterion"))
            }
        }
        return findings
    }
}
