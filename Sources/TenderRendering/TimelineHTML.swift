import TenderModel
internal import XMLKit

/// The invitation's timeline: each step by its own or the council's name, with its
/// date, the time of day when there is one ("10 April 2026, 12 noon") and the end of a
/// step that is a period ("1 January to 31 March 2027").
struct TimelineHTML {
    let timeline: [Milestone]
    let html: HTMLContext

    private var labels: Labels { html.labels }

    func add(to section: XMLElement) {
        let body = html.table(caption: labels["timeline.caption"],
                              columns: [labels["timeline.step"], labels["timeline.date"], labels["timeline.details"]],
                              class: "timeline", in: section)
        for milestone in timeline {
            let row = body.addElement("tr")
            let step = row.addElement("th", attributes: ["scope": "row"])
            if let name = milestone.name { html.addValue(name, to: step) } else { step.addText(milestone.kind.value.title) }
            addWhen(milestone, to: row.addElement("td"))
            let details = row.addElement("td")
            if let description = milestone.description { html.addValue(description, to: details) }
        }
    }

    /// The date (or the source's wording of it), the time and the end of a period, each
    /// marked on its own when it is illustrative.
    func addWhen(_ milestone: Milestone, to cell: XMLElement) {
        let date = milestone.date
        var datetime = date.value.description
        if let time = milestone.time, date.value.day != nil { datetime += "T" + time.value.description }
        let start = cell.addElement("time", attributes: ["datetime": datetime])
        if let label = milestone.label {
            html.addValue(label.value, date.provenance.isIllustrative ? .illustrative : label.provenance, to: start)
        } else {
            html.addValue(date, to: start) { Self.startText($0, in: milestone) }
        }
        if let time = milestone.time {
            start.addText(", ")
            html.addValue(time, to: start) { $0.longForm }
        }
        if let end = milestone.end {
            cell.addText(" " + labels["timeline.to"] + " ")
            html.addValue(end, to: cell.addElement("time", attributes: ["datetime": end.value.description])) { $0.longForm }
        }
    }

    /// The start of a period within one year drops the year, as councils write it
    /// ("1 January to 31 March 2027"); otherwise the full date.
    static func startText(_ date: CalendarDate, in milestone: Milestone) -> String {
        guard let end = milestone.end?.value, milestone.time == nil, date.year == end.year,
              date.month != nil, end.month != nil else { return date.longForm }
        return String(date.longForm.dropLast(" \(date.year)".count))
    }
}
