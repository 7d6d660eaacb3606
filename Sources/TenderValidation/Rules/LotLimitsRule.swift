import TenderModel

struct LotLimitsRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lots.limits",
        severity: .error,
        summary: "A lot limit is not fewer than the number of lots, or allows winning more lots than bidding for",
        rationale: """
            "Bid for no more than N lots" and "no supplier will be awarded more than N lots" \
            spread a tender across providers. A limit of as many lots as there are (or more) \
            limits nothing and suggests a lot is missing; a supplier cannot win more lots \
            than it may bid for.
            """,
        triggering: [
            .fragment("""
                procurement:
                  lotLimits:
                    maximumBids: ↓2
                """),
            .fragment("""
                lots:
                  - {id: north, title: North, setting: floating-support, areas: all}
                  - {id: south, title: South, setting: floating-support, areas: all}
                  - {id: east, title: East, setting: floating-support, areas: all}
                procurement:
                  lotLimits:
                    maximumBids: 1
                    maximumAwards: ↓2
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - {id: north, title: North, setting: floating-support, areas: all}
                  - {id: south, title: South, setting: floating-support, areas: all}
                  - {id: east, title: East, setting: floating-support, areas: all}
                procurement:
                  lotLimits:
                    maximumBids: 2
                    maximumAwards: 1
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let limits = context.specification.procurement?.lotLimits else { return [] }
        let lots = context.specification.lots.count
        var findings: [Diagnostic] = []
        for (limit, what) in [(limits.maximumBids, "bid for"), (limits.maximumAwards, "be awarded")] {
            guard let limit, limit.value >= lots else { continue }
            findings.append(finding(limit.location,
                                    "a limit of \(limit.value) on the lots one supplier may \(what) limits nothing: the specification has \(lots) lot\(lots == 1 ? "" : "s")"))
        }
        if let bids = limits.maximumBids, let awards = limits.maximumAwards, awards.value > bids.value, awards.value < lots {
            findings.append(finding(awards.location,
                                    "a supplier may bid for at most \(bids.value) lot\(bids.value == 1 ? "" : "s") so cannot be awarded \(awards.value)"))
        }
        return findings
    }
}
