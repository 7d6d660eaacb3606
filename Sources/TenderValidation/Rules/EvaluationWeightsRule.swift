import TenderModel

struct EvaluationWeightsRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.weights-sum",
        severity: .error,
        summary: "Evaluation criteria weightings do not add up to 100",
        rationale: """
            Each criterion's weighting is its share of the whole score. If they do not add up \
            to 100 the published method cannot be applied as written, which is a common ground \
            for challenging an award.
            """,
        triggering: [
            .fragment("""
                evaluation:
                  ↓quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 70}
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
        guard let evaluation = context.specification.evaluation, !evaluation.criteria.isEmpty else { return [] }
        let total = evaluation.criteria.reduce(0) { $0 + $1.weight.value }
        guard abs(total - 100) > 1e-6 else { return [] }
        return [finding(evaluation.location, "criteria weightings add up to \(HoursRange.format(total)), not 100")]
    }
}
