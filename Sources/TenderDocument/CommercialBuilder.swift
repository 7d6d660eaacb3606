import TenderModel

/// The commercial parts of the tender pack: the contact officer and portal, the
/// contract's money, how the contract will be awarded (the Procurement Act 2023
/// procedure, framework, lot limits), each lot's value and dependencies, and the award.
struct CommercialBuilder {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var index: SpecificationIndex { context.index }
    private var wording: Wording { context.wording }
    private var procurement: Procurement? { spec.procurement }

    // MARK: How to respond

    var hasContact: Bool { procurement?.contact != nil || procurement?.portal != nil }

    /// "Norfolk Tenders: https://…", the address a link only when it is https.
    func portalRuns(_ portal: Portal) -> [Inline] {
        var runs: [Inline] = []
        if let name = portal.name { runs += context.value(name) }
        if let url = portal.url {
            if portal.name != nil { runs.append(.text(": ")) }
            // Shown as a link, never fetched; the rules refuse anything but https.
            if url.value.lowercased().hasPrefix("https://") {
                runs.append(.link(.external(url.value), context.value(url)))
            } else {
                runs += context.value(url)
            }
        }
        return runs
    }

    /// "Jane Smith, Commissioning Officer, jane@…".
    func contactRuns(_ contact: Contact) -> [Inline] {
        var parts = [contact.name, contact.role].compactMap { $0 }.map { context.value($0) }
        if let email = contact.email { parts.append([.link(.external("mailto:" + email.value), context.value(email))]) }
        return BuildContext.joined(parts, separator: ", ")
    }

    func contact() -> [Block] {
        guard hasContact else { return [] }
        var items: [Definition] = []
        if let portal = procurement?.portal { items.append(context.term(wording["respond.portal"], portalRuns(portal))) }
        if let contact = procurement?.contact { items.append(context.term(wording["respond.contact"], contactRuns(contact))) }
        return [.definitions(DefinitionList(items, role: BlockRole(rawValue: "contact")))]
    }

    // MARK: Contract terms

    /// Whole-life value and VAT, after the annual value in the contract terms.
    func money(_ contract: ContractTerms) -> [Definition] {
        var items: [Definition] = []
        if let whole = contract.wholeLifeValue {
            var runs = context.value(whole, Formatting.pounds)
            if let months = contract.wholeTermInMonths, !contract.extensions.isEmpty {
                runs.append(.text(" " + wording.format("contract.wholeLifeValue.term", Duration(months, .months).inWords)))
            }
            items.append(context.term(wording["contract.wholeLifeValue"], runs))
        }
        if let vat = contract.vat {
            items.append(context.term(wording["contract.vat"], context.value(vat) { wording["contract.vat.\($0.rawValue)"] }))
        }
        if let inclusive = contract.wholeLifeValueIncludingVAT {
            items.append(context.term(wording["contract.wholeLifeValueIncludingVAT"], context.value(inclusive, Formatting.pounds)))
        }
        return items
    }

    // MARK: How the contract will be awarded

    var hasProcedure: Bool {
        guard let p = procurement else { return false }
        return p.procedure != nil || p.lightTouch != nil || !p.stages.isEmpty || p.framework != nil
            || p.dynamicMarket != nil || p.lotLimits != nil
    }

    func procedure() -> [Block] {
        guard let p = procurement else { return [] }
        var items: [Definition] = []
        if let procedure = p.procedure {
            items.append(context.term(wording["procedure.procedure"], context.value(procedure) { wording["procedure.\($0.rawValue)"] }))
        }
        if let lightTouch = p.lightTouch {
            var runs = context.value(lightTouch) { wording[$0 ? "procedure.lightTouch.yes" : "procedure.lightTouch.no"] }
            if lightTouch.value, let estimate = thresholdComparison() {
                runs.append(.text(" "))
                runs += context.value(estimate.text, estimate.provenance)
            }
            items.append(context.term(wording["procedure.lightTouch"], runs))
        }
        if let framework = p.framework {
            var parts: [[Inline]] = []
            if let suppliers = framework.suppliersPerLot {
                parts.append(context.value(wording.format("procedure.framework.suppliers", String(suppliers.value)), suppliers.provenance))
            }
            if !framework.callOff.isEmpty {
                let ways = framework.callOff.map { wording["procedure.callOff.\($0.value.rawValue)"] }
                let provenance: Provenance = framework.callOff.contains { $0.provenance.isIllustrative } ? .illustrative : framework.callOff[0].provenance
                parts.append(context.value(wording.format("procedure.framework.callOff", Formatting.list(ways)), provenance))
            }
            if let term = framework.term {
                parts.append(context.value(wording.format("procedure.framework.term", term.value.description), term.provenance))
            }
            var runs: [Inline] = parts.isEmpty ? [.text(wording["procedure.framework.yes"])] : BuildContext.joined(parts, separator: "; ")
            runs.append(.text("."))
            items.append(context.term(wording["procedure.framework"], runs))
        }
        if let market = p.dynamicMarket {
            var runs = context.value(market.name)
            if let reference = market.reference { runs += [.text(" ("), .code(context.value(reference)), .text(")")] }
            items.append(context.term(wording["procedure.dynamicMarket"], runs))
        }
        if let limits = p.lotLimits {
            if let bids = limits.maximumBids { items.append(context.term(wording["procedure.maximumBids"], context.value(bids) { lots($0) })) }
            if let awards = limits.maximumAwards {
                items.append(context.term(wording["procedure.maximumAwards"], context.value(awards) { lots($0) }))
            }
        }
        var blocks: [Block] = [.definitions(DefinitionList(items, role: BlockRole(rawValue: "terms")))]
        if !p.stages.isEmpty {
            blocks.append(.heading([.text(wording["procedure.stages"])]))
            let stages = p.stages.map { stage -> ListItem in
                var runs: [Inline] = [.strong(context.value(stage.name))]
                if let description = stage.description { runs += [.text(": ")] + context.value(description) }
                return ListItem(id: "procedure-stage-\(stage.id.value)", inlines: runs)
            }
            blocks.append(.list(ItemList(stages, ordered: true, role: BlockRole(rawValue: "procedure-stages"))))
        }
        return blocks
    }

    private func lots(_ count: Int) -> String {
        count == 1 ? wording["procedure.lots.one"] : wording.format("procedure.lots", String(count))
    }

    /// "The estimated whole-life value, £X including VAT, is above the threshold of
    /// £663,540." — illustrative when the value it compares is.
    private func thresholdComparison() -> (text: String, provenance: Provenance)? {
        let threshold = ContractTerms.pounds(ProcurementAct2023.lightTouchThreshold)
        let thresholdOnly = (wording.format("procedure.threshold.only", threshold), Provenance.source("procurement-act-2023"))
        guard let contract = spec.contract else { return thresholdOnly }
        if let inclusive = contract.wholeLifeIncludingVAT {
            let key = inclusive.value >= ProcurementAct2023.lightTouchThreshold ? "procedure.threshold.above" : "procedure.threshold.below"
            return (wording.format(key, ContractTerms.pounds(inclusive.value), threshold), inclusive.provenance)
        }
        if let whole = contract.wholeLifeValue, whole.value >= ProcurementAct2023.lightTouchThreshold {
            return (wording.format("procedure.threshold.aboveWithoutVAT", ContractTerms.pounds(whole.value), threshold), whole.provenance)
        }
        return thresholdOnly
    }

    // MARK: Lots

    func lotValue(_ lot: Lot) -> Block {
        var items: [Definition] = []
        if let annual = lot.annualValue { items.append(context.term(wording["lot.value.annual"], context.value(annual, Formatting.pounds))) }
        if let whole = lot.wholeLifeValue { items.append(context.term(wording["lot.value.wholeLife"], context.value(whole, Formatting.pounds))) }
        return .definitions(DefinitionList(items))
    }

    func worksWith(_ lot: Lot) -> Block {
        let items = lot.worksWith.map { dependency -> ListItem in
            var runs: [Inline] = index.lot(dependency.lot.value).map { [context.lotLink($0)] } ?? context.value(dependency.lot)
            if let description = dependency.description { runs += [.text(": ")] + context.value(description) }
            return ListItem(inlines: runs)
        }
        return .list(ItemList(items))
    }

    // MARK: Award

    func award(_ award: Award) -> [Block] {
        if let notStated = award.notStated { return [context.paragraph(notStated)] }
        var blocks: [Block] = []
        if let date = award.date {
            blocks.append(.paragraph(Paragraph([.text(wording["award.date"] + ": "),
                                                .time(datetime: date.value.description, context.value(date) { $0.longForm }),
                                                .text(".")])))
        }
        guard !award.contracts.isEmpty else { return blocks }
        let columns = [Table.Column(wording["award.lot"]), Table.Column(wording["award.supplier"]),
                       Table.Column(wording["award.companyNumber"]), Table.Column(wording["award.contractDate"]),
                       Table.Column(wording["award.annualValue"], numeric: true), Table.Column(wording["award.wholeLifeValue"], numeric: true)]
        let rows = award.contracts.map { contract -> Table.Row in
            let lot: [Inline] = index.lot(contract.lot.value).map { [context.lotLink($0)] } ?? context.value(contract.lot)
            return Table.Row([
                Table.Cell(lot, header: .row),
                Table.Cell(context.value(contract.supplier)),
                cell(contract.companyNumber) { $0 },
                cell(contract.date ?? award.date) { $0.longForm },
                cell(contract.annualValue, numeric: true, Formatting.pounds),
                cell(contract.wholeLifeValue, numeric: true, Formatting.pounds),
            ])
        }
        blocks.append(context.table(caption: wording["award.caption"], columns: columns, role: "award", rows: rows))
        return blocks
    }

    private func cell<T>(_ field: Field<T>?, numeric: Bool = false, _ format: (T) -> String) -> Table.Cell {
        Table.Cell(field.map { context.value($0, format) } ?? context.none, numeric: numeric)
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
