import TenderModel

struct EvaluationWeightsRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.weights-sum",
        severity: .error,
        summary: "Evaluation criteria weightings do not add up to 100, or a criterion's sub-criteria do not add up to it",
        rationale: """
            Each criterion's weighting is its share of the whole score, and each sub-criterion's \
            weighting is its share of its criterion. If the criteria do not add up to 100, or a \
            criterion's sub-criteria do not add up to the criterion, the published method cannot \
            be applied as written, which is a common ground for challenging an award. Pass/fail \
            minimum standards carry no weighting and are not counted.
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
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: ↓80
                      subCriteria:
                        - {id: delivery, name: Service delivery, weight: 50}
                        - {id: staffing, name: Staffing, weight: 20}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            // Just over: weightings adding up to 100.5.
            .fragment("""
                evaluation:
                  ↓quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80.5}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            // Just under: weightings adding up to 99.5.
            .fragment("""
                evaluation:
                  ↓quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 79.5}
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
            .fragment("""
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - {id: registration, name: Registration and insurance, category: pass-fail}
                    - id: quality
                      name: Quality of service
                      category: quality
                      weight: 80
                      subCriteria:
                        - {id: delivery, name: Service delivery, weight: 50}
                        - {id: staffing, name: Staffing, weight: 30}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let evaluation = context.specification.evaluation else { return [] }
        var findings: [Diagnostic] = []
        let weighted = evaluation.weightedCriteria.compactMap(\.weight)
        if !weighted.isEmpty {
            let total = weighted.reduce(0) { $0 + $1.value }
            if abs(total - 100) > 1e-6 {
                findings.append(finding(evaluation.location, "criteria weightings add up to \(HoursRange.format(total)), not 100"))
            }
        }
        for criterion in evaluation.weightedCriteria where !criterion.subCriteria.isEmpty {
            guard let weight = criterion.weight else { continue }
            let sum = criterion.subCriteria.reduce(0) { $0 + $1.weight.value }
            if abs(sum - weight.value) > 1e-6 {
                findings.append(finding(weight.location,
                    "the sub-criteria of `\(criterion.id.value)` add up to \(HoursRange.format(sum)), but the criterion is weighted \(HoursRange.format(weight.value))",
                    notes: criterion.subCriteria.map { "\($0.id.value): \(HoursRange.format($0.weight.value)) at line \($0.weight.location.line)" }))
            }
        }
        return findings
    }
}
