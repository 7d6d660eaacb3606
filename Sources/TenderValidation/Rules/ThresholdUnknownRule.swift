import TenderModel

struct ThresholdUnknownRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.threshold-unknown",
        severity: .warning,
        summary: "A light-touch procurement does not say enough to tell whether it is above the threshold",
        rationale: """
            The light-touch threshold (£663,540) is measured on the whole-life estimated value \
            including VAT. When the specification gives no whole-life value (or annual value \
            and term), or gives it without VAT and below the threshold, nobody can tell \
            whether the Act's competitive procedures apply. State the whole-life value and the \
            VAT-inclusive figure.
            """,
        triggering: [
            .fragment("""
                procurement:
                  procedure: open
                  lightTouch: ↓true
                """),
            .fragment("""
                procurement:
                  procedure: open
                  lightTouch: true
                contract:
                  wholeLifeValue: ↓600000
                  vat: excluded
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  procedure: open
                  lightTouch: true
                contract:
                  wholeLifeValue: 600000
                  vat: excluded
                  wholeLifeValueIncludingVAT: 720000
                """),
            .fragment("""
                procurement:
                  procedure: open
                  lightTouch: true
                contract:
                  wholeLifeValue: 14760000
                  vat: excluded
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let procurement = spec.procurement, let lightTouch = procurement.lightTouch, lightTouch.value,
              procurement.procedure != nil else { return [] }
        let threshold = Money.pounds(ProcurementAct2023.lightTouchThreshold)
        guard let estimate = Money.thresholdValue(spec.contract) else {
            return [finding(lightTouch.location,
                            "a light-touch procurement must state its whole-life estimated value (`contract.wholeLifeValue`, or `annualValue` with the term) to be compared with the threshold of \(threshold) including VAT",
                            notes: [ProcurementAct2023.lightTouchThresholdSource])]
        }
        guard estimate.atLeast, estimate.value < ProcurementAct2023.lightTouchThreshold else { return [] }
        return [finding(estimate.location,
                        "the whole-life value \(Money.pounds(estimate.value)) excludes VAT and is below the light-touch threshold of \(threshold), which is measured including VAT; state `wholeLifeValueIncludingVAT`",
                        notes: [ProcurementAct2023.lightTouchThresholdSource])]
    }
}
