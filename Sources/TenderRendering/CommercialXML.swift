import TenderModel
internal import XMLKit
internal import TenderDocument

/// The commercial parts of `tender-pack.xml`: the contract's money, each lot's value
/// and dependencies, the procurement and the award.
enum CommercialXML {
    static func addMoney(_ contract: ContractTerms, to element: XMLElement) {
        element.addField("wholeLifeValue", contract.wholeLifeValue)?.setAttribute("currency", "GBP")
        element.addField("vat", contract.vat) { $0.rawValue }
        element.addField("wholeLifeValueIncludingVAT", contract.wholeLifeValueIncludingVAT)?.setAttribute("currency", "GBP")
    }

    static func addLot(_ lot: Lot, to element: XMLElement) {
        element.addField("annualValue", lot.annualValue)?.setAttribute("currency", "GBP")
        element.addField("wholeLifeValue", lot.wholeLifeValue)?.setAttribute("currency", "GBP")
        for dependency in lot.worksWith {
            let item = element.addElement("worksWith")
            item.setAttribute("lot", dependency.lot.value)
            if dependency.lot.provenance.isIllustrative { item.setAttribute("illustrative", "true") }
            item.addField("description", dependency.description)
        }
    }

    static func addProcurement(_ procurement: Procurement, to root: XMLElement) {
        let element = root.addElement("procurement")
        element.addField("reference", procurement.reference)
        element.addField("notice", procurement.notice)
        if let contact = procurement.contact {
            let item = element.addElement("contact")
            item.addField("name", contact.name)
            item.addField("role", contact.role)
            item.addField("email", contact.email)
        }
        if let portal = procurement.portal {
            let item = element.addElement("portal")
            item.addField("name", portal.name)
            item.addField("url", portal.url)
        }
        if let procedure = procurement.procedure {
            let item = element.addField("procedure", procedure) { $0.rawValue }
            if let method = procedure.value.ocdsMethod { item?.setAttribute("ocdsMethod", method.rawValue) }
        }
        if let lightTouch = procurement.lightTouch {
            element.addField("lightTouch", lightTouch) { $0 ? "true" : "false" }?
                .setAttribute("threshold", Formatting.number(ProcurementAct2023.lightTouchThreshold))
        }
        for stage in procurement.stages {
            let item = element.addElement("stage")
            item.setAttribute("id", stage.id.value)
            item.addField("name", stage.name)
            item.addField("description", stage.description)
        }
        if let framework = procurement.framework {
            let item = element.addElement("framework")
            item.addField("suppliersPerLot", framework.suppliersPerLot) { String($0) }
            for callOff in framework.callOff { item.addField("callOff", callOff) { $0.rawValue } }
            item.addField("term", framework.term) { $0.description }
        }
        if let market = procurement.dynamicMarket {
            let item = element.addElement("dynamicMarket")
            item.addField("name", market.name)
            item.addField("reference", market.reference)
        }
        if let limits = procurement.lotLimits {
            let item = element.addElement("lotLimits")
            item.addField("maximumBids", limits.maximumBids) { String($0) }
            item.addField("maximumAwards", limits.maximumAwards) { String($0) }
        }
    }

    static func addAward(_ award: Award, to root: XMLElement) {
        let element = root.addElement("award")
        element.addField("date", award.date) { $0.description }
        element.addField("notStated", award.notStated)
        for contract in award.contracts {
            let item = element.addElement("contract")
            item.setAttribute("lot", contract.lot.value)
            item.addField("supplier", contract.supplier)
            item.addField("companyNumber", contract.companyNumber)
            item.addField("date", contract.date) { $0.description }
            item.addField("annualValue", contract.annualValue)?.setAttribute("currency", "GBP")
            item.addField("wholeLifeValue", contract.wholeLifeValue)?.setAttribute("currency", "GBP")
        }
    }
}
