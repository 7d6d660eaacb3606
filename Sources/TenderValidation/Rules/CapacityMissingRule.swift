import TenderModel

struct CapacityMissingRule: SpecificationRule {
    static let description = RuleDescription(
        id: "capacity.units-missing",
        severity: .warning,
        summary: "An accommodation lot at tender does not say how many units it has",
        rationale: """
            Bidders for an accommodation service price staff, housing management and property \
            per unit: "at least 20 units" or "about 45 units" is the first figure they look for. \
            A tender for supported accommodation, supported living, dispersed accommodation, \
            core and cluster or shared housing that gives no units cannot be priced consistently.
            """,
        triggering: [
            .fragment("""
                status: tender
                lots:
                  - id: ↓accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: 24/7}
                    areas: all
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: tender
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: 24/7}
                    areas: all
                    capacity:
                      - {measure: units, qualifier: about, amount: 18}
                """),
            .fragment("""
                status: draft
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: 24/7}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard spec.status.value == .tender else { return [] }
        return spec.lots.filter { lot in
            lot.setting.kind.value.isAccommodation && !lot.capacity.contains { $0.measure.value == .units }
        }.map { lot in
            finding(lot.id.location, "lot `\(lot.id.value)` is \(lot.setting.kind.value.title.lowercased()) but does not say how many units it has (`capacity: [{measure: units, amount: …}]`)")
        }
    }
}
