import TenderModel

/// The outcome schedule's tree: one table per outcome domain — outcome, indicator,
/// unit, target, frequency, evidence, lot — in framework order; outcome KPIs that name
/// no outcome; contract-management KPIs. A specification that sets no measures yet gets
/// what each lot is for instead of an empty page.
struct OutcomeScheduleBuilder {
    let schedule: OutcomeSchedule
    let context: BuildContext

    private var wording: Wording { context.wording }
    private var spec: Specification { schedule.spec }

    func document() -> Document {
        let title = "\(wording["schedule.title"]): \(spec.title.value)"
        let metadata = CoverBuilder.metadata(context, kind: .outcomeSchedule, title: title, subtitle: nil)
        var facts = [context.term(wording["cover.version"], context.value(spec.version))]
        facts.append(context.term(wording["cover.reference"],
                                  [.code(spec.procurement?.reference.map { context.value($0) } ?? [.text(spec.id.value)])]))
        var front: [Block] = [context.paragraph(wording["schedule.intro"])]
        if let framework = spec.outcomeFramework {
            front.append(context.paragraph(wording.format("schedule.framework", framework.name.value)))
        }
        front.append(.paragraph(Paragraph([.link(.document(.tenderPack, anchor: nil), [.text(wording["schedule.backToPack"])])])))
        var sections: [Section] = schedule.domains.map { domain in
            let rows = domain.outcomes.flatMap { row -> [Table.Row] in
                if row.measures.isEmpty {
                    return [Table.Row(id: "outcome-\(row.outcome.id.value)", [
                        Table.Cell(context.value(row.outcome.text), header: .row),
                        Table.Cell([.text(wording["schedule.noMeasure"])], columnSpan: 5, role: BlockRole(rawValue: "no-measure")),
                        Table.Cell([.text(lotNumbers(row.lots))]),
                    ])]
                }
                return row.measures.enumerated().map { position, measure in
                    Table.Row(id: position == 0 ? "outcome-\(row.outcome.id.value)" : nil,
                              [Table.Cell(context.value(row.outcome.text), header: .row)] + cells(measure))
                }
            }
            return Section(id: "domain-\(domain.domain.id.value)", heading: domain.domain.name.value,
                           blocks: [table(caption: wording.format("schedule.caption", domain.domain.name.value), rows: rows)])
        }
        if !schedule.unassigned.isEmpty {
            let rows = schedule.unassigned.map { measure in
                Table.Row([Table.Cell([.text(measure.kpi.outcome?.value ?? wording["none"])], header: .row)] + cells(measure))
            }
            sections.append(Section(id: "unassigned", heading: wording["schedule.unassigned"],
                                    blocks: [table(caption: wording["schedule.unassigned"], rows: rows)]))
        }
        if !schedule.management.isEmpty {
            let rows = schedule.management.map { measure in
                Table.Row([Table.Cell(context.value(measure.kpi.indicator), header: .row)] + cells(measure, withIndicator: false))
            }
            let columns = [Table.Column(wording["schedule.indicator"]), Table.Column(wording["schedule.unit"]),
                           Table.Column(wording["schedule.target"], numeric: true), Table.Column(wording["schedule.frequency"]),
                           Table.Column(wording["schedule.evidence"]), Table.Column(wording["schedule.lot"])]
            sections.append(Section(id: "contract-management", heading: wording["schedule.management"], blocks: [
                context.paragraph(wording["schedule.management.intro"]),
                context.table(caption: wording["schedule.management"], columns: columns, role: "schedule management", rows: rows),
            ]))
        }
        if sections.isEmpty { sections.append(notYetMeasured()) }
        return Document(
            metadata: metadata, council: CoverBuilder(context: context).council(),
            coverFacts: DefinitionList(facts, role: BlockRole(rawValue: "cover-facts")),
            front: front, sections: sections,
            footer: [.text(wording.format("footer.generated", spec.id.value, spec.version.value))]
        ).markingIllustrative(note: wording["illustrative.note"])
    }

    /// What a schedule with no measures says: that none are set, when they will be, and
    /// what each lot is for, which its measures will follow from.
    private func notYetMeasured() -> Section {
        let when = spec.status.value >= .tender ? "schedule.empty.contract" : "schedule.empty.draft"
        // The support column only when some lot says what it offers.
        let supported = spec.lots.contains { $0.intensity != nil || $0.durations?.maximum != nil }
        let rows = spec.lots.map { lot -> Table.Row in
            let purpose: [Block]
            if !lot.aims.isEmpty {
                purpose = [.list(ItemList(lot.aims.map { ListItem(inlines: context.value($0.text)) }))]
            } else if let summary = lot.summary {
                purpose = [.plain(context.value(summary))]
            } else {
                purpose = [.plain(context.none)]
            }
            return Table.Row([
                Table.Cell([context.lotLink(lot, document: .tenderPack)], header: .row),
                Table.Cell(blocks: purpose),
            ] + (supported ? [Table.Cell(support(lot))] : []))
        }
        return Section(id: "not-yet-measured", heading: wording["schedule.empty.heading"], blocks: [
            context.paragraph(wording["schedule.empty"] + " " + wording[when]),
            context.table(caption: wording["schedule.empty.caption"],
                          columns: [Table.Column(wording["schedule.lot"]), Table.Column(wording["schedule.empty.purpose"])]
                              + (supported ? [Table.Column(wording["schedule.empty.support"])] : []),
                          role: "schedule", rows: rows),
        ])
    }

    /// "Up to 5-6 hours per person per week; up to 2 years": what a measure will be read against.
    private func support(_ lot: Lot) -> [Inline] {
        var parts: [[Inline]] = []
        if let intensity = lot.intensity { parts.append(context.value(intensity.value, Formatting.hours)) }
        if let maximum = lot.durations?.maximum { parts.append(context.value(maximum, Formatting.limit)) }
        return parts.isEmpty ? context.none : BuildContext.joined(parts, separator: "; ")
    }

    private func table(caption: String, rows: [Table.Row]) -> Block {
        let columns = [Table.Column(wording["schedule.outcome"]), Table.Column(wording["schedule.indicator"]),
                       Table.Column(wording["schedule.unit"]), Table.Column(wording["schedule.target"], numeric: true),
                       Table.Column(wording["schedule.frequency"]), Table.Column(wording["schedule.evidence"]),
                       Table.Column(wording["schedule.lot"])]
        return context.table(caption: caption, columns: columns, role: "schedule", rows: rows)
    }

    private func cells(_ measure: OutcomeSchedule.Measure, withIndicator: Bool = true) -> [Table.Cell] {
        let kpi = measure.kpi
        var cells: [Table.Cell] = []
        if withIndicator { cells.append(Table.Cell(context.value(kpi.indicator))) }
        cells.append(Table.Cell(kpi.unit.map { context.value($0) { wording["unit.\($0.rawValue)"] } } ?? []))
        cells.append(Table.Cell(LotBuilder.target(kpi, context: context), numeric: true))
        cells.append(Table.Cell(kpi.frequency.map { context.value($0) { wording["frequency.\($0.rawValue)"] } } ?? []))
        cells.append(Table.Cell(kpi.evidence.map { context.value($0) } ?? []))
        cells.append(Table.Cell([.link(.document(.tenderPack, anchor: BuildContext.anchor(measure.lot)),
                                       [.text("\(wording["schedule.lot"]) \(measure.lot.number.value)")])]))
        return cells
    }

    private func lotNumbers(_ lots: [Lot]) -> String {
        lots.isEmpty ? wording["none"] : lots.map { "\(wording["schedule.lot"]) \($0.number.value)" }.joined(separator: ", ")
    }
}
