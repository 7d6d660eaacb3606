import Foundation
import TenderModel
internal import XMLKit

/// `tender-pack.html`: cover, contents, the invitation, a service specification per
/// lot, the staged pathway (when there is one) and the sources.
///
/// Heading levels: the cover's `h1`; `h2` for each part listed in the contents; `h3`
/// inside them. Ids come from model ids (`lot-low-level-support`), never from counters
/// that shift when something is inserted elsewhere.
struct TenderPackHTML {
    let spec: Specification
    let index: SpecificationIndex
    let templates: RenderTemplates

    private var labels: Labels { templates.labels }
    private var html: HTMLContext { HTMLContext(labels: labels) }

    func document() -> XMLDocument {
        let kind = labels["document.kind.\(spec.status.value.rawValue)"]
        let council = spec.partners.first { $0.id.value == spec.commissioner.value }?.name
        let page = HTMLPage(title: "\(spec.title.value) — \(kind)", heading: spec.title.value, council: council,
                            stylesheet: templates.stylesheet, labels: labels, contentsHeading: labels["contents.heading"],
                            reference: spec.procurement?.reference?.value ?? spec.id.value)
        addCover(to: page.header, kind: kind)
        let contents = Contents(list: page.contents)
        let main = page.main
        if index.hasIllustrativeValue {
            let legend = main.addElement("p", attributes: ["class": "legend"])
            html.addValue(labels["legend.sample"], .illustrative, to: legend)
            legend.addText(" " + labels["legend.text"])
        }

        let partTitle = spec.status.value >= .tender ? labels["invitation.heading"] : labels["overview.heading"]
        let invitation = part("invitation", partTitle, in: main, contents: contents)
        let subsections = invitation.sub
        addBuying(to: html.section("buying", heading: labels["buying.heading"], level: 3, in: invitation.section))
        subsections.add("buying", labels["buying.heading"])
        if !spec.background.isEmpty || spec.funding != nil {
            addBackground(to: html.section("background", heading: labels["background.heading"], level: 3, in: invitation.section))
            subsections.add("background", labels["background.heading"])
        }
        if !spec.currentServices.isEmpty {
            addMapping(to: html.section("current-and-new", heading: labels["mapping.heading"], level: 3, in: invitation.section))
            subsections.add("current-and-new", labels["mapping.heading"])
        }
        if let consultation = spec.consultation, spec.status.value <= .consultation {
            addConsultation(consultation, to: html.section("consultation", heading: labels["consultation.heading"], level: 3, in: invitation.section))
            subsections.add("consultation", labels["consultation.heading"])
        }
        if !spec.timeline.isEmpty {
            TimelineHTML(timeline: spec.timeline, html: html)
                .add(to: html.section("timeline", heading: labels["timeline.heading"], level: 3, in: invitation.section))
            subsections.add("timeline", labels["timeline.heading"])
        }
        let commercial = CommercialHTML(spec: spec, index: index, html: html)
        if !spec.howToRespond.isEmpty || commercial.hasContact {
            let section = html.section("how-to-respond", heading: labels["respond.heading"], level: 3, in: invitation.section)
            for paragraph in spec.howToRespond { html.paragraph(paragraph, in: section) }
            commercial.addContact(to: section)
            subsections.add("how-to-respond", labels["respond.heading"])
        }
        if spec.status.value >= .tender, let evaluation = spec.evaluation {
            EvaluationHTML(evaluation: evaluation, html: html)
                .add(to: html.section("evaluation", heading: labels["evaluation.heading"], level: 3, in: invitation.section))
            subsections.add("evaluation", labels["evaluation.heading"])
        }
        if spec.status.value >= .tender, let pricing = spec.pricing {
            PricingHTML(spec: spec, pricing: pricing, html: html)
                .add(to: html.section("pricing", heading: labels["pricing.heading"], level: 3, in: invitation.section))
            subsections.add("pricing", labels["pricing.heading"])
        }
        if spec.status.value >= .tender, let contract = spec.contract {
            addContract(contract, to: html.section("contract", heading: labels["contract.heading"], level: 3, in: invitation.section))
            subsections.add("contract", labels["contract.heading"])
        }
        if spec.status.value >= .tender, commercial.hasProcedure {
            commercial.addProcedure(to: html.section("procedure", heading: labels["procedure.heading"], level: 3, in: invitation.section))
            subsections.add("procedure", labels["procedure.heading"])
        }
        if spec.status.value == .awarded, let award = spec.award {
            commercial.addAward(award, to: html.section("award", heading: labels["award.heading"], level: 3, in: invitation.section))
            subsections.add("award", labels["award.heading"])
        }

        // A staged model is read as a whole before its lots.
        if !spec.stages.isEmpty {
            let section = html.section("pathway", heading: labels["pathway.heading"], level: 2, in: main, class: "pathway")
            contents.add("pathway", labels["pathway.heading"])
            PathwayHTML(spec: spec, index: index, html: html).add(to: section)
        }
        let hierarchy = GeographyHTML.hierarchy(of: spec)
        for lot in spec.lots {
            let heading = labels.format("lot.heading", String(lot.number.value), lot.title.value)
            let section = html.section(LotHTML.anchor(lot), heading: heading, level: 2, in: main, class: "lot")
            contents.add(LotHTML.anchor(lot), heading)
            LotHTML(spec: spec, index: index, lot: lot, html: html, hierarchy: hierarchy).add(to: section)
        }
        if !spec.sources.isEmpty {
            let section = html.section("sources", heading: labels["sources.heading"], level: 2, in: main)
            contents.add("sources", labels["sources.heading"])
            addSources(to: section)
        }
        page.addFooter(labels.format("footer.generated", spec.id.value, spec.version.value))
        return page.document
    }

    // MARK: Cover and contents

    private func addCover(to header: XMLElement, kind: String) {
        header.addElement("p", attributes: ["class": "cover-kind"], text: kind)
        let facts = header.addElement("dl", attributes: ["class": "cover-facts"])
        html.addValue(spec.version, to: html.term(labels["cover.version"], in: facts))
        html.term(labels["cover.status"], in: facts).addText(Formatting.capitalised(spec.status.value.rawValue))
        CommercialHTML(spec: spec, index: index, html: html).addReference(to: facts)
        if let supersedes = spec.supersedes {
            html.term(labels["cover.supersedes"], in: facts).addElement("code", text: supersedes.value)
        }
        if spec.status.value >= .tender, let deadline = spec.milestone(.tenderDeadline) {
            let dd = html.term(labels["cover.deadline"], in: facts)
            html.addValue(deadline.date, to: dd) { $0.longForm }
            if let time = deadline.time {
                dd.addText(", ")
                html.addValue(time, to: dd) { $0.longForm }
            }
        }
    }

    /// The contents list: filled in as parts are added, so it always matches them.
    final class Contents {
        let list: XMLElement?
        init(list: XMLElement?) { self.list = list }

        func add(_ id: String, _ title: String) {
            list?.addElement("li").addElement("a", attributes: ["href": "#" + id], text: title)
        }

        func addWithChildren(_ id: String, _ title: String) -> Contents {
            let item = list?.addElement("li")
            item?.addElement("a", attributes: ["href": "#" + id], text: title)
            return Contents(list: item?.addElement("ol"))
        }
    }

    private func part(_ id: String, _ title: String, in main: XMLElement,
                      contents: Contents) -> (section: XMLElement, sub: Contents) {
        let section = html.section(id, heading: title, level: 2, in: main)
        return (section, contents.addWithChildren(id, title))
    }

    // MARK: Invitation

    private func addBuying(to section: XMLElement) {
        if !spec.aims.isEmpty { html.clauseList(spec.aims, idPrefix: "aim", in: section) }
        let valued = spec.lots.contains { $0.annualValue != nil }
        let body = html.table(caption: labels["buying.lots.caption"],
                              columns: [labels["buying.lots.lot"], labels["buying.lots.service"],
                                        labels["buying.lots.summary"], labels["buying.lots.areas"]]
                                + (valued ? [labels["buying.lots.value"]] : []),
                              in: section)
        for lot in spec.lots {
            let row = body.addElement("tr")
            row.addElement("th", attributes: ["scope": "row"], text: String(lot.number.value))
            let title = row.addElement("td")
            let link = title.addElement("a", attributes: ["href": "#" + LotHTML.anchor(lot)])
            html.addValue(lot.title, to: link)
            let summary = row.addElement("td")
            if let text = lot.summary { html.addValue(text, to: summary) } else { summary.addText(labels["none"]) }
            row.addElement("td", text: LotHTML.areaNames(lot.areas, index: index))
            if valued {
                let cell = row.addElement("td", attributes: ["class": "number"])
                if let value = lot.annualValue { html.addValue(value, to: cell, Formatting.pounds) } else { cell.addText(labels["none"]) }
            }
        }
        GeographyHTML.addHierarchy(of: index, html: html, to: section)
        if let duration = spec.maximumSupportDuration {
            let p = section.addElement("p")
            p.addText(labels["durations.maximum"] + ": ")
            let norm = spec.maximumSupportDurationNorm
            if let norm, norm.flexible.value {
                html.addValue(duration, to: p) { "normally up to \($0)" }
                p.addText("; ")
                html.addValue(norm.flexible, to: p) { _ in "this is a norm, not a limit" }
            } else {
                html.addValue(duration, to: p) { "up to \($0)" }
            }
            p.addText(".")
            if let note = norm?.note { html.paragraph(note, in: section).setAttribute("class", "note") }
        }
    }

    private func addBackground(to section: XMLElement) {
        for paragraph in spec.background { html.paragraph(paragraph, in: section) }
        if let funding = spec.funding {
            if let description = funding.description {
                // Often restates the background's first paragraph: say it once.
                if !spec.background.contains(where: { $0.value == description.value }) {
                    html.paragraph(description, in: section)
                }
            } else if !funding.funders.isEmpty {
                let names = funding.funders.map { partnerName($0.value) }
                section.addElement("p", text: labels["funding.heading"] + ": " + Formatting.list(names) + ".")
            }
        }
    }

    private func addMapping(to section: XMLElement) {
        let body = html.table(caption: labels["mapping.caption"],
                              columns: [labels["mapping.current"], labels["mapping.description"],
                                        labels["mapping.areas"], labels["mapping.becomes"]],
                              class: "mapping", in: section)
        for service in spec.currentServices {
            let row = body.addElement("tr", attributes: ["id": "current-\(service.id.value)"])
            html.addValue(service.name, to: row.addElement("th", attributes: ["scope": "row"]))
            let description = row.addElement("td")
            if let text = service.description { html.addValue(text, to: description) }
            if let durations = service.durations, let note = durations.note {
                let p = description.addElement("p", attributes: ["class": "note"])
                html.addValue(note, to: p)
            }
            row.addElement("td", text: service.areas.map { LotHTML.areaNames($0, index: index) } ?? labels["none"])
            let becomes = row.addElement("td")
            let lots = index.lots(absorbing: service.id.value)
            if !lots.isEmpty {
                for lot in lots {
                    let p = becomes.addElement("p")
                    p.addText(labels["mapping.absorbed"] + " ")
                    p.addElement("a", attributes: ["href": "#" + LotHTML.anchor(lot)],
                                 text: labels.format("lot.heading", String(lot.number.value), lot.title.value))
                }
            } else if let reason = service.decommissioned {
                let p = becomes.addElement("p")
                p.addElement("strong", text: labels["mapping.decommissioned"])
                p.addText(": ")
                html.addValue(reason, to: p)
            } else {
                becomes.addText(labels["mapping.none"])
            }
        }
    }

    private func addConsultation(_ consultation: Consultation, to section: XMLElement) {
        if let purpose = consultation.purpose { html.paragraph(purpose, in: section) }
        let list = section.addElement("dl")
        let groups: [(String, [Field<String>])] = [
            (labels["consultation.audiences"], consultation.audiences),
            (labels["consultation.interests"], consultation.interests),
            (labels["consultation.developedWith"], consultation.developedWith),
        ]
        for (title, items) in groups where !items.isEmpty {
            let dd = html.term(title, in: list)
            let ul = dd.addElement("ul")
            for item in items { html.addValue(item, to: ul.addElement("li")) }
        }
        if let next = consultation.nextSteps { html.addValue(next, to: html.term(labels["consultation.nextSteps"], in: list)) }
    }

    private func addContract(_ contract: ContractTerms, to section: XMLElement) {
        let list = section.addElement("dl", attributes: ["class": "terms"])
        if let start = contract.start { html.addValue(start, to: html.term(labels["contract.start"], in: list)) { $0.longForm } }
        if let term = contract.initialTerm { html.addValue(term, to: html.term(labels["contract.initialTerm"], in: list)) { $0.description } }
        if !contract.extensions.isEmpty {
            let dd = html.term(labels["contract.extensions"], in: list)
            for (index, term) in contract.extensions.enumerated() {
                if index > 0 { dd.addText(", ") }
                html.addValue(term, to: dd) { $0.description }
            }
        }
        if let value = contract.annualValue { html.addValue(value, to: html.term(labels["contract.annualValue"], in: list), Formatting.pounds) }
        CommercialHTML(spec: spec, index: index, html: html).addMoney(contract, to: list)
        if let procedure = contract.procedure {
            html.addValue(procedure, to: html.term(labels["contract.procedure"], in: list)) { labels["contract.procedure.\($0.rawValue)"] }
        }
        if !contract.cpvCodes.isEmpty {
            let dd = html.term(labels["contract.cpv"], in: list)
            for (index, code) in contract.cpvCodes.enumerated() {
                if index > 0 { dd.addText(", ") }
                html.addValue(code, to: dd)
            }
        }
    }

    private func addSources(to section: XMLElement) {
        section.addElement("p", text: labels["sources.intro"])
        let list = section.addElement("ul", attributes: ["class": "sources"])
        for source in spec.sources {
            let item = list.addElement("li", attributes: ["id": "source-\(source.id.value)"])
            let title = item.addElement("strong")
            html.addValue(source.title, to: title)
            if let citation = source.citation {
                item.addText(" ")
                let span = item.addElement("span", attributes: ["class": "citation"])
                html.addValue(citation, to: span)
            }
        }
    }

    private func partnerName(_ id: String) -> String {
        index.partnerName(id)
    }
}
