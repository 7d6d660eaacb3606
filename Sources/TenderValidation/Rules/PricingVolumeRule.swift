import TenderModel

struct PricingVolumeRule: SpecificationRule {
    static let description = RuleDescription(
        id: "pricing.volume",
        severity: .error,
        summary: "A pricing schedule line has no evaluated volume, or a volume of zero",
        rationale: """
            Bidders' prices are compared by multiplying each price by the volume the council \
            expects to buy: 6,240 hours a year, 20 units for 52 weeks. Without the volume (or \
            with a volume of zero) a line cannot be evaluated, and bidders cannot see how much \
            each price matters, which invites an unbalanced bid and a challenge to the award.
            """,
        triggering: [
            .fragment("""
                pricing:
                  lines:
                    - ↓id: hourly-rate
                      lot: support
                      item: Support
                      basis: per-hour
                """),
            .fragment("""
                pricing:
                  lines:
                    - id: hourly-rate
                      lot: support
                      item: Support
                      basis: per-hour
                      volume: {hours: ↓0}
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
        var findings: [Diagnostic] = []
        for line in pricing.lines {
            guard let volume = line.volume, !volume.amounts.isEmpty else {
                findings.append(finding(line.location,
                    "price line `\(line.id.value)` has no evaluated volume; say what the price is multiplied by (`volume:` with \(line.basis.value.quantities.map { "`\($0.rawValue)`" }.joined(separator: " and ")))"))
                continue
            }
            for (quantity, amount) in volume.amounts where amount.value <= 0 {
                findings.append(finding(amount.location,
                    "price line `\(line.id.value)` is evaluated against 0 \(quantity.rawValue); a volume must be more than zero"))
            }
        }
        return findings
    }
}
