import TenderModel

struct OCDSMethodRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.ocds-method",
        severity: .error,
        summary: "The contract's OCDS procurement method contradicts the Procurement Act 2023 procedure",
        rationale: """
            `contract.procedure` is the procurement method published in open contracting data \
            (open, selective, limited, direct); `procurement.procedure` is the procedure under \
            the Procurement Act 2023. The open procedure is published as `open`, the \
            competitive flexible procedure as `selective` and a direct award as `direct`. When \
            the two disagree, the notice and the pack describe different procurements.
            """,
        triggering: [
            .fragment("""
                procurement:
                  procedure: competitive-flexible
                contract:
                  procedure: ↓open
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  procedure: competitive-flexible
                contract:
                  procedure: selective
                """),
            .fragment("""
                procurement:
                  procedure: below-threshold
                contract:
                  procedure: open
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let procedure = spec.procurement?.procedure, let method = procedure.value.ocdsMethod,
              let stated = spec.contract?.procedure, stated.value != method else { return [] }
        return [finding(stated.location,
                        "`contract.procedure: \(stated.value.rawValue)` contradicts `procurement.procedure: \(procedure.value.rawValue)`, which is published as `\(method.rawValue)`",
                        notes: ["procurement.procedure is at \(procedure.location)"])]
    }
}
