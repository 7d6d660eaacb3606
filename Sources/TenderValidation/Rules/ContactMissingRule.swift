import TenderModel

struct ContactMissingRule: SpecificationRule {
    static let description = RuleDescription(
        id: "contact.missing-at-tender",
        severity: .warning,
        summary: "A tender names neither a contact officer's email nor a tendering portal",
        rationale: """
            An invitation to tender must say how to reach the council: where bids are \
            submitted and where clarification questions go. Without a portal or a contact \
            email a bidder has nowhere to send either.
            """,
        triggering: [
            .fragment("status: ↓tender\n"),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                procurement:
                  portal:
                    name: In-Tend
                    url: https://in-tendhost.co.uk/example/aspx/Home
                """),
            .fragment("""
                status: tender
                procurement:
                  portal:
                    name: The Council's electronic tendering system
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .tender else { return [] }
        let procurement = spec.procurement
        guard procurement?.contact?.email == nil, procurement?.portal == nil else { return [] }
        return [finding(procurement?.location ?? spec.status.location,
                        "a tender must say how to reach the council: give `procurement.portal` (where bids go) or `procurement.contact` with an email")]
    }
}
