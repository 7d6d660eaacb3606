import TenderModel
internal import XMLKit

/// One lot in `tender-pack.xml`, with its requirement numbers (lot number.index).
struct LotXML {
    let lot: Lot

    func add(to list: XMLElement) {
        let element = list.addElement("lot")
        element.setAttribute("id", lot.id.value)
        element.setAttribute("number", String(lot.number.value))
        element.addField("title", lot.title)
        element.addField("summary", lot.summary)
        for aim in lot.aims { element.addClause("aim", aim) }
        element.addField("clientGroup", lot.clientGroup)
        for clause in lot.eligibility { element.addClause("eligibility", clause) }
        for clause in lot.exclusions { element.addClause("exclusion", clause) }
        for source in lot.referralSources {
            let item = element.addElement("referralSource")
            item.setAttribute("id", source.id.value)
            item.addField("name", source.name)
            item.addField("partner", source.partner)
        }
        SettingXML.add(lot.setting, to: element)
        for capacity in lot.capacity { SettingXML.add(capacity, to: element) }
        if let intensity = lot.intensity { SettingXML.add(intensity, to: element) }
        if let durations = lot.durations { SettingXML.add(durations, to: element) }
        SettingXML.add(lot.areas, to: element)
        for overlap in lot.overlaps { SettingXML.add(overlap, to: element) }
        for partnership in lot.partnerships {
            let item = element.addElement("partnership")
            item.addField("partner", partnership.partner)
            item.addField("description", partnership.description)
        }
        element.addFields("absorbs", lot.absorbs)
        element.addField("stage", lot.stage)
        for (index, requirement) in lot.requirements.enumerated() {
            let item = element.addElement("requirement")
            item.setAttribute("id", requirement.id.value)
            item.setAttribute("number", RequirementNumber.text(lot: lot, index: index))
            item.addField("strength", requirement.strength) { $0.rawValue }
            item.addField("text", requirement.text)
        }
        element.addFields("outcome", lot.outcomes)
        for kpi in lot.kpis { KPIXML.add(kpi, to: element) }
        CommercialXML.addLot(lot, to: element)
    }
}

/// Requirement numbers: the lot's number, a dot, the requirement's position from 1.
enum RequirementNumber {
    static func text(lot: Lot, index: Int) -> String { "\(lot.number.value).\(index + 1)" }
}

enum KPIXML {
    static func add(_ kpi: KPI, to parent: XMLElement, name: String = "kpi") {
        let item = parent.addElement(name)
        item.setAttribute("id", kpi.id.value)
        if let kind = kpi.kind { item.setAttribute("kind", kind.value.rawValue) }
        item.addField("indicator", kpi.indicator)
        item.addField("unit", kpi.unit) { $0.rawValue }
        item.addField("target", kpi.target)
        item.addField("direction", kpi.direction) { $0.rawValue }
        item.addField("frequency", kpi.frequency) { $0.rawValue }
        item.addField("evidence", kpi.evidence)
        item.addField("outcome", kpi.outcome)
    }
}
