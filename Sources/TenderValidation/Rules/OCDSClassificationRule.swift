import TenderModel

struct OCDSClassificationRule: SpecificationRule {
    static let description = RuleDescription(
        id: "ocds.cpv-missing",
        severity: .warning,
        summary: "A tender's contract has no CPV code, so its OCDS items have no classification",
        rationale: """
            Find a Tender and every open-data reader find tenders by their Common \
            Procurement Vocabulary code (85312000 Social work services without \
            accommodation, 70333000 Housing services…). The OCDS release classifies each \
            lot's item with `contract.cpv`; without a code the items are unclassified and \
            the tender does not show up in searches by category.
            """,
        triggering: [
            .fragment("""
                status: tender
                contract:
                  ↓start: 2014-01
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                contract:
                  start: 2014-01
                  cpv: ["85312000"]
                """),
            .fragment("""
                status: draft
                contract:
                  start: 2014-01
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms, let contract = spec.contract, contract.cpvCodes.isEmpty else { return [] }
        return [finding(contract.location,
                        "give `contract.cpv` (for example \"85312000\", social work services without accommodation): the OCDS release classifies each lot's item with it")]
    }
}
