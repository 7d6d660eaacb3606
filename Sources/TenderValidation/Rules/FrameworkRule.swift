import TenderModel

struct FrameworkRule: SpecificationRule {
    static let description = RuleDescription(
        id: "procedure.framework",
        severity: .error,
        summary: "A framework's call-off rules need more suppliers than it appoints, or it is also a dynamic market",
        rationale: """
            A framework appoints several suppliers per lot and calls contracts off it by direct \
            award or by a further (mini-) competition among them. A mini-competition among one \
            supplier is no competition; and a procurement is either a framework or a dynamic \
            market, not both — bidders must know which they are joining.
            """,
        triggering: [
            .fragment("""
                procurement:
                  framework:
                    suppliersPerLot: ↓1
                    callOff: [mini-competition]
                """),
            .fragment("""
                procurement:
                  framework:
                    suppliersPerLot: 3
                  dynamicMarket:
                    ↓name: Supported accommodation dynamic market
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  framework:
                    suppliersPerLot: 3
                    callOff: [direct-award, mini-competition]
                    term: 4 years
                """),
            // The boundary: two suppliers per lot can compete for a call-off.
            .fragment("""
                procurement:
                  framework:
                    suppliersPerLot: 2
                    callOff: [mini-competition]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let procurement = context.specification.procurement, let framework = procurement.framework else { return [] }
        var findings: [Diagnostic] = []
        if let suppliers = framework.suppliersPerLot, suppliers.value < 2,
           framework.callOff.contains(where: { $0.value == .miniCompetition }) {
            findings.append(finding(suppliers.location,
                                    "a framework with one supplier per lot cannot call contracts off by mini-competition; appoint more suppliers or call off by direct award"))
        }
        if let market = procurement.dynamicMarket {
            findings.append(finding(market.location,
                                    "a procurement is a framework or a dynamic market, not both",
                                    notes: ["the framework is at \(framework.location)"]))
        }
        return findings
    }
}
