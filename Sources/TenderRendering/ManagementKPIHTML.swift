import TenderModel
internal import XMLKit

extension KPIHTML {
    /// A lot's contract-management KPIs: their own table, with no outcome column, so no
    /// one reads a response time as evidence of an outcome.
    static func addManagement(_ kpis: [KPI], lot: Lot, html: HTMLContext, to section: XMLElement) {
        let labels = html.labels
        section.addElement("p", text: labels["lot.management.intro"])
        let body = html.table(caption: labels.format("lot.management.caption", String(lot.number.value)),
                              columns: [labels["kpi.indicator"], labels["kpi.target"], labels["kpi.frequency"],
                                        labels["kpi.evidence"]],
                              class: "kpis management", in: section)
        for kpi in kpis {
            let row = body.addElement("tr", attributes: ["id": "\(LotHTML.anchor(lot))_kpi-\(kpi.id.value)"])
            let provenance: Provenance = kpi.id.provenance.isIllustrative ? .illustrative : kpi.indicator.provenance
            html.addValue(kpi.indicator.value, provenance, to: row.addElement("th", attributes: ["scope": "row"]))
            addTarget(kpi, html: html, to: row.addElement("td", attributes: ["class": "number"]))
            let frequency = row.addElement("td")
            if let value = kpi.frequency { html.addValue(value, to: frequency) { labels["frequency.\($0.rawValue)"] } }
            let evidence = row.addElement("td")
            if let value = kpi.evidence { html.addValue(value, to: evidence) }
        }
    }
}
