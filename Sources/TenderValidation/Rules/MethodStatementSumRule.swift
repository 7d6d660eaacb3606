import TenderModel

struct MethodStatementSumRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.questions-sum",
        severity: .error,
        summary: "A criterion's method statement questions do not add up to the criterion's weighting",
        rationale: """
            Bidders answer method statement questions, each with its own weighting, and the \
            scores of the questions make up their criterion's score. If a criterion's questions \
            do not add up to its weighting, part of the criterion is scored on nothing (or \
            counted twice), and bidders cannot tell how much effort each answer deserves.
            """,
        triggering: [
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: ↓80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 50, wordLimit: 1500}
                        - {id: q2, question: How will you safeguard residents?, weight: 20, wordLimit: 1000}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ],
        nonTriggering: [
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: 80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 50, wordLimit: 1500}
                        - {id: q2, question: How will you safeguard residents?, weight: 30, wordLimit: 1000}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        var findings: [Diagnostic] = []
        for criterion in evaluation.weightedCriteria where !criterion.questions.isEmpty {
            guard let weight = criterion.weight else { continue }
            let sum = criterion.questions.reduce(0) { $0 + $1.weight.value }
            if abs(sum - weight.value) > 1e-6 {
                findings.append(finding(weight.location,
                    "the method statement questions of `\(criterion.id.value)` add up to \(HoursRange.format(sum)), but the criterion is weighted \(HoursRange.format(weight.value))",
                    notes: criterion.questions.map { "\($0.id.value): \(HoursRange.format($0.weight.value)) at line \($0.weight.location.line)" }))
            }
        }
        return findings
    }
}
