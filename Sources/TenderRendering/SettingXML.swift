import TenderModel
internal import XMLKit

/// The XML of the shapes lots, stages and current services share.
enum SettingXML {
    static func add(_ setting: Setting, to parent: XMLElement) {
        let element = parent.addElement("setting")
        element.addField("kind", setting.kind) { $0.rawValue }
        if let cover = setting.cover {
            let coverElement = element.addElement("cover")
            coverElement.addField("daysPerWeek", cover.daysPerWeek) { String($0) }
            coverElement.addField("nightCover", cover.nightCover) { $0 ? "true" : "false" }
            coverElement.addField("outOfHours", cover.outOfHours)
            coverElement.addField("hours", cover.hours) { $0.description }
            coverElement.addField("night", cover.night) { $0.rawValue }
            coverElement.addField("outOfHoursCover", cover.outOfHoursCover) { $0.rawValue }
        }
        element.addFields("jointlyFundedBy", setting.jointlyFundedBy)
    }

    static func add(_ durations: Durations, to parent: XMLElement) {
        let element = parent.addElement("durations")
        element.addField("maximum", durations.maximum) { limit in
            limit.duration?.description ?? "none"
        }
        element.addField("expectedMoveOn", durations.expectedMoveOn) { $0.description }
        element.addField("typical", durations.typical) { $0.description }
        element.addField("note", durations.note)
    }

    static func add(_ areas: AreaSelection, to parent: XMLElement) {
        let element = parent.addElement("areas")
        switch areas {
        case .all(_, let provenance):
            let all = element.addElement("all")
            if provenance.isIllustrative { all.setAttribute("illustrative", "true") }
        case .areas(let list):
            element.addFields("area", list)
        }
    }

    static func add(_ intensity: Intensity, to parent: XMLElement) {
        let element = parent.addElement("hoursPerWeek")
        let value = intensity.value.value
        if case .variesWithNeed = value { element.setAttribute("variesWithNeed", "true") }
        if intensity.value.provenance.isIllustrative { element.setAttribute("illustrative", "true") }
        if let range = value.range {
            element.addField("minimum", range.minimum)
            element.addField("maximum", range.maximum)
            element.addField("ceilingFrom", range.ceilingFrom)
        }
        element.addField("note", intensity.note)
    }

    static func add(_ route: Route, as name: String, endpoint: String, to parent: XMLElement) {
        let element = parent.addElement(name)
        let end = element.addField(endpoint, route.endpoint) { $0.description }
        switch route.endpoint.value {
        case .place: end?.setAttribute("kind", "place")
        case .stage: end?.setAttribute("kind", "stage")
        }
        element.addField("note", route.note)
    }

    static func add(_ capacity: Capacity, to parent: XMLElement) {
        let element = parent.addElement("capacity")
        element.setAttribute("measure", capacity.measure.value.rawValue)
        element.setAttribute("qualifier", (capacity.qualifier?.value ?? .exact).rawValue)
        element.addField("amount", capacity.amount)
        element.addField("summary", capacity.amount.map { _ in capacity.summary })
        element.addField("note", capacity.note)
    }

    static func add(_ overlap: LotOverlap, to parent: XMLElement) {
        let element = parent.addElement("overlaps")
        element.setAttribute("lot", overlap.lot.value)
        element.addField("reason", overlap.reason)
    }
}
