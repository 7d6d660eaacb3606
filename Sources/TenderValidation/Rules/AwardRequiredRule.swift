import TenderModel

struct AwardRequiredRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.required",
        severity: .error,
        summary: "A specification at awarded status does not record the award",
        rationale: """
            Once a contract is awarded, the specification is the record of what was bought \
            from whom: the award date and, for each lot, the supplier and the awarded value. \
            Where the source records none of it (services let long ago), say so with \
            `award.notStated` rather than leaving it out.
            """,
        triggering: [
            .fragment("status: ↓awarded\n"),
        ],
        nonTriggering: [
            .fragment("""
                status: awarded
                award:
                  notStated: The consultation describes the services in place but names no provider, award date or value.
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .awarded, spec.award == nil else { return [] }
        return [finding(spec.status.location,
                        "an awarded specification must record the award (`award:` with its date and, for each lot, the supplier and value), or say why it cannot (`award.notStated`)")]
    }
}
