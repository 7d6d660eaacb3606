import TenderModel

struct ScoringScaleRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.scoring-scale",
        severity: .error,
        summary: "The scoring scale has repeated or unordered scores, a negative score, a score without a definition, or a single point",
        rationale: """
            Councils publish the scale each answer is scored on, commonly 0 to 5 (or 0, 25, 50, \
            75, 100), with a definition of what an answer must show for each score. Evaluators \
            apply it and bidders write to it, so every score must appear once, in ascending order, \
            from zero or more, each with its definition; a scale of one point cannot tell bids \
            apart.
            """,
        triggering: [
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                  scoringScale:
                    - {score: 0, label: Unacceptable, definition: "No answer, or an answer that does not meet the requirement."}
                    - {score: 3, label: Good, definition: Meets the requirement with some detail.}
                    - {score: ↓2, label: Satisfactory, definition: Meets the requirement in part.}
                """),
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                  scoringScale:
                    - {score: 0, label: Unacceptable, definition: "No answer, or an answer that does not meet the requirement."}
                    - ↓{score: 5, label: Excellent}
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
                  scoringScale:
                    - {score: 0, definition: "No answer, or an answer that does not meet the requirement."}
                    - {score: 25, definition: Meets the requirement in part.}
                    - {score: 50, definition: Meets the requirement.}
                    - {score: 75, definition: Meets the requirement with evidence.}
                    - {score: 100, definition: Exceeds the requirement with strong evidence.}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let scale = context.specification.evaluation?.scoringScale, !scale.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        if scale.count == 1 {
            findings.append(finding(scale[0].location, "a scoring scale needs at least two scores; this one has only \(HoursRange.format(scale[0].score.value))"))
        }
        var seen: [Double: SourceLocation] = [:]
        var previous: ScoreDefinition?
        for point in scale {
            let score = point.score
            if score.value < 0 {
                findings.append(finding(score.location, "score \(HoursRange.format(score.value)) is negative; scales start at 0"))
            }
            if let earlier = seen[score.value] {
                findings.append(finding(score.location, "score \(HoursRange.format(score.value)) appears twice in the scale",
                                        notes: ["first at \(earlier)"]))
            } else if let previous, score.value < previous.score.value {
                findings.append(finding(score.location,
                    "score \(HoursRange.format(score.value)) comes after \(HoursRange.format(previous.score.value)); list the scale from the lowest score to the highest"))
            }
            seen[score.value] = seen[score.value] ?? score.location
            if point.definition == nil {
                findings.append(finding(point.location,
                    "score \(HoursRange.format(score.value)) has no definition; say what an answer must show to earn it (`definition:`)"))
            }
            previous = point
        }
        return findings
    }
}
