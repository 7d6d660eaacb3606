import TenderModel

struct SocialValueRule: SpecificationRule {
    static let description = RuleDescription(
        id: "evaluation.social-value",
        severity: .warning,
        summary: "A tender evaluates no social value, or less than the council's stated minimum",
        rationale: """
            The Public Services (Social Value) Act 2012 requires a council to consider social \
            value when it buys services, and most councils now score it as its own category \
            alongside quality and price. PPN 06/20 requires central government to weight it at \
            least 10% of the total score; it does not bind local authorities, many of which set \
            their own minimum in a social value policy. A tender with no social value in its \
            evaluation, or less than the minimum the specification states \
            (`minimumSocialValue:`), should be a decision someone made, not an oversight.
            """,
        triggering: [
            .fragment("""
                status: tender
                evaluation:
                  ↓quality: 80
                  price: 20
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 80}
                    - {id: price, name: Price, category: price, weight: 20}
                """),
            .fragment("""
                evaluation:
                  quality: 75
                  price: 20
                  socialValue: ↓5
                  minimumSocialValue: 10
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 75}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 5}
                """),
            // Just under the stated minimum: 9.5% against 10%.
            .fragment("""
                evaluation:
                  quality: 70.5
                  price: 20
                  socialValue: ↓9.5
                  minimumSocialValue: 10
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 70.5}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 9.5}
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: draft
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
                  minimumSocialValue: 10
                  criteria:
                    - {id: quality, name: Quality of service, category: quality, weight: 70}
                    - {id: price, name: Price, category: price, weight: 20}
                    - {id: social-value, name: Social value, category: social-value, weight: 10}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let evaluation = spec.evaluation else { return [] }
        let criteria = evaluation.criteria.filter { $0.category.value == .socialValue }
        let weighted = evaluation.socialValueWeight?.value ?? criteria.reduce(0) { $0 + ($1.weight?.value ?? 0) }
        if let minimum = evaluation.minimumSocialValue {
            guard weighted + 1e-6 < minimum.value else { return [] }
            let at = evaluation.socialValueWeight?.location ?? criteria.first?.weight?.location ?? evaluation.location
            return [finding(at, "social value is weighted \(HoursRange.format(weighted))%, less than the stated minimum of \(HoursRange.format(minimum.value))%",
                            notes: ["minimumSocialValue is at \(minimum.location)"])]
        }
        guard spec.status.value >= .tender, weighted <= 0 else { return [] }
        return [finding(evaluation.location,
                        "the evaluation gives social value no weighting; councils commonly score it as its own category (`socialValue:` and a `social-value` criterion)",
                        notes: ["PPN 06/20 requires at least 10% in central government tenders; it does not bind local authorities, so this is a warning, not an error"])]
    }
}
