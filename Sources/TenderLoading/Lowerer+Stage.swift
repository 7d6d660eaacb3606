import TenderModel

extension Lowerer {
    func stage(_ value: YAMLValue, position: Int) throws -> Stage? {
        let keys = ["id", "number", "name", "remit", "durations", "entryRoutes", "moveOnRoutes"]
        guard let r = ObjectReader(value, what: "stage", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let number = r.optional("number")?.integer(in: NumberRange.ordinal, what: "stage number") ?? Field(position, at: r.location, provenance: r.provenance)
        let name = r.required("name")?.text()
        let remit = try clauses(r.optional("remit"), what: "remit clause")
        let durations = r.optional("durations").flatMap(durations)
        let entry = try r.optional("entryRoutes")?.list(what: "entry routes") { route($0, endKey: "from") } ?? []
        let moveOn = try r.optional("moveOnRoutes")?.list(what: "move-on routes") { route($0, endKey: "to") } ?? []
        guard let id, let name else { return nil }
        return Stage(id: id, number: number, name: name, remit: remit, durations: durations,
                     entryRoutes: entry, moveOnRoutes: moveOn, location: r.location)
    }

    /// `hospital`, `stage-1`, or `{from|to: …, note: …}`.
    func route(_ value: YAMLValue, endKey: String) -> Route? {
        if value.node.isScalar {
            guard let endpoint = routeEndpoint(value) else { return nil }
            return Route(endpoint: endpoint, note: nil, location: value.location)
        }
        guard let r = ObjectReader(value, what: endKey == "from" ? "entry route" : "move-on route",
                                   keys: [endKey, "note"]) else { return nil }
        let endpoint = r.required(endKey).flatMap(routeEndpoint)
        let note = r.optional("note")?.text()
        guard let endpoint else { return nil }
        return Route(endpoint: endpoint, note: note, location: r.location)
    }

    /// A known place, or else a stage id (checked against the stages by a rule).
    func routeEndpoint(_ value: YAMLValue) -> Field<RouteEndpoint>? {
        guard let id = value.identifier() else { return nil }
        if let place = RouteEndpoint.Place(rawValue: id.value) {
            return id.map { _ in .place(place) }
        }
        return id.map { .stage($0) }
    }
}
