import TenderModel

struct TenderEvaluationRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lifecycle.tender-evaluation",
        severity: .error,
        summary: "A specification at tender status has no evaluation criteria",
        rationale: """
            Bidders are entitled to know how tenders will be scored before they write them: \
            award criteria and their weightings belong in the tender documents. A tender-status \
            specification must state its evaluation criteria.
            """,
        triggering: [
            .fragment("status: ↓tender\n"),
        ],
        nonTriggering: [
            .fragment("status: draft\n"),
            .fragment("""
                status: tender
                evaluation:
                  quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms else { return [] }
        if let evaluation = spec.evaluation {
            if evaluation.criteria.isEmpty {
                return [finding(evaluation.location, "evaluation lists no criteria; a tender must say how bids are scored")]
            }
            return []
        }
        return [finding(spec.status.location, "a tender must state its evaluation criteria (`evaluation:`)")]
    }
}
