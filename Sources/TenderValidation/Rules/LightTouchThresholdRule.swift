import TenderModel

struct LightTouchThresholdRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.light-touch-threshold",
        severity: .error,
        summary: "A light-touch contract at or above the threshold is to be let as below-threshold",
        rationale: """
            Under the Procurement Act 2023 social care support is a light-touch service, with \
            a threshold of £663,540 including VAT measured on the whole-life estimated value \
            (initial term plus every extension). A contract at or above it is a covered \
            procurement: it must be let by the open or the competitive flexible procedure (or \
            a framework, a dynamic market, or a direct award where the Act allows one), not \
            as a below-threshold contract. Getting this wrong invites challenge.
            """,
        triggering: [
            .fragment("""
                procurement:
                  procedure: ↓below-threshold
                  lightTouch: true
                contract:
                  initialTerm: 3 years
                  extensions: [1 year]
                  annualValue: 200000
                """),
            // The threshold itself: £663,540 including VAT is at the threshold, not below it.
            .fragment("""
                procurement:
                  procedure: ↓below-threshold
                  lightTouch: true
                contract:
                  initialTerm: 1 year
                  annualValue: 663540
                  vat: included
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  procedure: below-threshold
                  lightTouch: true
                contract:
                  initialTerm: 3 years
                  annualValue: 150000
                  vat: included
                """),
            .fragment("""
                procurement:
                  procedure: open
                  lightTouch: true
                contract:
                  initialTerm: 3 years
                  extensions: [1 year]
                  annualValue: 200000
                  wholeLifeValue: 800000
                  vat: excluded
                  wholeLifeValueIncludingVAT: 960000
                """),
            // Just under the threshold by one pound.
            .fragment("""
                procurement:
                  procedure: below-threshold
                  lightTouch: true
                contract:
                  initialTerm: 1 year
                  annualValue: 663539
                  vat: included
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let procurement = spec.procurement, procurement.lightTouch?.value == true,
              let procedure = procurement.procedure, procedure.value == .belowThreshold,
              let estimate = Money.thresholdValue(spec.contract),
              estimate.value >= ProcurementAct2023.lightTouchThreshold else { return [] }
        let threshold = Money.pounds(ProcurementAct2023.lightTouchThreshold)
        let value = estimate.atLeast
            ? "at least \(Money.pounds(estimate.value)) (the figure without VAT)"
            : "\(Money.pounds(estimate.value)) including VAT"
        return [finding(procedure.location,
                        "the whole-life estimated value is \(value), at or above the light-touch threshold of \(threshold); it cannot be let as a below-threshold contract: use the open or competitive flexible procedure",
                        notes: [ProcurementAct2023.lightTouchThresholdSource, "the value is at \(estimate.location)"])]
    }
}
