import TenderModel

struct PricingLotRule: SpecificationRule {
    static let description = RuleDescription(
        id: "pricing.unknown-lot",
        severity: .error,
        summary: "A pricing schedule line belongs to a lot that does not exist",
        rationale: """
            Every line of the pricing schedule is priced for one lot. A line naming a lot the \
            specification does not have (a renamed or removed lot, a typing slip) would be \
            priced by nobody, or by the wrong bidders.
            """,
        triggering: [
            .fragment("""
                pricing:
                  lines:
                    - id: hourly-rate
                      lot: ↓suport
                      item: Support
                      basis: per-hour
                      volume: {hours: 6240}
                """),
        ],
        nonTriggering: [
            .fragment("""
                pricing:
                  lines:
                    - id: hourly-rate
                      lot: support
                      item: Support
                      basis: per-hour
                      volume: {hours: 6240}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let pricing = context.specification.pricing else { return [] }
        let lots = Set(context.specification.lots.map(\.id.value))
        return pricing.lines.compactMap { line in
            guard !lots.contains(line.lot.value) else { return nil }
            return finding(line.lot.location, "price line `\(line.id.value)` is for lot `\(line.lot.value)`, which is not a lot of this specification",
                           notes: context.suggestion(for: line.lot.value, in: lots))
        }
    }
}
