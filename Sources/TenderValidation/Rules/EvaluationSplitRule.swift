import TenderModel

struct EvaluationSplitRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.split",
        severity: .error,
        summary: "The quality/price split is missing, does not add up to 100, or disagrees with the criteria",
        rationale: """
            The quality/price split (for example 80/20) is the first thing a bidder reads about \
            evaluation. It must be stated, add up to 100, and agree with the criteria: the \
            quality criteria's weightings must add up to the quality share and the price \
            criteria's to the price share.
            """,
        triggering: [
            .fragment("""
                evaluation:
                  ↓quality: 80
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            .fragment("""
                evaluation:
                  ↓quality: 70
                  price: 30
                  criteria:
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
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        guard let quality = evaluation.qualityWeight, let price = evaluation.priceWeight else {
            return [finding(evaluation.location, "evaluation must state both the quality and the price share (`quality:` and `price:`)")]
        }
        if abs(quality.value + price.value - 100) > 1e-6 {
            return [finding(evaluation.location,
                            "quality (\(HoursRange.format(quality.value))) and price (\(HoursRange.format(price.value))) shares add up to \(HoursRange.format(quality.value + price.value)), not 100")]
        }
        var findings: [Diagnostic] = []
        for (category, share) in [(EvaluationCriterion.Category.quality, quality), (.price, price)] {
            let criteria = evaluation.criteria.filter { $0.category.value == category }
            guard !criteria.isEmpty else { continue }
            let sum = criteria.reduce(0) { $0 + $1.weight.value }
            if abs(sum - share.value) > 1e-6 {
                findings.append(finding(evaluation.location,
                    "\(category.rawValue) criteria add up to \(HoursRange.format(sum)), but the \(category.rawValue) share is \(HoursRange.format(share.value))"))
            }
        }
        return findings
    }
}
