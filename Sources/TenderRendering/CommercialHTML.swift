import TenderModel
internal import XMLKit

/// The commercial parts of `tender-pack.html`: the reference and notice on the cover,
/// the contact officer and portal under "How to respond", the contract's money, how
/// the contract will be awarded (the Procurement Act 2023 procedure, framework, lot
/// limits), each lot's value and dependencies, and the award.
struct CommercialHTML {
    let spec: Specification
    let index: SpecificationIndex
    let html: HTMLContext

    private var labels: Labels { html.labels }
    private var procurement: Procurement? { spec.procurement }

    // MARK: Cover

    /// The council's reference when the specification gives one, else the specification's id.
    func addReference(to facts: XMLElement) {
        if let reference = procurement?.reference {
            html.addValue(reference, to: html.term(labels["cover.reference"], in: facts).addElement("code"))
        } else {
            html.term(labels["cover.reference"], in: facts).addElement("code", text: spec.id.value)
        }
        if let notice = procurement?.notice {
            html.addValue(notice, to: html.term(labels["cover.notice"], in: facts).addElement("code"))
        }
    }

    // MARK: How to respond

    var hasContact: Bool { procurement?.contact != nil || procurement?.portal != nil }

    func addContact(to section: XMLElement) {
        guard hasContact else { return }
        let list = section.addElement("dl", attributes: ["class": "contact"])
        if let portal = procurement?.portal {
            let dd = html.term(labels["respond.portal"], in: list)
            if let name = portal.name { html.addValue(name, to: dd) }
            if let url = portal.url {
                if portal.name != nil { dd.addText(": ") }
                // Shown as a link, never fetched; the rules refuse anything but https.
                let target = url.value.lowercased().hasPrefix("https://") ? url.value : nil
                let parent = target.map { dd.addElement("a", attributes: ["href": $0]) } ?? dd
                html.addValue(url, to: parent)
            }
        }
        if let contact = procurement?.contact {
            let dd = html.term(labels["respond.contact"], in: list)
            var first = true
            for part in [contact.name, contact.role].compactMap({ $0 }) {
                if !first { dd.addText(", ") }
                html.addValue(part, to: dd)
                first = false
            }
            if let email = contact.email {
                if !first { dd.addText(", ") }
                html.addValue(email, to: dd.addElement("a", attributes: ["href": "mailto:" + email.value]))
            }
        }
    }

    // MARK: Contract terms

    /// Whole-life value and VAT, after the annual value in the contract terms.
    func addMoney(_ contract: ContractTerms, to list: XMLElement) {
        if let whole = contract.wholeLifeValue {
            let dd = html.term(labels["contract.wholeLifeValue"], in: list)
            html.addValue(whole, to: dd, Formatting.pounds)
            if let months = contract.wholeTermInMonths, !contract.extensions.isEmpty {
                dd.addText(" " + labels.format("contract.wholeLifeValue.term", Duration(months, .months).inWords))
            }
        }
        if let vat = contract.vat {
            html.addValue(vat, to: html.term(labels["contract.vat"], in: list)) { labels["contract.vat.\($0.rawValue)"] }
        }
        if let inclusive = contract.wholeLifeValueIncludingVAT {
            html.addValue(inclusive, to: html.term(labels["contract.wholeLifeValueIncludingVAT"], in: list), Formatting.pounds)
        }
    }

    // MARK: How the contract will be awarded

    var hasProcedure: Bool {
        guard let p = procurement else { return false }
        return p.procedure != nil || p.lightTouch != nil || !p.stages.isEmpty || p.framework != nil
            || p.dynamicMarket != nil || p.lotLimits != nil
    }

    func addProcedure(to section: XMLElement) {
        guard let p = procurement else { return }
        let list = section.addElement("dl", attributes: ["class": "terms"])
        if let procedure = p.procedure {
            html.addValue(procedure, to: html.term(labels["procedure.procedure"], in: list)) { labels["procedure.\($0.rawValue)"] }
        }
        if let lightTouch = p.lightTouch {
            let dd = html.term(labels["procedure.lightTouch"], in: list)
            html.addValue(lightTouch, to: dd) { labels[$0 ? "procedure.lightTouch.yes" : "procedure.lightTouch.no"] }
            if lightTouch.value, let estimate = thresholdComparison() {
                dd.addText(" ")
                html.addValue(estimate.text, estimate.provenance, to: dd)
            }
        }
        if let framework = p.framework {
            let dd = html.term(labels["procedure.framework"], in: list)
            var parts: [(Provenance, String)] = []
            if let suppliers = framework.suppliersPerLot {
                parts.append((suppliers.provenance, labels.format("procedure.framework.suppliers", String(suppliers.value))))
            }
            if !framework.callOff.isEmpty {
                let ways = framework.callOff.map { labels["procedure.callOff.\($0.value.rawValue)"] }
                let provenance: Provenance = framework.callOff.contains { $0.provenance.isIllustrative } ? .illustrative : framework.callOff[0].provenance
                parts.append((provenance, labels.format("procedure.framework.callOff", Formatting.list(ways))))
            }
            if let term = framework.term {
                parts.append((term.provenance, labels.format("procedure.framework.term", term.value.description)))
            }
            if parts.isEmpty { dd.addText(labels["procedure.framework.yes"]) }
            for (index, part) in parts.enumerated() {
                if index > 0 { dd.addText("; ") }
                html.addValue(part.1, part.0, to: dd)
            }
            dd.addText(".")
        }
        if let market = p.dynamicMarket {
            let dd = html.term(labels["procedure.dynamicMarket"], in: list)
            html.addValue(market.name, to: dd)
            if let reference = market.reference {
                dd.addText(" (")
                html.addValue(reference, to: dd.addElement("code"))
                dd.addText(")")
            }
        }
        if let limits = p.lotLimits {
            if let bids = limits.maximumBids {
                html.addValue(bids, to: html.term(labels["procedure.maximumBids"], in: list)) { lots($0) }
            }
            if let awards = limits.maximumAwards {
                html.addValue(awards, to: html.term(labels["procedure.maximumAwards"], in: list)) { lots($0) }
            }
        }
        if !p.stages.isEmpty {
            section.addElement("h4", text: labels["procedure.stages"])
            let stages = section.addElement("ol", attributes: ["class": "procedure-stages"])
            for stage in p.stages {
                let item = stages.addElement("li", attributes: ["id": "procedure-stage-\(stage.id.value)"])
                html.addValue(stage.name, to: item.addElement("strong"))
                if let description = stage.description {
                    item.addText(": ")
                    html.addValue(description, to: item)
                }
            }
        }
    }

    private func lots(_ count: Int) -> String {
        count == 1 ? labels["procedure.lots.one"] : labels.format("procedure.lots", String(count))
    }

    /// "The estimated whole-life value, £X including VAT, is above the threshold of
    /// £663,540." — illustrative when the value it compares is.
    private func thresholdComparison() -> (text: String, provenance: Provenance)? {
        let threshold = ContractTerms.pounds(ProcurementAct2023.lightTouchThreshold)
        let thresholdOnly = (labels.format("procedure.threshold.only", threshold), Provenance.source("procurement-act-2023"))
        guard let contract = spec.contract else { return thresholdOnly }
        if let inclusive = contract.wholeLifeIncludingVAT {
            let key = inclusive.value >= ProcurementAct2023.lightTouchThreshold ? "procedure.threshold.above" : "procedure.threshold.below"
            return (labels.format(key, ContractTerms.pounds(inclusive.value), threshold), inclusive.provenance)
        }
        if let whole = contract.wholeLifeValue, whole.value >= ProcurementAct2023.lightTouchThreshold {
            return (labels.format("procedure.threshold.aboveWithoutVAT", ContractTerms.pounds(whole.value), threshold), whole.provenance)
        }
        return thresholdOnly
    }

    // MARK: Lots

    func addLotValue(_ lot: Lot, to section: XMLElement) {
        let list = section.addElement("dl")
        if let annual = lot.annualValue { html.addValue(annual, to: html.term(labels["lot.value.annual"], in: list), Formatting.pounds) }
        if let whole = lot.wholeLifeValue { html.addValue(whole, to: html.term(labels["lot.value.wholeLife"], in: list), Formatting.pounds) }
    }

    func addWorksWith(_ lot: Lot, to section: XMLElement) {
        let list = section.addElement("ul")
        for dependency in lot.worksWith {
            let item = list.addElement("li")
            if let other = index.lot(dependency.lot.value) {
                item.addElement("a", attributes: ["href": "#" + LotHTML.anchor(other)],
                                text: labels.format("lot.heading", String(other.number.value), other.title.value))
            } else {
                html.addValue(dependency.lot, to: item)
            }
            if let description = dependency.description {
                item.addText(": ")
                html.addValue(description, to: item)
            }
        }
    }

    // MARK: Award

    func addAward(_ award: Award, to section: XMLElement) {
        if let notStated = award.notStated {
            html.paragraph(notStated, in: section)
            return
        }
        if let date = award.date {
            let p = section.addElement("p")
            p.addText(labels["award.date"] + ": ")
            html.addValue(date, to: p.addElement("time", attributes: ["datetime": date.value.description])) { $0.longForm }
            p.addText(".")
        }
        guard !award.contracts.isEmpty else { return }
        let body = html.table(caption: labels["award.caption"],
                              columns: [labels["award.lot"], labels["award.supplier"], labels["award.companyNumber"],
                                        labels["award.contractDate"], labels["award.annualValue"], labels["award.wholeLifeValue"]],
                              class: "award", in: section)
        for contract in award.contracts {
            let row = body.addElement("tr")
            let lotCell = row.addElement("th", attributes: ["scope": "row"])
            if let lot = index.lot(contract.lot.value) {
                lotCell.addElement("a", attributes: ["href": "#" + LotHTML.anchor(lot)],
                                   text: labels.format("lot.heading", String(lot.number.value), lot.title.value))
            } else {
                html.addValue(contract.lot, to: lotCell)
            }
            html.addValue(contract.supplier, to: row.addElement("td"))
            cell(contract.companyNumber, in: row) { $0 }
            cell(contract.date ?? award.date, in: row) { $0.longForm }
            cell(contract.annualValue, in: row, number: true, Formatting.pounds)
            cell(contract.wholeLifeValue, in: row, number: true, Formatting.pounds)
        }
    }

    private func cell<T>(_ field: Field<T>?, in row: XMLElement, number: Bool = false, _ format: (T) -> String) {
        let td = number ? row.addElement("td", attributes: ["class": "number"]) : row.addElement("td")
        if let field { html.addValue(field, to: td, format) } else { td.addText(labels["none"]) }
    }
}

extension Duration {
    /// "5 years", "4 years and 6 months": a length in months as an officer says it.
    var inWords: String {
        let months = Int(inMonths.rounded())
        let years = months / 12, rest = months % 12
        let y = years == 1 ? "1 year" : "\(years) years"
        let m = rest == 1 ? "1 month" : "\(rest) months"
        if rest == 0 { return y }
        return years == 0 ? m : "\(y) and \(m)"
    }
}
