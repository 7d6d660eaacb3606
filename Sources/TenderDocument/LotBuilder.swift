import TenderModel

/// One lot's service specification: every part a numbered subsection, eligibility,
/// exclusions and aims as citable clauses, requirements as numbered rows with must or
/// should, then outcomes and KPIs.
struct LotBuilder {
    let context: BuildContext
    let lot: Lot

    private var spec: Specification { context.spec }
    private var index: SpecificationIndex { context.index }
    private var wording: Wording { context.wording }
    private var prefix: String { BuildContext.anchor(lot) }

    private func part(_ key: String, _ id: String, _ blocks: [Block]) -> Section {
        Section(id: "\(prefix)_\(id)", heading: wording[key], inContents: false, blocks: blocks)
    }

    func section() -> Section {
        var blocks: [Block] = []
        if let summary = lot.summary { blocks.append(context.paragraph(summary, role: .summary)) }
        var parts: [Section] = []
        if !lot.aims.isEmpty { parts.append(part("lot.aims", "aims", [context.clauses(lot.aims, idPrefix: "\(prefix)_aim")])) }
        if let group = lot.clientGroup { parts.append(part("lot.clientGroup", "client-group", [context.paragraph(group)])) }
        if !lot.eligibility.isEmpty {
            parts.append(part("lot.eligibility", "eligibility", [context.clauses(lot.eligibility, idPrefix: "\(prefix)_eligibility")]))
        }
        if !lot.exclusions.isEmpty {
            parts.append(part("lot.exclusions", "exclusions", [context.clauses(lot.exclusions, idPrefix: "\(prefix)_exclusion")]))
        }
        if !lot.referralSources.isEmpty {
            let items = lot.referralSources.map { source -> ListItem in
                var runs = context.value(source.name)
                if let partner = source.partner, partner.value != source.name.value {
                    runs.append(.text(" (" + index.partnerName(partner.value) + ")"))
                }
                return ListItem(id: "\(prefix)_referral-\(source.id.value)", inlines: runs)
            }
            parts.append(part("lot.referrals", "referrals", [.list(ItemList(items))]))
        }
        parts.append(part("lot.setting", "setting", [setting()]))
        if !lot.capacity.isEmpty { parts.append(part("lot.capacity", "capacity", [capacity()])) }
        if let intensity = lot.intensity {
            var intensityBlocks: [Block] = [.paragraph(Paragraph(context.value(intensity.value, Formatting.hours)))]
            if let note = intensity.note { intensityBlocks.append(context.paragraph(note, role: .note)) }
            parts.append(part("lot.intensity", "intensity", intensityBlocks))
        }
        if let durations = lot.durations {
            parts.append(part("lot.durations", "durations", [LotBuilder.durations(durations, context: context)]))
        }
        parts.append(part("lot.geography", "geography", GeographyBuilder(context: context).lotGeography(lot)))
        let commercial = CommercialBuilder(context: context)
        if lot.annualValue != nil || lot.wholeLifeValue != nil {
            parts.append(part("lot.value", "value", [commercial.lotValue(lot)]))
        }
        if !lot.worksWith.isEmpty { parts.append(part("lot.worksWith", "works-with", [commercial.worksWith(lot)])) }
        if !lot.partnerships.isEmpty {
            let items = lot.partnerships.map { context.term(index.partnerName($0.partner.value), context.value($0.description)) }
            parts.append(part("lot.partnerships", "partnerships", [.definitions(DefinitionList(items))]))
        }
        if !lot.absorbs.isEmpty {
            let items = lot.absorbs.map { id -> ListItem in
                let name = index.currentServicePositions[id.value].map { spec.currentServices[$0].name.value } ?? id.value
                return ListItem(inlines: [.link(.anchor("current-\(id.value)"), [.text(name)])])
            }
            parts.append(part("lot.absorbs", "absorbs", [.list(ItemList(items))]))
        }
        if let stageID = lot.stage, let stage = index.stage(stageID.value) {
            parts.append(part("lot.stage", "stage", [.paragraph(Paragraph([
                .link(.anchor("stage-\(stage.id.value)"), [.text("\(wording["pathway.stage"]) \(stage.number.value): \(stage.name.value)")]),
            ]))]))
        }
        if !lot.requirements.isEmpty { parts.append(part("lot.requirements", "requirements", [requirements()])) }
        if !lot.outcomes.isEmpty || lot.kpis.contains(where: { !$0.isContractManagement }) {
            parts.append(part("lot.outcomes", "outcomes", outcomes()))
        }
        let management = lot.kpis.filter(\.isContractManagement)
        if !management.isEmpty {
            parts.append(part("lot.management", "contract-management", managementKPIs(management)))
        }
        let heading = wording.format("lot.heading", String(lot.number.value), lot.title.value)
        return Section(id: prefix, heading: heading, role: BlockRole(rawValue: "lot"), blocks: blocks, subsections: parts)
    }

    private func setting() -> Block {
        let setting = lot.setting
        var items = [context.term(wording["setting.kind"], context.value(setting.kind) { $0.title })]
        if let cover = setting.cover {
            let provenance: Provenance = cover.isIllustrative ? .illustrative : cover.daysPerWeek.provenance
            items.append(context.term(wording["setting.cover"], context.value(Formatting.capitalised(cover.summary), provenance)))
            if let outOfHours = cover.outOfHours {
                items.append(context.term(wording["setting.outOfHours"], context.value(outOfHours)))
            }
        }
        if !setting.jointlyFundedBy.isEmpty {
            items.append(context.term(wording["setting.jointlyFunded"],
                                      BuildContext.joined(setting.jointlyFundedBy.map { context.value($0) }, separator: ", ")))
        }
        return .definitions(DefinitionList(items))
    }

    /// A lot's capacity as the source says it: "at least 20 units", "about 300 referrals a year".
    private func capacity() -> Block {
        let items = lot.capacity.map { item -> ListItem in
            let invented = item.amount.provenance.isIllustrative || item.measure.provenance.isIllustrative
                || item.qualifier?.provenance.isIllustrative == true
            var runs = context.value(Formatting.capitalised(item.summary), invented ? .illustrative : item.amount.provenance)
            if let note = item.note { runs += [.text(" (")] + context.value(note) + [.text(")")] }
            return ListItem(inlines: runs)
        }
        return .list(ItemList(items, role: BlockRole(rawValue: "capacity")))
    }

    static func durations(_ durations: Durations, context: BuildContext) -> Block {
        let wording = context.wording
        var items: [Definition] = []
        if let maximum = durations.maximum { items.append(context.term(wording["durations.maximum"], context.value(maximum, Formatting.limit))) }
        if let moveOn = durations.expectedMoveOn {
            items.append(context.term(wording["durations.expectedMoveOn"], context.value(moveOn) { $0.description }))
        }
        if let typical = durations.typical {
            items.append(context.term(wording["durations.typical"], context.value(typical) { $0.description }))
        }
        if let note = durations.note { items.append(context.term(wording["durations.note"], context.value(note))) }
        return .definitions(DefinitionList(items))
    }

    private func requirements() -> Block {
        let rows = lot.requirements.map { requirement in
            Table.Row(id: "\(prefix)_requirement-\(requirement.id.value)", [
                Table.Cell(context.value(requirement.text)),
                Table.Cell(context.value(requirement.strength) { wording["strength.\($0.rawValue)"] },
                           role: BlockRole(rawValue: "strength strength-\(requirement.strength.value.rawValue)")),
            ])
        }
        let columns = [Table.Column(wording["lot.requirements.text"]), Table.Column(wording["lot.requirements.strength"])]
        let header = Table.Row(columns.map { Table.Cell([.text($0.title)], header: .column) })
        return .table(Table(caption: [.text(wording.format("lot.requirements.caption", String(lot.number.value)))],
                            columns: columns, headerRows: [header], rows: rows, role: BlockRole(rawValue: "requirements"),
                            numberedRows: true, numberTitle: wording["lot.requirements.number"]))
    }

    private func outcomes() -> [Block] {
        var blocks: [Block] = []
        if !lot.outcomes.isEmpty {
            blocks.append(context.paragraph(wording["lot.outcomes.intro"]))
            let items = lot.outcomes.map { id -> ListItem in
                guard let found = index.outcome(id.value) else { return ListItem(inlines: [.text(id.value)]) }
                // Marked when the outcome text, or its place in this lot, is invented.
                let provenance: Provenance = id.provenance.isIllustrative ? .illustrative : found.outcome.text.provenance
                return ListItem(inlines: context.value(found.outcome.text.value, provenance) + [.text(" (" + found.domain.name.value + ")")])
            }
            blocks.append(.list(ItemList(items)))
        }
        let kpis = lot.kpis.filter { !$0.isContractManagement }
        guard !kpis.isEmpty else { return blocks }
        let columns = [Table.Column(wording["kpi.indicator"]), Table.Column(wording["kpi.target"], numeric: true),
                       Table.Column(wording["kpi.frequency"]), Table.Column(wording["kpi.evidence"]), Table.Column(wording["kpi.outcome"])]
        let rows = kpis.map { kpi -> Table.Row in
            var cells = kpiCells(kpi)
            cells.append(Table.Cell(kpi.outcome.map { id in
                context.value(index.outcome(id.value)?.outcome.text.value ?? id.value, id.provenance)
            } ?? []))
            return Table.Row(id: "\(prefix)_kpi-\(kpi.id.value)", cells)
        }
        blocks.append(context.table(caption: wording.format("lot.kpis.caption", String(lot.number.value)), columns: columns,
                                    role: "kpis", rows: rows))
        return blocks
    }

    /// Indicator (the row header), target, frequency, evidence.
    private func kpiCells(_ kpi: KPI) -> [Table.Cell] {
        // The row is marked when the KPI's place in this lot (its id) is invented.
        let provenance: Provenance = kpi.id.provenance.isIllustrative ? .illustrative : kpi.indicator.provenance
        return [
            Table.Cell(context.value(kpi.indicator.value, provenance), header: .row),
            Table.Cell(LotBuilder.target(kpi, context: context), numeric: true),
            Table.Cell(kpi.frequency.map { context.value($0) { wording["frequency.\($0.rawValue)"] } } ?? []),
            Table.Cell(kpi.evidence.map { context.value($0) } ?? []),
        ]
    }

    /// A lot's contract-management KPIs: their own table, with no outcome column, so no
    /// one reads a response time as evidence of an outcome.
    private func managementKPIs(_ kpis: [KPI]) -> [Block] {
        let columns = [Table.Column(wording["kpi.indicator"]), Table.Column(wording["kpi.target"], numeric: true),
                       Table.Column(wording["kpi.frequency"]), Table.Column(wording["kpi.evidence"])]
        return [
            context.paragraph(wording["lot.management.intro"]),
            context.table(caption: wording.format("lot.management.caption", String(lot.number.value)), columns: columns,
                          role: "kpis management",
                          rows: kpis.map { Table.Row(id: "\(prefix)_kpi-\($0.id.value)", kpiCells($0)) }),
        ]
    }

    /// "at least 80%", with the target marked when it is illustrative.
    static func target(_ kpi: KPI, context: BuildContext) -> [Inline] {
        guard let target = kpi.target else { return context.none }
        var runs: [Inline] = []
        if let direction = kpi.direction { runs.append(.text(context.wording["direction.\(direction.value.rawValue)"] + " ")) }
        let unit = kpi.unit?.value ?? .count
        return runs + context.value(target) { unit.format($0) }
    }
}

extension Cover {
    /// Whether any part of the cover is invented.
    var isIllustrative: Bool {
        daysPerWeek.provenance.isIllustrative || nightCover.provenance.isIllustrative
            || hours?.provenance.isIllustrative == true || night?.provenance.isIllustrative == true
            || outOfHoursCover?.provenance.isIllustrative == true
    }
}
