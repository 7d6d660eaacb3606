import TenderModel

struct ProcedureStagesRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.stages",
        severity: .error,
        summary: "Procedure stages are given for a procedure that has none, or a competitive flexible tender has none",
        rationale: """
            The competitive flexible procedure is designed by the council (a selection stage, \
            negotiation, several rounds), so a tender under it must tell bidders its stages. \
            The open procedure is a single stage and a direct award has no competition: stages \
            listed for them describe a procedure that is not being run.
            """,
        triggering: [
            .fragment("""
                procurement:
                  procedure: open
                  stages:
                    - ↓id: negotiation
                      name: Negotiation
                """),
            .fragment("""
                status: tender
                procurement:
                  procedure: ↓competitive-flexible
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  procedure: competitive-flexible
                  stages:
                    - id: participation
                      name: Conditions of participation
                    - id: tender
                      name: Tender
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let procurement = spec.procurement else { return [] }
        let procedure = procurement.procedure
        if let first = procurement.stages.first, procedure?.value != .competitiveFlexible {
            let name = procedure.map { "the \($0.value.name)" } ?? "a procurement that names no procedure"
            return [finding(first.location,
                            "stages are listed for \(name); only the competitive flexible procedure has stages the council designs")]
        }
        if let procedure, procedure.value == .competitiveFlexible, procurement.stages.isEmpty, spec.holdsTenderTerms {
            return [finding(procedure.location,
                            "a tender under the competitive flexible procedure must list its stages (`procurement.stages`) so that bidders know how it will run")]
        }
        return []
    }
}
