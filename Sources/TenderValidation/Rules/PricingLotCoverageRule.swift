import TenderModel

struct PricingLotCoverageRule: SpecificationRule {
    static let description = RuleDescription(
        id: "pricing.lot-unpriced",
        severity: .warning,
        summary: "The pricing schedule has no line for a lot",
        rationale: """
            A bidder for a lot must be able to see exactly what to price. When the pricing \
            schedule lists lines for some lots but none for another, bidders for that lot have \
            nothing to price and their bids cannot be compared on price.
            """,
        triggering: [
            .fragment("""
                lots:
                  - {id: support, title: Floating support, setting: floating-support, areas: all}
                  - ↓{id: outreach, title: Outreach, setting: floating-support, areas: all}
                pricing:
                  lines:
                    - {id: hourly-rate, lot: support, item: Support, basis: per-hour, volume: {hours: 6240}}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - {id: support, title: Floating support, setting: floating-support, areas: all}
                  - {id: outreach, title: Outreach, setting: floating-support, areas: all}
                pricing:
                  lines:
                    - {id: hourly-rate, lot: support, item: Support, basis: per-hour, volume: {hours: 6240}}
                    - {id: outreach-rate, lot: outreach, item: Outreach, basis: per-hour, volume: {hours: 3120}}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let pricing = context.specification.pricing else { return [] }
        let priced = Set(pricing.lines.map(\.lot.value))
        return context.specification.lots.filter { !priced.contains($0.id.value) }.map { lot in
            finding(lot.location, "the pricing schedule has no line for lot \(lot.number.value) (`\(lot.id.value)`); bidders for it have nothing to price")
        }
    }
}
