import TenderModel

struct KPITargetRangeRule: SpecificationRule {
    static let description = RuleDescription(
        id: "kpi.target-out-of-range",
        severity: .error,
        summary: "A KPI target is outside the range its unit allows",
        rationale: """
            A target of 120% or of minus three days cannot be met or missed; it is a typo that \
            makes the KPI unenforceable. Percentages lie between 0 and 100, counts and times \
            are not negative.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: ↓120
                """),
            // Just over 100 percent.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: ↓100.5
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
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: 80
                """),
            // The limits themselves: 100 and 0 percent.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: 100
                """),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    kpis:
                      - id: planned-moves
                        indicator: People who moved on in a planned way
                        unit: percent
                        target: 0
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.flatMap(\.kpis).compactMap { kpi -> Diagnostic? in
            guard let target = kpi.target else { return nil }
            let unit = kpi.unit?.value
            let range = unit?.validRange ?? 0...Double.greatestFiniteMagnitude
            guard !range.contains(target.value) else { return nil }
            let allowed = unit == .percent ? "between 0 and 100" : "zero or more"
            return finding(target.location, "KPI `\(kpi.id.value)`: a target of \(HoursRange.format(target.value)) is not possible; \(unit?.rawValue ?? "a target") must be \(allowed)")
        }
    }
}
