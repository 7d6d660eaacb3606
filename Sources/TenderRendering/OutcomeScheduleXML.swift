import TenderModel
internal import XMLKit
internal import TenderDocument

/// `outcome-schedule.xml`: outcome domains, their outcomes, the lots working towards
/// each and the KPIs that measure it; described by `Templates/schema/outcome-schedule.xsd`.
struct OutcomeScheduleXML {
    static let namespace = "urn:tenderpack:outcome-schedule:1"

    let schedule: OutcomeSchedule

    func document() -> XMLDocument {
        let spec = schedule.spec
        let doc = XMLDocument(root: "outcomeSchedule", namespace: Self.namespace)
        let root = doc.root
        root.setAttribute("specification", spec.id.value)
        root.setAttribute("status", spec.status.value.rawValue)
        root.addField("title", spec.title)
        root.addField("version", spec.version)
        root.addField("framework", spec.outcomeFramework?.name)
        for domain in schedule.domains {
            let domainElement = root.addElement("domain")
            domainElement.setAttribute("id", domain.domain.id.value)
            domainElement.addField("name", domain.domain.name)
            for row in domain.outcomes {
                let outcome = domainElement.addElement("outcome")
                outcome.setAttribute("id", row.outcome.id.value)
                outcome.addField("text", row.outcome.text)
                for lot in row.lots {
                    let element = outcome.addElement("lot")
                    element.setAttribute("ref", lot.id.value)
                    element.setAttribute("number", String(lot.number.value))
                }
                for measure in row.measures { add(measure, to: outcome) }
            }
        }
        if !schedule.unassigned.isEmpty {
            let element = root.addElement("unassigned")
            for measure in schedule.unassigned { add(measure, to: element) }
        }
        if !schedule.management.isEmpty {
            let element = root.addElement("contractManagement")
            for measure in schedule.management { add(measure, to: element) }
        }
        return doc
    }

    private func add(_ measure: OutcomeSchedule.Measure, to parent: XMLElement) {
        let kpi = measure.kpi
        let element = parent.addElement("measure")
        element.setAttribute("kpi", kpi.id.value)
        element.setAttribute("lot", measure.lot.id.value)
        element.setAttribute("lotNumber", String(measure.lot.number.value))
        element.addField("indicator", kpi.indicator)
        element.addField("unit", kpi.unit) { $0.rawValue }
        element.addField("target", kpi.target)
        element.addField("direction", kpi.direction) { $0.rawValue }
        element.addField("frequency", kpi.frequency) { $0.rawValue }
        element.addField("evidence", kpi.evidence)
    }
}
