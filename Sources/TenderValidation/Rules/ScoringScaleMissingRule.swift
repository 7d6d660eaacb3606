import TenderModel

struct ScoringScaleMissingRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.scale-missing",
        severity: .warning,
        summary: "A tender asks method statement questions but publishes no scoring scale",
        rationale: """
            Councils publish the scale answers are scored on (commonly 0 to 5, with a \
            definition for each score) with the criteria, so that bidders know what a good \
            answer must show and evaluators score consistently. A tender that asks written \
            questions without its scale leaves both to guess, and a score that cannot be \
            explained against a published scale is hard to defend.
            """,
        triggering: [
            .fragment("""
                status: tender
                evaluation:
                  ↓quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: 80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 1500}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: 80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 1500}
                    - {id: price, name: Price, category: price, weight: 20}
                  scoringScale:
                    - {score: 0, definition: No answer or an answer that does not address the question.}
                    - {score: 5, definition: Meets the requirement fully with strong evidence.}
                """),
            .fragment("""
                status: draft
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: 80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 1500}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value >= .tender, let evaluation = spec.evaluation,
              !evaluation.questions.isEmpty, evaluation.scoringScale.isEmpty else { return [] }
        return [finding(evaluation.location,
                        "the evaluation asks \(evaluation.questions.count) method statement question\(evaluation.questions.count == 1 ? "" : "s") but publishes no scoring scale (`scoringScale:`)")]
    }
}
