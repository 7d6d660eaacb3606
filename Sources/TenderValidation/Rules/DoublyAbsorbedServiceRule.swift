import TenderModel

struct DoublyAbsorbedServiceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "current-service.absorbed-twice",
        severity: .error,
        summary: "A current service is absorbed by more than one lot, or absorbed and decommissioned",
        rationale: """
            Staff, caseloads and contracts move from a current service to exactly one successor. \
            Two successors (or a successor and a decommissioning) leave providers unable to say \
            who takes the people and the staff.
            """,
        triggering: [
            .fragment("""
                currentServices:
                  - id: link-workers
                    name: Hospital Link Workers
                lots:
                  - id: support
                    title: Low-level support
                    setting: floating-support
                    areas: all
                    absorbs: [link-workers]
                  - id: complex
                    title: Complex needs support
                    setting: floating-support
                    areas: all
                    absorbs: [↓link-workers]
                """),
        ],
        nonTriggering: [
            .fragment("""
                currentServices:
                  - id: link-workers
                    name: Hospital Link Workers
                lots:
                  - id: complex
                    title: Complex needs support
                    setting: floating-support
                    areas: all
                    absorbs: [link-workers]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var firstLot: [String: String] = [:]
        let decommissioned = Set(context.specification.currentServices.filter { $0.decommissioned != nil }.map(\.id.value))
        for lot in context.specification.lots {
            for service in lot.absorbs {
                if let other = firstLot[service.value], other != lot.id.value {
                    findings.append(finding(service.location,
                        "current service `\(service.value)` is absorbed by both `\(other)` and `\(lot.id.value)`"))
                } else if decommissioned.contains(service.value) {
                    findings.append(finding(service.location,
                        "current service `\(service.value)` is decommissioned and also absorbed by `\(lot.id.value)`"))
                }
                if firstLot[service.value] == nil { firstLot[service.value] = lot.id.value }
            }
        }
        return findings
    }
}
