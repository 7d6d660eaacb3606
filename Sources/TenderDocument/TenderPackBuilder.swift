import TenderModel

/// The tender pack's tree: cover facts, document control, the invitation (or overview),
/// the staged pathway, a service specification per lot, sources and the glossary.
///
/// Ids come from model ids (`lot-low-level-support`), never from counters that shift
/// when something is inserted elsewhere; numbers ("2.3") are given by `Document.init`.
struct TenderPackBuilder {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var index: SpecificationIndex { context.index }
    private var wording: Wording { context.wording }

    func document() -> Document {
        let kind = wording["document.kind.\(spec.status.value.rawValue)"]
        let metadata = CoverBuilder.metadata(context, kind: .tenderPack, title: spec.title.value, subtitle: kind)
        var sections: [Section] = [DocumentControl(context: context).section(metadata: metadata)]
        sections.append(invitation())
        // A staged model is read as a whole before its lots.
        if !spec.stages.isEmpty { sections.append(PathwayBuilder(context: context).section()) }
        for lot in spec.lots {
            sections.append(LotBuilder(context: context, lot: lot).section())
        }
        if !spec.sources.isEmpty { sections.append(sources()) }
        let draft = Document(metadata: metadata, sections: sections)
        return Document(
            metadata: metadata,
            council: CoverBuilder(context: context).council(),
            coverFacts: CoverBuilder(context: context).facts(metadata: metadata),
            contentsHeading: wording["contents.heading"],
            sections: sections + (Glossary(context: context).section(for: draft).map { [$0] } ?? []),
            illustrativeNote: nil,
            footer: [.text(wording.format("footer.generated", spec.id.value, spec.version.value))]
        ).markingIllustrative(note: wording["illustrative.note"])
    }

    // MARK: Invitation

    private func invitation() -> Section {
        let status = spec.status.value
        var parts: [Section] = []
        parts.append(context.section("buying", "buying.heading", blocks: buying()))
        if !spec.background.isEmpty || spec.funding != nil {
            parts.append(context.section("background", "background.heading", blocks: background()))
        }
        if !spec.currentServices.isEmpty {
            parts.append(context.section("current-and-new", "mapping.heading", blocks: [mapping()]))
        }
        if let consultation = spec.consultation, status <= .consultation {
            parts.append(context.section("consultation", "consultation.heading", blocks: self.consultation(consultation)))
        }
        if !spec.timeline.isEmpty {
            parts.append(context.section("timeline", "timeline.heading",
                                         blocks: [TimelineBuilder(context: context).table(spec.timeline)]))
        }
        let commercial = CommercialBuilder(context: context)
        if !spec.howToRespond.isEmpty || commercial.hasContact {
            parts.append(context.section("how-to-respond", "respond.heading",
                                         blocks: spec.howToRespond.map { context.paragraph($0) } + commercial.contact()))
        }
        if status >= .tender, let evaluation = spec.evaluation {
            parts.append(context.section("evaluation", "evaluation.heading",
                                         blocks: EvaluationBuilder(context: context, evaluation: evaluation).blocks()))
        }
        if status >= .tender, let pricing = spec.pricing {
            parts.append(context.section("pricing", "pricing.heading",
                                         blocks: PricingBuilder(context: context, pricing: pricing).blocks()))
        }
        if status >= .tender, let contract = spec.contract {
            parts.append(context.section("contract", "contract.heading", blocks: [self.contract(contract)]))
        }
        if status >= .tender, commercial.hasProcedure {
            parts.append(context.section("procedure", "procedure.heading", blocks: commercial.procedure()))
        }
        if status == .awarded, let award = spec.award {
            parts.append(context.section("award", "award.heading", blocks: commercial.award(award)))
        }
        let heading = status >= .tender ? "invitation.heading" : "overview.heading"
        return context.section("invitation", heading, blocks: [], subsections: parts)
    }

    private func buying() -> [Block] {
        var blocks: [Block] = []
        if !spec.aims.isEmpty { blocks.append(context.clauses(spec.aims, idPrefix: "aim")) }
        let valued = spec.lots.contains { $0.annualValue != nil }
        var columns = [Table.Column(wording["buying.lots.lot"]), Table.Column(wording["buying.lots.service"]),
                       Table.Column(wording["buying.lots.summary"]), Table.Column(wording["buying.lots.areas"])]
        if valued { columns.append(Table.Column(wording["buying.lots.value"], numeric: true)) }
        let rows = spec.lots.map { lot -> Table.Row in
            var cells = [
                Table.Cell([.text(String(lot.number.value))], header: .row),
                Table.Cell([.link(.anchor(BuildContext.anchor(lot)), context.value(lot.title))]),
                Table.Cell(lot.summary.map { context.value($0) } ?? context.none),
                Table.Cell([.text(context.areaNames(lot.areas))]),
            ]
            if valued {
                cells.append(Table.Cell(lot.annualValue.map { context.value($0, Formatting.pounds) } ?? context.none, numeric: true))
            }
            return Table.Row(cells)
        }
        blocks.append(context.table(caption: wording["buying.lots.caption"], columns: columns, rows: rows))
        if let areas = GeographyBuilder(context: context).hierarchyList() { blocks.append(areas) }
        if let duration = spec.maximumSupportDuration {
            var runs: [Inline] = [.text(wording["durations.maximum"] + ": ")]
            let norm = spec.maximumSupportDurationNorm
            if let norm, norm.flexible.value {
                runs += context.value(duration) { "normally up to \($0)" }
                runs.append(.text("; "))
                runs += context.value(norm.flexible) { _ in "this is a norm, not a limit" }
            } else {
                runs += context.value(duration) { "up to \($0)" }
            }
            runs.append(.text("."))
            blocks.append(.paragraph(Paragraph(runs)))
            if let note = norm?.note { blocks.append(context.paragraph(note, role: .note)) }
        }
        return blocks
    }

    private func background() -> [Block] {
        var blocks = spec.background.map { context.paragraph($0) }
        if let funding = spec.funding {
            if let description = funding.description {
                // Often restates a sentence of the background (Norfolk's opening one): say it once.
                let said = spec.background.map { Self.normalised($0.value) }
                let funding = Self.normalised(description.value)
                if !said.contains(where: { $0.contains(funding) }) {
                    blocks.append(context.paragraph(description))
                }
            } else if !funding.funders.isEmpty {
                let names = funding.funders.map { index.partnerName($0.value) }
                blocks.append(context.paragraph(wording["funding.heading"] + ": " + Formatting.list(names) + "."))
            }
        }
        return blocks
    }

    /// Text compared as a reader reads it: case and runs of white space ignored.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func mapping() -> Block {
        let columns = [Table.Column(wording["mapping.current"]), Table.Column(wording["mapping.description"]),
                       Table.Column(wording["mapping.areas"]), Table.Column(wording["mapping.becomes"])]
        let rows = spec.currentServices.map { service -> Table.Row in
            var description: [Block] = service.description.map { [.plain(context.value($0))] } ?? []
            if let note = service.durations?.note { description.append(context.paragraph(note, role: .note)) }
            let becomes: [Block]
            let lots = index.lots(absorbing: service.id.value)
            if !lots.isEmpty {
                becomes = lots.map { .paragraph(Paragraph([.text(wording["mapping.absorbed"] + " "), context.lotLink($0)])) }
            } else if let reason = service.decommissioned {
                becomes = [.paragraph(Paragraph([.strong([.text(wording["mapping.decommissioned"])]), .text(": ")]
                                                + context.value(reason)))]
            } else {
                becomes = [.plain([.text(wording["mapping.none"])])]
            }
            return Table.Row(id: "current-\(service.id.value)", [
                Table.Cell(context.value(service.name), header: .row),
                Table.Cell(blocks: description),
                Table.Cell([.text(service.areas.map { context.areaNames($0) } ?? wording["none"])]),
                Table.Cell(blocks: becomes),
            ])
        }
        return context.table(caption: wording["mapping.caption"], columns: columns, role: "mapping", rows: rows)
    }

    private func consultation(_ consultation: Consultation) -> [Block] {
        var blocks: [Block] = []
        if let purpose = consultation.purpose { blocks.append(context.paragraph(purpose)) }
        let groups: [(String, [Field<String>])] = [
            (wording["consultation.audiences"], consultation.audiences),
            (wording["consultation.interests"], consultation.interests),
            (wording["consultation.developedWith"], consultation.developedWith),
        ]
        var items: [Definition] = groups.filter { !$0.1.isEmpty }.map { title, values in
            Definition(term: [.text(title)], details: [.list(ItemList(values.map { ListItem(inlines: context.value($0)) }))])
        }
        if let next = consultation.nextSteps { items.append(context.term(wording["consultation.nextSteps"], context.value(next))) }
        blocks.append(.definitions(DefinitionList(items)))
        return blocks
    }

    private func contract(_ contract: ContractTerms) -> Block {
        var items: [Definition] = []
        if let start = contract.start { items.append(context.term(wording["contract.start"], context.value(start) { $0.longForm })) }
        if let term = contract.initialTerm {
            items.append(context.term(wording["contract.initialTerm"], context.value(term) { $0.description }))
        }
        if !contract.extensions.isEmpty {
            items.append(context.term(wording["contract.extensions"],
                                      BuildContext.joined(contract.extensions.map { context.value($0) { $0.description } }, separator: ", ")))
        }
        if let value = contract.annualValue {
            items.append(context.term(wording["contract.annualValue"], context.value(value, Formatting.pounds)))
        }
        items += CommercialBuilder(context: context).money(contract)
        if let procedure = contract.procedure {
            items.append(context.term(wording["contract.procedure"],
                                      context.value(procedure) { wording["contract.procedure.\($0.rawValue)"] }))
        }
        if !contract.cpvCodes.isEmpty {
            items.append(context.term(wording["contract.cpv"],
                                      BuildContext.joined(contract.cpvCodes.map { context.value($0) }, separator: ", ")))
        }
        return .definitions(DefinitionList(items, role: BlockRole(rawValue: "terms")))
    }

    private func sources() -> Section {
        let items = spec.sources.map { source -> ListItem in
            var runs: [Inline] = [.strong(context.value(source.title))]
            if let citation = source.citation {
                runs.append(.text(" "))
                runs.append(.span(.citation, context.value(citation)))
            }
            return ListItem(id: "source-\(source.id.value)", inlines: runs)
        }
        return context.section("sources", "sources.heading", blocks: [
            context.paragraph(wording["sources.intro"]),
            .list(ItemList(items, role: BlockRole(rawValue: "sources"))),
        ])
    }
}
