import TenderModel

struct AwardSupplierCountRule: SpecificationRule {
    static let description = RuleDescription(
        id: "award.supplier-count",
        severity: .error,
        summary: "A lot is awarded to more suppliers than allowed, or a supplier wins more lots than the lot limit",
        rationale: """
            A lot of a single contract has one supplier; a framework lot has at most the number \
            of suppliers the framework appoints. And when the tender said no supplier would be \
            awarded more than N lots, an award breaking that limit is open to challenge from \
            every bidder who relied on it.
            """,
        triggering: [
            .fragment("""
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                    - ↓lot: support
                      supplier: Another Provider
                """),
            .fragment("""
                lots:
                  - {id: north, title: North, setting: floating-support, areas: all}
                  - {id: south, title: South, setting: floating-support, areas: all}
                  - {id: east, title: East, setting: floating-support, areas: all}
                procurement:
                  lotLimits: {maximumAwards: 1}
                award:
                  date: 2018-01-15
                  contracts:
                    - {lot: north, supplier: Example Support Ltd}
                    - ↓{lot: south, supplier: Example Support Ltd}
                    - {lot: east, supplier: Another Provider}
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  framework: {suppliersPerLot: 2, callOff: [mini-competition]}
                award:
                  date: 2018-01-15
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                    - lot: support
                      supplier: Another Provider
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        guard let award = spec.award else { return [] }
        let framework = spec.procurement?.framework
        let perLot = framework == nil ? 1 : framework?.suppliersPerLot?.value
        var findings: [Diagnostic] = []
        var suppliersByLot: [String: [String]] = [:]
        var lotsBySupplier: [String: [String]] = [:]
        let maximumAwards = spec.procurement?.lotLimits?.maximumAwards
        for contract in award.contracts {
            let supplier = contract.supplier.value
            var suppliers = suppliersByLot[contract.lot.value, default: []]
            if !suppliers.contains(supplier) {
                suppliers.append(supplier)
                suppliersByLot[contract.lot.value] = suppliers
                if let perLot, suppliers.count == perLot + 1 {
                    let allowed = framework == nil ? "a lot that is not a framework has one supplier"
                        : "the framework appoints at most \(perLot) per lot"
                    findings.append(finding(contract.location,
                                            "lot `\(contract.lot.value)` is awarded to \(suppliers.count) suppliers (\(suppliers.joined(separator: ", "))); \(allowed)"))
                }
            }
            var lots = lotsBySupplier[supplier, default: []]
            if !lots.contains(contract.lot.value) {
                lots.append(contract.lot.value)
                lotsBySupplier[supplier] = lots
                if let maximumAwards, lots.count == maximumAwards.value + 1 {
                    findings.append(finding(contract.location,
                                            "\(supplier) is awarded \(lots.count) lots (\(lots.joined(separator: ", "))) but no supplier may be awarded more than \(maximumAwards.value)",
                                            notes: ["the limit is at \(maximumAwards.location)"]))
                }
            }
        }
        return findings
    }
}
