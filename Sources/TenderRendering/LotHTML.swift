import TenderModel
internal import XMLKit

/// One lot's service specification in `tender-pack.html`: every part as an `h3`
/// section, requirements numbered lot.index (2.3) with must/should, then outcomes and KPIs.
struct LotHTML {
    let spec: Specification
    let index: SpecificationIndex
    let lot: Lot
    let html: HTMLContext
    /// The area hierarchy, when the specification has one (computed once per pack).
    var hierarchy: AreaHierarchy? = nil

    private var labels: Labels { html.labels }
    private var prefix: String { LotHTML.anchor(lot) }

    static func anchor(_ lot: Lot) -> String { "lot-\(lot.id.value)" }

    /// "Breckland, Broadland and Norwich" — or every area's name for `all`.
    static func areaNames(_ selection: AreaSelection, spec: Specification) -> String {
        switch selection {
        case .all:
            return Formatting.list(spec.areas.map(\.name.value))
        case .areas(let ids):
            return Formatting.list(ids.map { id in spec.areas.first { $0.id.value == id.value }?.name.value ?? id.value })
        }
    }

    /// `areaNames(_:spec:)`, each name found through the index.
    static func areaNames(_ selection: AreaSelection, index: SpecificationIndex) -> String {
        switch selection {
        case .all:
            return Formatting.list(index.specification.areas.map(\.name.value))
        case .areas(let ids):
            return Formatting.list(ids.map { index.areaName($0.value) })
        }
    }

    private func section(_ key: String, _ id: String, in parent: XMLElement) -> XMLElement {
        html.section("\(prefix)_\(id)", heading: labels[key], level: 3, in: parent)
    }

    func add(to parent: XMLElement) {
        if let summary = lot.summary { html.paragraph(summary, in: parent).setAttribute("class", "summary") }
        if !lot.aims.isEmpty {
            html.clauseList(lot.aims, idPrefix: "\(prefix)_aim", in: section("lot.aims", "aims", in: parent))
        }
        if let group = lot.clientGroup { html.paragraph(group, in: section("lot.clientGroup", "client-group", in: parent)) }
        if !lot.eligibility.isEmpty {
            html.clauseList(lot.eligibility, idPrefix: "\(prefix)_eligibility", in: section("lot.eligibility", "eligibility", in: parent))
        }
        if !lot.exclusions.isEmpty {
            html.clauseList(lot.exclusions, idPrefix: "\(prefix)_exclusion", in: section("lot.exclusions", "exclusions", in: parent))
        }
        if !lot.referralSources.isEmpty {
            let list = section("lot.referrals", "referrals", in: parent).addElement("ul")
            for source in lot.referralSources {
                let item = list.addElement("li", attributes: ["id": "\(prefix)_referral-\(source.id.value)"])
                html.addValue(source.name, to: item)
                if let partner = source.partner, partner.value != source.name.value {
                    item.addText(" (" + partnerName(partner.value) + ")")
                }
            }
        }
        addSetting(to: section("lot.setting", "setting", in: parent))
        if !lot.capacity.isEmpty {
            CapacityHTML.add(lot.capacity, html: html, to: section("lot.capacity", "capacity", in: parent))
        }
        if let intensity = lot.intensity {
            let s = section("lot.intensity", "intensity", in: parent)
            let p = s.addElement("p")
            html.addValue(intensity.value, to: p, Formatting.hours)
            if let note = intensity.note {
                html.paragraph(note, in: s).setAttribute("class", "note")
            }
        }
        if let durations = lot.durations {
            LotHTML.addDurations(durations, html: html, to: section("lot.durations", "durations", in: parent))
        }
        addGeography(to: section("lot.geography", "geography", in: parent))
        let commercial = CommercialHTML(spec: spec, index: index, html: html)
        if lot.annualValue != nil || lot.wholeLifeValue != nil {
            commercial.addLotValue(lot, to: section("lot.value", "value", in: parent))
        }
        if !lot.worksWith.isEmpty { commercial.addWorksWith(lot, to: section("lot.worksWith", "works-with", in: parent)) }
        if !lot.partnerships.isEmpty {
            let list = section("lot.partnerships", "partnerships", in: parent).addElement("dl")
            for partnership in lot.partnerships {
                html.addValue(partnership.description, to: html.term(partnerName(partnership.partner.value), in: list))
            }
        }
        if !lot.absorbs.isEmpty {
            let list = section("lot.absorbs", "absorbs", in: parent).addElement("ul")
            for id in lot.absorbs {
                let name = index.currentServicePositions[id.value].map { spec.currentServices[$0].name.value } ?? id.value
                list.addElement("li").addElement("a", attributes: ["href": "#current-\(id.value)"], text: name)
            }
        }
        if let stageID = lot.stage, let stage = index.stage(stageID.value) {
            let p = section("lot.stage", "stage", in: parent).addElement("p")
            p.addElement("a", attributes: ["href": "#stage-\(stage.id.value)"],
                         text: "\(labels["pathway.stage"]) \(stage.number.value): \(stage.name.value)")
        }
        if !lot.requirements.isEmpty { addRequirements(to: section("lot.requirements", "requirements", in: parent)) }
        if !lot.outcomes.isEmpty || lot.kpis.contains(where: { !$0.isContractManagement }) {
            addOutcomes(to: section("lot.outcomes", "outcomes", in: parent))
        }
        let management = lot.kpis.filter(\.isContractManagement)
        if !management.isEmpty {
            KPIHTML.addManagement(management, lot: lot, html: html,
                                  to: section("lot.management", "contract-management", in: parent))
        }
    }

    private func addSetting(to section: XMLElement) {
        let setting = lot.setting
        let list = section.addElement("dl")
        html.addValue(setting.kind, to: html.term(labels["setting.kind"], in: list)) { $0.title }
        if let cover = setting.cover {
            let dd = html.term(labels["setting.cover"], in: list)
            let provenance: Provenance = cover.isIllustrative ? .illustrative : cover.daysPerWeek.provenance
            html.addValue(Formatting.capitalised(cover.summary), provenance, to: dd)
            if let outOfHours = cover.outOfHours {
                html.addValue(outOfHours, to: html.term(labels["setting.outOfHours"], in: list))
            }
        }
        if !setting.jointlyFundedBy.isEmpty {
            let dd = html.term(labels["setting.jointlyFunded"], in: list)
            for (index, funder) in setting.jointlyFundedBy.enumerated() {
                if index > 0 { dd.addText(", ") }
                html.addValue(funder, to: dd)
            }
        }
    }

    static func addDurations(_ durations: Durations, html: HTMLContext, to parent: XMLElement) {
        let labels = html.labels
        let list = parent.addElement("dl")
        if let maximum = durations.maximum {
            html.addValue(maximum, to: html.term(labels["durations.maximum"], in: list), Formatting.limit)
        }
        if let moveOn = durations.expectedMoveOn {
            html.addValue(moveOn, to: html.term(labels["durations.expectedMoveOn"], in: list)) { $0.description }
        }
        if let typical = durations.typical {
            html.addValue(typical, to: html.term(labels["durations.typical"], in: list)) { $0.description }
        }
        if let note = durations.note { html.addValue(note, to: html.term(labels["durations.note"], in: list)) }
    }

    private func addGeography(to section: XMLElement) {
        let p = section.addElement("p")
        switch lot.areas {
        case .all(_, let provenance):
            html.addValue(labels.format("geography.all", Formatting.list(spec.areas.map(\.name.value))), provenance, to: p)
        case .areas(let ids):
            let text = labels["geography.some"]
            let parts = text.split(separator: "%@", maxSplits: 1, omittingEmptySubsequences: false)
            p.addText(String(parts.first ?? ""))
            for (position, id) in ids.enumerated() {
                if position > 0 { p.addText(position == ids.count - 1 ? " and " : ", ") }
                let name = index.areaName(id.value)
                html.addValue(name, id.provenance, to: p)
                if let (parts, provenance) = GeographyHTML.parts(of: id.value, index: index, hierarchy: hierarchy) {
                    p.addText(" (")
                    html.addValue(parts, provenance, to: p)
                    p.addText(")")
                }
            }
            if parts.count > 1 { p.addText(String(parts[1])) }
        }
        GeographyHTML.addOverlaps(of: lot, index: index, html: html, to: section)
    }

    private func addRequirements(to section: XMLElement) {
        let body = html.table(caption: labels.format("lot.requirements.caption", String(lot.number.value)),
                              columns: [labels["lot.requirements.number"], labels["lot.requirements.text"],
                                        labels["lot.requirements.strength"]],
                              class: "requirements", in: section)
        for (index, requirement) in lot.requirements.enumerated() {
            let row = body.addElement("tr", attributes: ["id": "\(prefix)_requirement-\(requirement.id.value)"])
            row.addElement("th", attributes: ["scope": "row"], text: RequirementNumber.text(lot: lot, index: index))
            html.addValue(requirement.text, to: row.addElement("td"))
            let strength = row.addElement("td", attributes: ["class": "strength strength-\(requirement.strength.value.rawValue)"])
            html.addValue(requirement.strength, to: strength) { labels["strength.\($0.rawValue)"] }
        }
    }

    private func addOutcomes(to section: XMLElement) {
        if !lot.outcomes.isEmpty {
            section.addElement("p", text: labels["lot.outcomes.intro"])
            let list = section.addElement("ul")
            for id in lot.outcomes {
                let item = list.addElement("li")
                if let found = index.outcome(id.value) {
                    // Marked when the outcome text, or its place in this lot, is invented.
                    let provenance: Provenance = id.provenance.isIllustrative ? .illustrative : found.outcome.text.provenance
                    html.addValue(found.outcome.text.value, provenance, to: item)
                    item.addText(" (" + found.domain.name.value + ")")
                } else {
                    item.addText(id.value)
                }
            }
        }
        let kpis = lot.kpis.filter { !$0.isContractManagement }
        guard !kpis.isEmpty else { return }
        let body = html.table(caption: labels.format("lot.kpis.caption", String(lot.number.value)),
                              columns: [labels["kpi.indicator"], labels["kpi.target"], labels["kpi.frequency"],
                                        labels["kpi.evidence"], labels["kpi.outcome"]],
                              class: "kpis", in: section)
        for kpi in kpis {
            let row = body.addElement("tr", attributes: ["id": "\(prefix)_kpi-\(kpi.id.value)"])
            // The row is marked when the KPI's place in this lot (its id) is invented.
            let indicatorProvenance: Provenance = kpi.id.provenance.isIllustrative ? .illustrative : kpi.indicator.provenance
            html.addValue(kpi.indicator.value, indicatorProvenance, to: row.addElement("th", attributes: ["scope": "row"]))
            KPIHTML.addTarget(kpi, html: html, to: row.addElement("td", attributes: ["class": "number"]))
            let frequency = row.addElement("td")
            if let value = kpi.frequency { html.addValue(value, to: frequency) { labels["frequency.\($0.rawValue)"] } }
            let evidence = row.addElement("td")
            if let value = kpi.evidence { html.addValue(value, to: evidence) }
            let outcome = row.addElement("td")
            if let id = kpi.outcome {
                html.addValue(index.outcome(id.value)?.outcome.text.value ?? id.value,
                              id.provenance, to: outcome)
            }
        }
    }

    private func partnerName(_ id: String) -> String {
        index.partnerName(id)
    }
}

enum KPIHTML {
    /// "at least 80%", with the target marked when it is illustrative.
    static func addTarget(_ kpi: KPI, html: HTMLContext, to cell: XMLElement) {
        guard let target = kpi.target else {
            cell.addText(html.labels["none"])
            return
        }
        if let direction = kpi.direction { cell.addText(html.labels["direction.\(direction.value.rawValue)"] + " ") }
        let unit = kpi.unit?.value ?? .count
        html.addValue(target, to: cell) { unit.format($0) }
    }
}
