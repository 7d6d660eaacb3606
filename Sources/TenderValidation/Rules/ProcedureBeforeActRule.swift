import TenderModel

struct ProcedureBeforeActRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.before-act",
        severity: .warning,
        summary: "A procurement names a Procurement Act 2023 procedure but was issued before the Act came into force",
        rationale: """
            The Procurement Act 2023 came into force on 24 February 2025; a tender issued \
            before then was let under the earlier regulations, whose procedures the Act's \
            names do not describe. Restating an older tender, give the published method in \
            `contract.procedure` rather than an Act procedure.
            """,
        triggering: [
            .fragment("""
                timeline:
                  - milestone: tender-issued
                    date: 2017-10
                procurement:
                  procedure: ↓open
                """),
        ],
        nonTriggering: [
            .fragment("""
                timeline:
                  - milestone: tender-issued
                    date: 2026-02-16
                procurement:
                  procedure: open
                """),
            .fragment("""
                timeline:
                  - milestone: tender-issued
                    date: 2017-10
                contract:
                  procedure: open
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let procedure = spec.procurement?.procedure else { return [] }
        // When the tender went out; failing that, when the contract starts.
        guard let issued = spec.milestone(.tenderIssued)?.date ?? spec.contract?.start,
              issued.value.latest < ProcurementAct2023.inForce.earliest else { return [] }
        return [finding(procedure.location,
                        "the \(procedure.value.name) is a Procurement Act 2023 procedure, but this procurement dates from \(issued.value.longForm), before the Act came into force on \(ProcurementAct2023.inForce.longForm); give the published method in `contract.procedure` instead",
                        notes: ["the date is at \(issued.location)"])]
    }
}
