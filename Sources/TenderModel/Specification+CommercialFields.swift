/// The commercial parts of a specification in the walk of its values (what rules
/// check and `diff` compares): money, the procurement and the award.
extension Specification {
    /// The contract's whole-life value and VAT, inside `contract`.
    static func walkMoney(_ contract: ContractTerms, into w: inout FieldWalker) {
        w.field("Whole-life value", key: "wholeLifeValue", contract.wholeLifeValue, format: ContractTerms.pounds)
        w.field("VAT", key: "vat", contract.vat)
        w.field("Whole-life value including VAT", key: "wholeLifeValueIncludingVAT", contract.wholeLifeValueIncludingVAT,
                format: ContractTerms.pounds)
    }

    /// A lot's value and the lots it works with, inside the lot.
    static func walkCommercial(_ lot: Lot, into w: inout FieldWalker) {
        w.field("Annual value", key: "annualValue", lot.annualValue, format: ContractTerms.pounds)
        w.field("Whole-life value", key: "wholeLifeValue", lot.wholeLifeValue, format: ContractTerms.pounds)
        for dependency in lot.worksWith {
            w.element("Works with lot \(dependency.lot.value)", in: "worksWith", id: dependency.lot.value,
                      display: [dependency.lot.value, dependency.description?.value].compactMap { $0 }.joined(separator: ": "),
                      location: dependency.location, provenance: dependency.lot.provenance) { w in
                w.field("Lot", key: "lot", dependency.lot)
                w.field("Description", key: "description", dependency.description, prose: true)
            }
        }
    }

    /// The procurement and the award, after the rest of the specification.
    func walkCommercial(into w: inout FieldWalker) {
        if let procurement {
            w.within("Procurement", key: "procurement") { w in
                w.field("Reference", key: "reference", procurement.reference)
                w.field("Notice", key: "notice", procurement.notice)
                if let contact = procurement.contact {
                    w.within("Contact", key: "contact") { w in
                        w.field("Name", key: "name", contact.name, prose: true)
                        w.field("Role", key: "role", contact.role, prose: true)
                        w.field("Email", key: "email", contact.email)
                    }
                }
                if let portal = procurement.portal {
                    w.within("Portal", key: "portal") { w in
                        w.field("Name", key: "name", portal.name, prose: true)
                        w.field("Address", key: "url", portal.url)
                    }
                }
                w.field("Procedure", key: "procedure", procurement.procedure)
                w.field("Light-touch regime", key: "lightTouch", procurement.lightTouch)
                for stage in procurement.stages {
                    w.element("Stage \(stage.id.value)", in: "stages", id: stage.id.value, display: stage.name.value,
                              location: stage.location, provenance: stage.id.provenance) { w in
                        w.field("Name", key: "name", stage.name, prose: true)
                        w.field("Description", key: "description", stage.description, prose: true)
                    }
                }
                if let framework = procurement.framework {
                    w.within("Framework", key: "framework") { w in
                        w.field("Suppliers per lot", key: "suppliersPerLot", framework.suppliersPerLot)
                        w.fields("Call-off", key: "callOff", framework.callOff, byValue: true)
                        w.field("Term", key: "term", framework.term)
                    }
                }
                if let market = procurement.dynamicMarket {
                    w.within("Dynamic market", key: "dynamicMarket") { w in
                        w.field("Name", key: "name", market.name, prose: true)
                        w.field("Reference", key: "reference", market.reference)
                    }
                }
                if let limits = procurement.lotLimits {
                    w.within("Lot limits", key: "lotLimits") { w in
                        w.field("Most lots one supplier may bid for", key: "maximumBids", limits.maximumBids)
                        w.field("Most lots one supplier may win", key: "maximumAwards", limits.maximumAwards)
                    }
                }
            }
        }
        if let award {
            w.within("Award", key: "award") { w in
                w.field("Date", key: "date", award.date)
                w.field("Not stated", key: "notStated", award.notStated, prose: true)
                for contract in award.contracts {
                    w.element("Lot \(contract.lot.value) · \(contract.supplier.value)", in: "contracts", id: contract.key,
                              display: contract.supplier.value, location: contract.location,
                              provenance: contract.lot.provenance) { w in
                        w.field("Lot", key: "lot", contract.lot)
                        w.field("Supplier", key: "supplier", contract.supplier)
                        w.field("Company number", key: "companyNumber", contract.companyNumber)
                        w.field("Date", key: "date", contract.date)
                        w.field("Annual value", key: "annualValue", contract.annualValue, format: ContractTerms.pounds)
                        w.field("Whole-life value", key: "wholeLifeValue", contract.wholeLifeValue, format: ContractTerms.pounds)
                    }
                }
            }
        }
    }
}
