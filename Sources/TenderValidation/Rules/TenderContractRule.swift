import TenderModel

struct TenderContractRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lifecycle.tender-contract",
        severity: .error,
        summary: "A specification at tender (or awarded) status does not state the contract's start, term and value",
        rationale: """
            Bidders price a contract over its length: when it starts, how long it runs and what \
            it is worth (or its budget) must be in the tender. Without them bids cannot be \
            compared. An awarded specification keeps them, as the record of what was let \
            (unless its award is not recorded: `award.notStated`).
            """,
        triggering: [
            .fragment("status: ↓tender\n"),
            .fragment("""
                status: tender
                contract:
                  ↓start: 2014-01-06
                  initialTerm: 3 years
                """),
            .fragment("""
                status: ↓awarded
                award:
                  date: 2013-11-01
                  contracts:
                    - {lot: support, supplier: Example Support Ltd, annualValue: 1200000}
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                contract:
                  start: 2014-01-06
                  initialTerm: 3 years
                  annualValue: 1200000
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms else { return [] }
        guard let contract = spec.contract else {
            return [finding(spec.status.location, "a tender must state its contract terms (`contract:` with start, initial term and annual value)")]
        }
        var missing: [String] = []
        if contract.start == nil { missing.append("start") }
        if contract.initialTerm == nil { missing.append("initialTerm") }
        if contract.annualValue == nil { missing.append("annualValue") }
        guard !missing.isEmpty else { return [] }
        return [finding(contract.location, "contract terms of a tender are missing \(missing.map { "`\($0)`" }.joined(separator: ", "))")]
    }
}
