import TenderModel

/// The staged pathway: the diagram, then each stage as text (remit, hours and cover,
/// durations, entry and move-on routes) so nothing is only in the picture.
struct PathwayBuilder {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var index: SpecificationIndex { context.index }
    private var wording: Wording { context.wording }

    var stages: [Stage] { spec.stages.sorted { ($0.number.value, $0.id.value) < ($1.number.value, $1.id.value) } }

    func section() -> Section {
        let diagram = PathwayDiagram(spec: spec, index: index, stages: stages, labels: wording)
        let figure = Figure(drawing: diagram.drawing(), alternative: diagram.description(),
                            caption: [.text(wording["pathway.diagram.title"])], role: BlockRole(rawValue: "pathway-figure"))
        return Section(id: "pathway", heading: wording["pathway.heading"], role: BlockRole(rawValue: "pathway"),
                       blocks: [context.paragraph(wording["pathway.intro"]), .figure(figure)],
                       subsections: stages.map(stageSection))
    }

    private func stageSection(_ stage: Stage) -> Section {
        var items: [Definition] = []
        if !stage.remit.isEmpty {
            items.append(Definition(term: [.text(wording["pathway.remit"])],
                                    details: [context.clauses(stage.remit, idPrefix: "stage-\(stage.id.value)_remit")]))
        }
        let lots = index.lots(inStage: stage.id.value)
        if !lots.isEmpty {
            let lotItems = lots.map { lot -> ListItem in
                var runs: [Inline] = [context.lotLink(lot), .text(": ")]
                runs += context.value(lot.setting.kind) { $0.title }
                if let cover = lot.setting.cover { runs.append(.text(", " + cover.summary)) }
                if let intensity = lot.intensity {
                    runs.append(.text("; "))
                    runs += context.value(intensity.value) { Formatting.hours($0).lowercased() }
                }
                runs.append(.text("."))
                return ListItem(inlines: runs)
            }
            items.append(Definition(term: [.text(wording["pathway.hours"])], details: [.list(ItemList(lotItems))]))
        }
        if let durations = stage.durations {
            items.append(Definition(term: [.text(wording["pathway.durations"])],
                                    details: [LotBuilder.durations(durations, context: context)]))
        }
        if let routes = routes(stage.entryRoutes, title: wording["pathway.entry"]) { items.append(routes) }
        if let routes = routes(stage.moveOnRoutes, title: wording["pathway.moveOn"]) { items.append(routes) }
        return Section(id: "stage-\(stage.id.value)", heading: "\(wording["pathway.stage"]) \(stage.number.value): \(stage.name.value)",
                       inContents: false, role: BlockRole(rawValue: "stage"), blocks: [.definitions(DefinitionList(items))])
    }

    static func placeTitle(_ endpoint: RouteEndpoint) -> String? {
        if case .place(let place) = endpoint { return place.title }
        return nil
    }

    private func routes(_ routes: [Route], title: String) -> Definition? {
        guard !routes.isEmpty else { return nil }
        let items = routes.map { route -> ListItem in
            var runs: [Inline]
            switch route.endpoint.value {
            case .place(let place):
                runs = context.value(place.title, route.endpoint.provenance)
            case .stage(let id):
                runs = [.link(.anchor("stage-\(id)"), [.text(PathwayDiagram.stageTitle(id, index: index, labels: wording))])]
            }
            let placeTitle: String? = route.endpoint.value.stageID == nil ? Self.placeTitle(route.endpoint.value) : nil
            if let note = route.note, note.value.lowercased() != placeTitle?.lowercased() {
                runs += [.text(": ")] + context.value(note)
            }
            return ListItem(inlines: runs)
        }
        return Definition(term: [.text(title)], details: [.list(ItemList(items))])
    }
}
