import TenderModel

struct TenderKPITargetRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lifecycle.tender-kpi-targets",
        severity: .error,
        summary: "At tender status a lot has no KPIs or a KPI has no target",
        rationale: """
            Performance targets are part of what a provider commits to and prices. A tender in \
            which a lot has no KPIs, or a KPI has no target, leaves performance to be argued \
            about after the contract is signed.
            """,
        triggering: [
            .fragment("""
                status: tender
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
                status: tender
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: 80
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.holdsTenderTerms else { return [] }
        var findings: [Diagnostic] = []
        for lot in spec.lots {
            if lot.kpis.isEmpty {
                findings.append(finding(lot.location, "lot `\(lot.id.value)` has no KPIs; a tender must say how performance is measured"))
            }
            for kpi in lot.kpis where kpi.target == nil {
                findings.append(finding(kpi.location, "KPI `\(kpi.id.value)` has no target"))
            }
        }
        return findings
    }
}
