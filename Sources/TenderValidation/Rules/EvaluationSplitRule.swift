import TenderModel

struct EvaluationSplitRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.split",
        severity: .error,
        summary: "The quality/price (and social value) split is missing, does not add up to 100, or disagrees with the criteria",
        rationale: """
            The split (for example 80/20, or quality 70, price 20 and social value 10) is the \
            first thing a bidder reads about evaluation. It must be stated, add up to 100, and \
            agree with the criteria: the quality criteria's weightings must add up to the quality \
            share, the price criteria's to the price share, and the social value criteria's to \
            the social value share. Pass/fail minimum standards are outside the split.
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
            .fragment("""
                evaluation:
                  ↓quality: 70
                  price: 20
                  socialValue: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 70}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 10}
                """),
            .fragment("""
                evaluation:
                  ↓quality: 70
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 70}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 10}
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
            .fragment("""
                evaluation:
                  quality: 70
                  price: 20
                  socialValue: 10
                  criteria:
                    - {id: registration, name: Registration and insurance, category: pass-fail}
                    - {id: quality, name: Quality of service, category: quality, weight: 70}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 10}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        guard let quality = evaluation.qualityWeight, let price = evaluation.priceWeight else {
            return [finding(evaluation.location, "evaluation must state both the quality and the price share (`quality:` and `price:`)")]
        }
        let social = evaluation.socialValueWeight
        let total = quality.value + price.value + (social?.value ?? 0)
        if abs(total - 100) > 1e-6 {
            let q = HoursRange.format(quality.value), p = HoursRange.format(price.value)
            let parts = social.map { "quality (\(q)), price (\(p)) and social value (\(HoursRange.format($0.value)))" }
                ?? "quality (\(q)) and price (\(p))"
            return [finding(evaluation.location, "\(parts) shares add up to \(HoursRange.format(total)), not 100")]
        }
        var findings: [Diagnostic] = []
        for category in [EvaluationCriterion.Category.quality, .price, .socialValue] {
            let criteria = evaluation.criteria.filter { $0.category.value == category }
            guard !criteria.isEmpty else { continue }
            let name = category == .socialValue ? "social value" : category.rawValue
            let sum = criteria.reduce(0) { $0 + ($1.weight?.value ?? 0) }
            guard let share = evaluation.share(of: category) else {
                findings.append(finding(evaluation.location,
                    "there are \(name) criteria (weighted \(HoursRange.format(sum))) but no \(name) share; state it as `socialValue: \(HoursRange.format(sum))` and take it out of the other shares"))
                continue
            }
            if abs(sum - share.value) > 1e-6 {
                findings.append(finding(evaluation.location,
                    "\(name) criteria add up to \(HoursRange.format(sum)), but the \(name) share is \(HoursRange.format(share.value))"))
            }
        }
        return findings
    }
}
