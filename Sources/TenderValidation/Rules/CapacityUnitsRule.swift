import TenderModel

struct CapacityUnitsRule: SpecificationRule {
    static let description = RuleDescription(
        id: "capacity.units-without-accommodation",
        severity: .error,
        summary: "A floating support, outreach or in-reach lot states its capacity in units of accommodation",
        rationale: """
            Units are flats, rooms or bed spaces: only a service that comes with accommodation \
            has them. Floating support, outreach and hospital in-reach go to people where they \
            are, so their capacity is people supported at any one time or referrals a year. A \
            community lot sized in units usually means the wrong service type (it is dispersed \
            accommodation or supported living) or the wrong measure, and bidders would price \
            property they do not need.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    capacity:
                      - ↓{measure: units, qualifier: at-least, amount: 20}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    capacity:
                      - {measure: people, amount: 700}
                      - {measure: referrals-per-year, qualifier: about, amount: 300}
                """),
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: 24/7}
                    areas: all
                    capacity:
                      - {measure: units, qualifier: at-least, amount: 20}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.flatMap { lot -> [Diagnostic] in
            let kind = lot.setting.kind.value
            guard kind.category == .community else { return [] }
            return lot.capacity.filter { $0.measure.value == .units }.map {
                finding($0.location, "lot `\(lot.id.value)` is \(kind.title.lowercased()), which has no accommodation; state its capacity as people or referrals, not \($0.summary)")
            }
        }
    }
}
