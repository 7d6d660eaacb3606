import TenderModel

struct IncompleteKPIRule: SpecificationRule {
    static let description = RuleDescription(
        id: "kpi.incomplete",
        severity: .error,
        summary: "A KPI lacks its unit, frequency, evidence source, or (for an outcome KPI) its linked outcome",
        rationale: """
            A KPI a provider can be held to says what is counted (its unit), how often it is \
            reported, from what evidence, and — for an outcome KPI — which outcome it shows \
            progress on. Without them the outcome schedule cannot be completed and monitoring \
            becomes a negotiation. Contract-management KPIs (`kind: contract-management`: \
            response times, occupancy, referral-to-start days) evidence no outcome and need none.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - ↓id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                """),
        ],
        nonTriggering: [
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
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        frequency: quarterly
                        evidence: Supporting People outcome forms
                        outcome: maintain-accommodation
                """),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: referral-to-start
                        kind: contract-management
                        indicator: Working days from referral to the start of support
                        unit: days
                        frequency: monthly
                        evidence: Referral and case records
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.flatMap(\.kpis).compactMap { kpi -> Diagnostic? in
            var missing: [String] = []
            if kpi.unit == nil { missing.append("unit") }
            if kpi.frequency == nil { missing.append("frequency") }
            if kpi.evidence == nil { missing.append("evidence") }
            if kpi.outcome == nil && !kpi.isContractManagement { missing.append("outcome") }
            guard !missing.isEmpty else { return nil }
            return finding(kpi.location, "KPI `\(kpi.id.value)` is missing \(missing.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }
}
