import TenderModel

struct WordLimitRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.word-limit",
        severity: .error,
        summary: "A method statement question's word limit is outside 50 to 10,000 words",
        rationale: """
            A word limit tells bidders how much to write and evaluators where to stop reading. \
            Councils set limits of a few hundred to a few thousand words per question; a limit \
            of zero, a handful of words or tens of thousands of words is a typing slip (an extra \
            zero, a weighting in the wrong field) that would make the question unanswerable or \
            unevaluable.
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
                      weight: 80
                      questions:
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: ↓0}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: ↓150000}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            // Just under the shortest allowed (50).
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: ↓49}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            // Just over the longest allowed (10,000).
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: ↓10001}
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 1500}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            // The limits themselves: 50 and 10,000 words.
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 50}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
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
                        - {id: q1, question: How will you deliver the service?, weight: 80, wordLimit: 10000}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    static let allowed = 50...10_000

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        return evaluation.questions.compactMap { item in
            let limit = item.question.wordLimit
            guard !Self.allowed.contains(limit.value) else { return nil }
            return finding(limit.location,
                           "question `\(item.question.id.value)` has a word limit of \(limit.value); a method statement's word limit is between \(Self.allowed.lowerBound) and \(Self.allowed.upperBound.formatted()) words")
        }
    }
}
