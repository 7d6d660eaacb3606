import TenderModel

struct PricingBasisRule: SpecificationRule {
    static let description = RuleDescription(
        id: "pricing.basis-volume",
        severity: .error,
        summary: "A pricing schedule line's evaluated volume is in units that do not fit its price basis",
        rationale: """
            An hourly rate is evaluated against hours; a weekly price per unit against units \
            and weeks; a weekly price per person against people and weeks; an annual block \
            price against years. A volume in other units (hours for a weekly unit price) cannot \
            be multiplied by the price, so the evaluation as published does not work.
            """,
        triggering: [
            .fragment("""
                pricing:
                  lines:
                    - id: weekly-unit-price
                      lot: support
                      item: Support, per unit of accommodation
                      basis: per-unit-per-week
                      volume: ↓{hours: 6240}
                """),
        ],
        nonTriggering: [
            .fragment("""
                pricing:
                  lines:
                    - id: weekly-unit-price
                      lot: support
                      item: Support, per unit of accommodation
                      basis: per-unit-per-week
                      volume: {units: 20, weeks: 52}
                    - id: block
                      lot: support
                      item: Out-of-hours on-call service
                      basis: annual-block
                      volume: {years: 1}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let pricing = context.specification.pricing else { return [] }
        return pricing.lines.compactMap { line in
            guard let volume = line.volume, !volume.amounts.isEmpty else { return nil }
            let expected = line.basis.value.quantities
            let given = volume.amounts.map(\.quantity)
            guard Set(given) != Set(expected) else { return nil }
            let names = { (list: [Volume.Quantity]) in list.map { "`\($0.rawValue)`" }.joined(separator: " and ") }
            return finding(volume.location,
                           "price line `\(line.id.value)` is \(line.basis.value.pricedAs), so its volume is in \(names(expected)); it gives \(names(given))")
        }
    }
}
