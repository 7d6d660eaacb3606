import TenderModel

struct ManagementKPIOutcomeRule: SpecificationRule {
    static let description = RuleDescription(
        id: "kpi.management-with-outcome",
        severity: .error,
        summary: "A contract-management KPI names an outcome",
        rationale: """
            Contract-management KPIs (response times, occupancy, referral-to-start days) \
            measure how the contract runs, not what changes for people; the outcome schedule \
            keeps them apart. One that names an outcome is either an outcome KPI marked as the \
            wrong kind or an outcome link nobody meant, and it would be counted as evidence of \
            an outcome it does not measure.
            """,
        triggering: [
            .fragment("""
                outcomeFramework:
                  name: Supporting People outcomes
                  domains:
                    - id: stay-safe
                      name: Stay safe
                      outcomes:
                        - {id: maintain-accommodation, text: Maintained accommodation and avoided eviction}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: response-time
                        kind: contract-management
                        indicator: Working days from referral to first contact
                        outcome: ↓maintain-accommodation
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: response-time
                        kind: contract-management
                        indicator: Working days from referral to first contact
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.flatMap(\.kpis).compactMap { kpi -> Diagnostic? in
            guard kpi.isContractManagement, let outcome = kpi.outcome else { return nil }
            return finding(outcome.location, "KPI `\(kpi.id.value)` is a contract-management KPI but names outcome `\(outcome.value)`; remove the outcome or make it an outcome KPI")
        }
    }
}
