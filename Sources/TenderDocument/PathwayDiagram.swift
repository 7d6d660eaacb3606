import TenderModel

/// The staged pathway as an SVG drawing (`Drawing`), which writers embed.
///
/// Layout (deterministic, no measurement of text): places people come from across the
/// top, the stages in number order across the middle, places people move on to across
/// the bottom; arrows for every route, stage-to-stage moves arcing above the stages.
struct PathwayDiagram {
    let spec: Specification
    let index: SpecificationIndex
    let stages: [Stage]
    let labels: Wording

    private let stageWidth = 250.0
    private let gap = 70.0
    private let margin = 20.0
    private let placeHeight = 44.0
    private let entryTop = 36.0
    private let stageTop = 170.0
    private let lineHeight = 17.0
    private let charactersPerLine = 32

    static func stageTitle(_ id: String, index: SpecificationIndex, labels: Wording) -> String {
        guard let position = index.stagePositions[id] else { return id }
        let stage = index.specification.stages[position]
        return "\(labels["pathway.stage"]) \(stage.number.value): \(stage.name.value)"
    }

    private var width: Double { margin * 2 + Double(stages.count) * stageWidth + Double(max(0, stages.count - 1)) * gap }

    private func stageX(_ index: Int) -> Double { margin + Double(index) * (stageWidth + gap) }

    /// Places in order of first mention.
    private func places(_ routes: (Stage) -> [Route]) -> [RouteEndpoint.Place] {
        var seen: [RouteEndpoint.Place] = []
        for stage in stages {
            for route in routes(stage) {
                if case .place(let place) = route.endpoint.value, !seen.contains(place) { seen.append(place) }
            }
        }
        return seen
    }

    /// The lines written inside a stage's box.
    private func lines(for stage: Stage) -> [(text: String, className: String)] {
        var result: [(String, String)] = [("\(labels["pathway.stage"]) \(stage.number.value)", "stage-number")]
        result += wrap(stage.name.value, limit: charactersPerLine - 5).map { ($0, "stage-name") }
        for position in index.lotsByStage[stage.id.value] ?? [] {
            let lot = spec.lots[position]
            var text = lot.setting.kind.value.title
            if let cover = lot.setting.cover { text += ", " + (cover.isTwentyFourSeven ? "24/7" : cover.summary) }
            if let intensity = lot.intensity { text += "; " + Formatting.hours(intensity.value.value).lowercased() }
            result += wrap(text).map { ($0, "stage-detail") }
        }
        if let maximum = stage.durations?.maximum?.value {
            result += wrap(Formatting.limit(maximum)).map { ($0, "stage-detail") }
        }
        return result
    }

    private func wrap(_ text: String, limit: Int? = nil) -> [String] {
        let charactersPerLine = limit ?? self.charactersPerLine
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > charactersPerLine {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    func drawing() -> Drawing {
        let entries = places { $0.entryRoutes }
        let exits = places { $0.moveOnRoutes }
        let stageLines = stages.map(lines)
        let stageHeight = 24 + Double(stageLines.map(\.count).max() ?? 1) * lineHeight
        let exitTop = stageTop + stageHeight + 100
        let height = exitTop + placeHeight + margin

        let svg = DrawingBuilder("svg", attributes: [
            "class": "pathway-diagram",
            "viewBox": "0 0 \(Formatting.number(width)) \(Formatting.number(height))",
            "role": "img",
            "aria-labelledby": "pathway-svg-title pathway-svg-desc",
        ], width: width, height: height)
        svg.addBlock("title", attributes: ["id": "pathway-svg-title"], text: labels["pathway.diagram.title"])
        svg.addBlock("desc", attributes: ["id": "pathway-svg-desc"], text: description())
        let marker = svg.addBlock("defs").addBlock("marker", attributes: [
            "id": "pathway-arrow", "viewBox": "0 0 10 10", "refX": "10", "refY": "5",
            "markerWidth": "7", "markerHeight": "7", "orient": "auto",
        ])
        marker.addBlock("path", attributes: ["d": "M 0 0 L 10 5 L 0 10 z", "class": "arrow-head"])

        let entryBoxes = placeBoxes(entries, top: entryTop)
        let exitBoxes = placeBoxes(exits, top: exitTop)
        if !entries.isEmpty { label(labels["pathway.entering"], x: margin, y: entryTop - 10, in: svg) }
        if !exits.isEmpty { label(labels["pathway.leaving"], x: margin, y: exitTop - 10, in: svg) }

        // Arrows first so boxes sit on top of them.
        let arrows = svg.addBlock("g", attributes: ["class": "routes"])
        for (index, stage) in stages.enumerated() {
            let centre = stageX(index) + stageWidth / 2
            for route in stage.entryRoutes {
                guard case .place(let place) = route.endpoint.value, let box = entryBoxes.first(where: { $0.place == place }) else { continue }
                line(from: (box.x + box.width / 2, entryTop + placeHeight), to: (centre, stageTop), in: arrows)
            }
            for route in stage.moveOnRoutes {
                guard case .place(let place) = route.endpoint.value, let box = exitBoxes.first(where: { $0.place == place }) else { continue }
                line(from: (centre, stageTop + stageHeight), to: (box.x + box.width / 2, exitTop), in: arrows)
            }
        }
        for (from, to) in stageMoves() {
            let fromX = stageX(from), toX = stageX(to)
            if to == from + 1 {
                line(from: (fromX + stageWidth, stageTop + stageHeight / 2), to: (toX, stageTop + stageHeight / 2), in: arrows)
            } else {
                let startX = fromX + stageWidth * (to > from ? 0.75 : 0.25)
                let endX = toX + stageWidth * (to > from ? 0.25 : 0.75)
                let lift = stageTop - 40 - Double(abs(to - from)) * 8
                let d = "M \(Formatting.number(startX)) \(Formatting.number(stageTop)) C \(Formatting.number(startX)) \(Formatting.number(lift)) \(Formatting.number(endX)) \(Formatting.number(lift)) \(Formatting.number(endX)) \(Formatting.number(stageTop))"
                arrows.addBlock("path", attributes: ["d": d, "class": "route route-stage", "marker-end": "url(#pathway-arrow)"])
            }
        }

        for box in entryBoxes + exitBoxes { placeBox(box, in: svg) }
        for (index, stage) in stages.enumerated() {
            let group = svg.addBlock("g", attributes: ["class": "stage", "id": "pathway-svg-stage-\(stage.id.value)"])
            group.addBlock("rect", attributes: [
                "x": Formatting.number(stageX(index)), "y": Formatting.number(stageTop),
                "width": Formatting.number(stageWidth), "height": Formatting.number(stageHeight),
                "rx": "6", "class": "stage-box",
            ])
            for (lineIndex, line) in stageLines[index].enumerated() {
                group.addBlock("text", attributes: [
                    "x": Formatting.number(stageX(index) + 12),
                    "y": Formatting.number(stageTop + 22 + Double(lineIndex) * lineHeight),
                    "class": line.className,
                ], text: line.text)
            }
        }
        return svg.build()
    }

    /// Stage-to-stage moves (from move-on routes and stage entry routes), each pair once,
    /// in stage order.
    private func stageMoves() -> [(Int, Int)] {
        let index = Dictionary(stages.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var moves: [(Int, Int)] = []
        var seen: Set<[Int]> = []
        func add(_ from: Int?, _ to: Int?) {
            guard let from, let to, from != to, seen.insert([from, to]).inserted else { return }
            moves.append((from, to))
        }
        for (position, stage) in stages.enumerated() {
            for route in stage.moveOnRoutes { add(position, route.endpoint.value.stageID.flatMap { index[$0] }) }
            for route in stage.entryRoutes { add(route.endpoint.value.stageID.flatMap { index[$0] }, position) }
        }
        return moves.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    private struct PlaceBox {
        var place: RouteEndpoint.Place
        var x: Double
        var top: Double
        var width: Double
    }

    private func placeBoxes(_ places: [RouteEndpoint.Place], top: Double) -> [PlaceBox] {
        guard !places.isEmpty else { return [] }
        let slot = (width - margin * 2) / Double(places.count)
        let boxWidth = min(200, slot - 16)
        return places.enumerated().map { index, place in
            PlaceBox(place: place, x: margin + slot * Double(index) + (slot - boxWidth) / 2, top: top, width: boxWidth)
        }
    }

    private func placeBox(_ box: PlaceBox, in svg: DrawingBuilder) {
        let group = svg.addBlock("g", attributes: ["class": "place"])
        group.addBlock("rect", attributes: [
            "x": Formatting.number(box.x), "y": Formatting.number(box.top),
            "width": Formatting.number(box.width), "height": Formatting.number(placeHeight),
            "rx": "22", "class": "place-box",
        ])
        let lines = Array(wrap(box.place.title, limit: max(8, Int(box.width / 7.5))).prefix(2))
        for (index, line) in lines.enumerated() {
            let offset = lines.count == 1 ? 5.0 : (index == 0 ? -2.0 : 13.0)
            group.addBlock("text", attributes: [
                "x": Formatting.number(box.x + box.width / 2), "y": Formatting.number(box.top + placeHeight / 2 + offset),
                "text-anchor": "middle", "class": "place-name",
            ], text: line)
        }
    }

    private func line(from: (Double, Double), to: (Double, Double), in parent: DrawingBuilder) {
        parent.addBlock("line", attributes: [
            "x1": Formatting.number(from.0), "y1": Formatting.number(from.1),
            "x2": Formatting.number(to.0), "y2": Formatting.number(to.1),
            "class": "route", "marker-end": "url(#pathway-arrow)",
        ])
    }

    private func label(_ text: String, x: Double, y: Double, in svg: DrawingBuilder) {
        svg.addBlock("text", attributes: ["x": Formatting.number(x), "y": Formatting.number(y), "class": "row-label"],
                       text: text)
    }

    /// A sentence per stage for screen readers; the sections below say it in full.
    func description() -> String {
        stages.map { stage in
            var parts = ["\(labels["pathway.stage"]) \(stage.number.value), \(stage.name.value)."]
            let entries = stage.entryRoutes.map { endpointName($0.endpoint.value) }
            if !entries.isEmpty { parts.append("\(labels["pathway.entry"]): \(Formatting.list(entries)).") }
            let exits = stage.moveOnRoutes.map { endpointName($0.endpoint.value) }
            if !exits.isEmpty { parts.append("\(labels["pathway.moveOn"]): \(Formatting.list(exits)).") }
            return parts.joined(separator: " ")
        }.joined(separator: " ")
    }

    private func endpointName(_ endpoint: RouteEndpoint) -> String {
        switch endpoint {
        case .place(let place): return place.title
        case .stage(let id): return PathwayDiagram.stageTitle(id, index: index, labels: labels)
        }
    }
}

/// Builds a `Drawing` the way the diagram is laid out: children appended in order, each
/// followed by a line break so the SVG reads well in the HTML source.
final class DrawingBuilder {
    private let name: String
    private let attributes: [Drawing.Attribute]
    private var children: [Child] = []
    private let width: Double?
    private let height: Double?

    private enum Child {
        case element(DrawingBuilder)
        case text(String)
    }

    init(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil,
         width: Double? = nil, height: Double? = nil) {
        self.name = name
        self.attributes = attributes.map { Drawing.Attribute($0.key, $0.value) }
        self.width = width
        self.height = height
        if let text { children.append(.text(text)) }
    }

    /// A child element followed by a line break.
    @discardableResult
    func addBlock(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil) -> DrawingBuilder {
        let child = DrawingBuilder(name, attributes: attributes, text: text)
        children.append(.element(child))
        children.append(.text("\n"))
        return child
    }

    func build() -> Drawing {
        Drawing(name, attributes: attributes, children: children.map { child in
            switch child {
            case .element(let builder): return .element(builder.build())
            case .text(let text): return .text(text)
            }
        }, width: width, height: height)
    }
}
