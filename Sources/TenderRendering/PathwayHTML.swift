import TenderModel
internal import XMLKit

/// The staged pathway: the SVG diagram, then each stage as text (remit, hours and
/// cover, durations, entry and move-on routes) so nothing is only in the picture.
struct PathwayHTML {
    let spec: Specification
    let index: SpecificationIndex
    let html: HTMLContext

    private var labels: Labels { html.labels }

    var stages: [Stage] { spec.stages.sorted { ($0.number.value, $0.id.value) < ($1.number.value, $1.id.value) } }

    func add(to section: XMLElement) {
        section.addElement("p", text: labels["pathway.intro"])
        // On a phone the diagram keeps a readable size and scrolls in its own box (a
        // focusable one); the stages are also written out below it.
        let figure = section.addElement("figure", attributes: ["class": "pathway-figure", "tabindex": "0"])
        PathwayDiagram(spec: spec, index: index, stages: stages, labels: labels).add(to: figure)
        figure.addElement("figcaption", text: labels["pathway.diagram.title"])
        for stage in stages {
            let heading = "\(labels["pathway.stage"]) \(stage.number.value): \(stage.name.value)"
            let part = html.section("stage-\(stage.id.value)", heading: heading, level: 3, in: section, class: "stage")
            let list = part.addElement("dl")
            if !stage.remit.isEmpty {
                let dd = html.term(labels["pathway.remit"], in: list)
                html.clauseList(stage.remit, idPrefix: "stage-\(stage.id.value)_remit", in: dd)
            }
            let lots = index.lots(inStage: stage.id.value)
            if !lots.isEmpty {
                let dd = html.term(labels["pathway.hours"], in: list)
                let ul = dd.addElement("ul")
                for lot in lots {
                    let item = ul.addElement("li")
                    item.addElement("a", attributes: ["href": "#" + LotHTML.anchor(lot)],
                                    text: labels.format("lot.heading", String(lot.number.value), lot.title.value))
                    item.addText(": ")
                    html.addValue(lot.setting.kind, to: item) { $0.title }
                    if let cover = lot.setting.cover { item.addText(", " + cover.summary) }
                    if let intensity = lot.intensity {
                        item.addText("; ")
                        html.addValue(intensity.value, to: item) { Formatting.hours($0).lowercased() }
                    }
                    item.addText(".")
                }
            }
            if let durations = stage.durations {
                LotHTML.addDurations(durations, html: html, to: html.term(labels["pathway.durations"], in: list))
            }
            addRoutes(stage.entryRoutes, title: labels["pathway.entry"], in: list)
            addRoutes(stage.moveOnRoutes, title: labels["pathway.moveOn"], in: list)
        }
    }

    static func placeTitle(_ endpoint: RouteEndpoint) -> String? {
        if case .place(let place) = endpoint { return place.title }
        return nil
    }

    private func addRoutes(_ routes: [Route], title: String, in list: XMLElement) {
        guard !routes.isEmpty else { return }
        let ul = html.term(title, in: list).addElement("ul")
        for route in routes {
            let item = ul.addElement("li")
            switch route.endpoint.value {
            case .place(let place):
                html.addValue(place.title, route.endpoint.provenance, to: item)
            case .stage(let id):
                let name = PathwayDiagram.stageTitle(id, index: index, labels: labels)
                item.addElement("a", attributes: ["href": "#stage-\(id)"], text: name)
            }
            let placeTitle: String? = route.endpoint.value.stageID == nil ? PathwayHTML.placeTitle(route.endpoint.value) : nil
            if let note = route.note, note.value.lowercased() != placeTitle?.lowercased() {
                item.addText(": ")
                html.addValue(note, to: item)
            }
        }
    }
}
