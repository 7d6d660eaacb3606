import TenderModel

struct OutcomeReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.outcome",
        severity: .error,
        summary: "A lot or KPI names an outcome that the outcome framework does not define",
        rationale: """
            The outcome schedule groups every KPI under its outcome and domain. An outcome that \
            is not in the framework cannot be reported against, so the KPI measures nothing the \
            commissioner has agreed to monitor.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    outcomes: [↓maximise-income]
                """),
            // The outcome a KPI evidences is checked too.
            .fragment("""
                outcomeFramework:
                  name: Supporting People outcomes
                  domains:
                    - id: economic-wellbeing
                      name: Economic wellbeing
                      outcomes:
                        - {id: maximise-income, text: Maximised income}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    outcomes: [maximise-income]
                    kpis:
                      - id: income
                        indicator: People who maximised their income
                        unit: percent
                        target: 80
                        outcome: ↓maximise-incom
                """),
        ],
        nonTriggering: [
            .fragment("""
                outcomeFramework:
                  name: Supporting People outcomes
                  domains:
                    - id: economic-wellbeing
                      name: Economic wellbeing
                      outcomes:
                        - {id: maximise-income, text: Maximised income}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    outcomes: [maximise-income]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let references = context.specification.lots.flatMap { lot in lot.outcomes + lot.kpis.compactMap(\.outcome) }
        return references.filter { !context.outcomeIDs.contains($0.value) }.map {
            finding($0.location, "outcome `\($0.value)` is not defined in the outcome framework",
                    notes: context.suggestion(for: $0.value, in: context.outcomeIDs))
        }
    }
}
