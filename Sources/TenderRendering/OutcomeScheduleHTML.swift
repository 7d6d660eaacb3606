import TenderModel
internal import XMLKit

/// `outcome-schedule.html`: one table per outcome domain — outcome, indicator, unit,
/// target, frequency, evidence, lot — in framework order.
struct OutcomeScheduleHTML {
    let schedule: OutcomeSchedule
    let templates: RenderTemplates

    private var labels: Labels { templates.labels }
    private var html: HTMLContext { HTMLContext(labels: labels) }
    private var spec: Specification { schedule.spec }

    func document() -> XMLDocument {
        let title = "\(labels["schedule.title"]): \(spec.title.value)"
        let council = spec.partners.first { $0.id.value == spec.commissioner.value }?.name
        let page = HTMLPage(title: title, heading: title, council: council, stylesheet: templates.stylesheet, labels: labels,
                            reference: spec.procurement?.reference?.value ?? spec.id.value)
        let facts = page.header.addElement("dl", attributes: ["class": "cover-facts"])
        html.addValue(spec.version, to: html.term(labels["cover.version"], in: facts))
        html.term(labels["cover.reference"], in: facts).addElement("code", text: spec.id.value)
        let main = page.main
        main.addElement("p", text: labels["schedule.intro"])
        if let framework = spec.outcomeFramework {
            main.addElement("p", text: labels.format("schedule.framework", framework.name.value))
        }
        if schedule.index.hasIllustrativeValue {
            let legend = main.addElement("p", attributes: ["class": "legend"])
            html.addValue(labels["legend.sample"], .illustrative, to: legend)
            legend.addText(" " + labels["legend.text"])
        }
        main.addElement("p").addElement("a", attributes: ["href": "tender-pack.html"], text: labels["schedule.backToPack"])

        for domain in schedule.domains {
            let section = html.section("domain-\(domain.domain.id.value)", heading: domain.domain.name.value,
                                       level: 2, in: main)
            let body = table(caption: labels.format("schedule.caption", domain.domain.name.value), in: section)
            for row in domain.outcomes {
                if row.measures.isEmpty {
                    let tr = body.addElement("tr", attributes: ["id": "outcome-\(row.outcome.id.value)"])
                    html.addValue(row.outcome.text, to: tr.addElement("th", attributes: ["scope": "row"]))
                    tr.addElement("td", attributes: ["colspan": "5", "class": "no-measure"], text: labels["schedule.noMeasure"])
                    tr.addElement("td", text: lotNumbers(row.lots))
                }
                for (index, measure) in row.measures.enumerated() {
                    let tr = body.addElement("tr")
                    if index == 0 { tr.setAttribute("id", "outcome-\(row.outcome.id.value)") }
                    html.addValue(row.outcome.text, to: tr.addElement("th", attributes: ["scope": "row"]))
                    addMeasure(measure, to: tr)
                }
            }
        }
        if !schedule.unassigned.isEmpty {
            let section = html.section("unassigned", heading: labels["schedule.unassigned"], level: 2, in: main)
            let body = table(caption: labels["schedule.unassigned"], in: section)
            for measure in schedule.unassigned {
                let tr = body.addElement("tr")
                tr.addElement("th", attributes: ["scope": "row"], text: measure.kpi.outcome?.value ?? labels["none"])
                addMeasure(measure, to: tr)
            }
        }
        if !schedule.management.isEmpty {
            let section = html.section("contract-management", heading: labels["schedule.management"], level: 2, in: main)
            section.addElement("p", text: labels["schedule.management.intro"])
            let body = html.table(caption: labels["schedule.management"],
                                  columns: [labels["schedule.indicator"], labels["schedule.unit"], labels["schedule.target"],
                                            labels["schedule.frequency"], labels["schedule.evidence"], labels["schedule.lot"]],
                                  class: "schedule management", in: section)
            for measure in schedule.management {
                let tr = body.addElement("tr")
                html.addValue(measure.kpi.indicator, to: tr.addElement("th", attributes: ["scope": "row"]))
                addMeasure(measure, to: tr, withIndicator: false)
            }
        }
        page.addFooter(labels.format("footer.generated", spec.id.value, spec.version.value))
        return page.document
    }

    private func table(caption: String, in section: XMLElement) -> XMLElement {
        html.table(caption: caption,
                   columns: [labels["schedule.outcome"], labels["schedule.indicator"], labels["schedule.unit"],
                             labels["schedule.target"], labels["schedule.frequency"], labels["schedule.evidence"],
                             labels["schedule.lot"]],
                   class: "schedule", in: section)
    }

    private func addMeasure(_ measure: OutcomeSchedule.Measure, to tr: XMLElement, withIndicator: Bool = true) {
        let kpi = measure.kpi
        if withIndicator { html.addValue(kpi.indicator, to: tr.addElement("td")) }
        let unit = tr.addElement("td")
        if let value = kpi.unit { html.addValue(value, to: unit) { labels["unit.\($0.rawValue)"] } }
        KPIHTML.addTarget(kpi, html: html, to: tr.addElement("td", attributes: ["class": "number"]))
        let frequency = tr.addElement("td")
        if let value = kpi.frequency { html.addValue(value, to: frequency) { labels["frequency.\($0.rawValue)"] } }
        let evidence = tr.addElement("td")
        if let value = kpi.evidence { html.addValue(value, to: evidence) }
        let lot = tr.addElement("td")
        lot.addElement("a", attributes: ["href": "tender-pack.html#" + LotHTML.anchor(measure.lot)],
                       text: "\(labels["schedule.lot"]) \(measure.lot.number.value)")
    }

    private func lotNumbers(_ lots: [Lot]) -> String {
        lots.isEmpty ? labels["none"] : lots.map { "\(labels["schedule.lot"]) \($0.number.value)" }.joined(separator: ", ")
    }
}
