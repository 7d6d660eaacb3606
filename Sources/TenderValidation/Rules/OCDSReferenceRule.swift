import TenderModel

struct OCDSReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "ocds.reference-missing",
        severity: .warning,
        summary: "A tender has no procurement reference, so its OCDS release has no lasting ocid",
        rationale: """
            The open contracting release a build writes (`ocds-release.json`) identifies the \
            procurement by its ocid: the publisher's prefix and the council's procurement \
            reference. Every later release — amendments, the award — must carry the same \
            ocid, or open-data users see unrelated procurements. Without \
            `procurement.reference` the ocid falls back to the specification's id, which \
            changes between versions (the tender and the awarded version have different ids).
            """,
        triggering: [
            .fragment("status: ↓tender\n"),
            .fragment("""
                status: tender
                procurement:
                  ↓portal:
                    name: The Council's electronic tendering system
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                procurement:
                  reference: NCC-ASC-2013-CMHSS
                """),
            .fragment("status: consultation\n"),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms, spec.procurement?.reference == nil else { return [] }
        return [finding(spec.procurement?.location ?? spec.status.location,
                        "the OCDS release needs `procurement.reference` for its ocid; without it the ocid is `ocds-tenderpack-\(spec.id.value)`, which changes with the specification's id")]
    }
}
