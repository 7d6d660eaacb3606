import TenderModel

struct PricingCapacityRule: SpecificationRule {
    static let description = RuleDescription(
        id: "pricing.volume-capacity",
        severity: .warning,
        summary: "A per-unit or per-person price is evaluated against a number the lot's capacity contradicts",
        rationale: """
            When a lot buys about 18 units, a weekly unit price evaluated against 20 units (or \
            a per-person price against more people than the lot supports) weighs prices against \
            a service the council is not buying. Bidders read both numbers; they should agree, \
            or the difference should be explained.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Supported accommodation
                    setting: floating-support
                    areas: all
                    capacity:
                      - {measure: units, amount: 18}
                pricing:
                  lines:
                    - {id: unit-price, lot: support, item: Support, basis: per-unit-per-week, volume: {units: ↓20, weeks: 52}}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Supported accommodation
                    setting: floating-support
                    areas: all
                    capacity:
                      - {measure: units, qualifier: at-least, amount: 18}
                pricing:
                  lines:
                    - {id: unit-price, lot: support, item: Support, basis: per-unit-per-week, volume: {units: 20, weeks: 52}}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let pricing = context.specification.pricing else { return [] }
        let lots = Dictionary(context.specification.lots.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var findings: [Diagnostic] = []
        for line in pricing.lines {
            guard let lot = lots[line.lot.value] else { continue }
            let pairs: [(Volume.Quantity, Capacity.Measure)] = [(.units, .units), (.people, .people)]
            for (quantity, measure) in pairs {
                guard let evaluated = line.volume?.amount(quantity),
                      let capacity = lot.capacity.first(where: { $0.measure.value == measure }) else { continue }
                let stated = capacity.amount.value
                let contradicts: Bool
                switch capacity.qualifier?.value ?? .exact {
                case .exact, .about: contradicts = evaluated.value != stated
                case .atLeast: contradicts = evaluated.value < stated
                case .upTo: contradicts = evaluated.value > stated
                }
                guard contradicts else { continue }
                findings.append(finding(evaluated.location,
                    "price line `\(line.id.value)` is evaluated against \(Capacity.format(evaluated.value)) \(quantity.rawValue), but lot `\(lot.id.value)` buys \(capacity.summary)",
                    notes: ["the capacity is at \(capacity.location)"]))
            }
        }
        return findings
    }
}
