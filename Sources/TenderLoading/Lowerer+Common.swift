import TenderModel

/// Lowering of the small shapes shared across a specification.
extension Lowerer {
    func clause(_ value: YAMLValue, what: String = "clause") -> Clause? {
        guard let r = ObjectReader(value, what: what, keys: ["id", "text"]) else { return nil }
        let id = r.required("id")?.identifier()
        let text = r.required("text")?.text()
        guard let id, let text else { return nil }
        return Clause(id: id, text: text, location: r.location)
    }

    func clauses(_ value: YAMLValue?, what: String) throws -> [Clause] {
        guard let value else { return [] }
        return try value.list(what: "\(what)s") { clause($0, what: what) }
    }

    func identifiers(_ value: YAMLValue?, what: String) throws -> [Field<String>] {
        guard let value else { return [] }
        return try value.list(what: what) { $0.identifier() }
    }

    func texts(_ value: YAMLValue?, what: String) throws -> [Field<String>] {
        guard let value else { return [] }
        return try value.list(what: what) { $0.text() }
    }

    func source(_ value: YAMLValue) -> Source? {
        guard let r = ObjectReader(value, what: "source", keys: ["id", "kind", "title", "citation"]) else { return nil }
        let id = r.required("id")?.identifier()
        let kind = r.required("kind")?.choice(Source.Kind.self, what: "source kind")
        let title = r.required("title")?.text()
        let citation = r.optional("citation")?.text()
        guard let id, let kind, let title else { return nil }
        return Source(id: id, kind: kind, title: title, citation: citation, location: r.location)
    }

    func partner(_ value: YAMLValue) throws -> Partner? {
        guard let r = ObjectReader(value, what: "partner", keys: ["id", "name", "kind", "roles"]) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let kind = r.required("kind")?.choice(Partner.Kind.self, what: "partner kind")
        let roles = try r.optional("roles")?.list(what: "roles") { $0.choice(Partner.Role.self, what: "partner role") } ?? []
        guard let id, let name, let kind else { return nil }
        return Partner(id: id, name: name, kind: kind, roles: roles, location: r.location)
    }

    func area(_ value: YAMLValue) throws -> Area? {
        guard let r = ObjectReader(value, what: "area", keys: ["id", "name", "kind", "contains", "parent"]) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let kind = r.required("kind")?.choice(Area.Kind.self, what: "area kind")
        let contains = try identifiers(r.optional("contains"), what: "area ids")
        let parent = r.optional("parent")?.identifier()
        guard let id, let name, let kind else { return nil }
        var area = Area(id: id, name: name, kind: kind, location: r.location)
        area.contains = contains
        area.parent = parent
        return area
    }

    /// `all`, or a list of area ids.
    func areaSelection(_ value: YAMLValue) throws -> AreaSelection? {
        if value.node.isScalar("all") {
            return .all(value.location, provenance: value.provenance)
        }
        if value.node.isSequence {
            return .areas(try identifiers(value, what: "area ids"))
        }
        value.wrongType(expected: "`all` or a list of area ids")
        return nil
    }

    func milestone(_ value: YAMLValue) -> Milestone? {
        let keys = ["milestone", "id", "name", "date", "time", "end", "label", "description"]
        guard let r = ObjectReader(value, what: "milestone", keys: keys) else { return nil }
        let kind = r.required("milestone")?.choice(Milestone.Kind.self, what: "milestone")
        let id = r.optional("id")?.identifier()
        let name = r.optional("name")?.text()
        let date = r.required("date")?.date()
        let time = r.optional("time")?.timeOfDay()
        let end = r.optional("end")?.date()
        let label = r.optional("label")?.text()
        let description = r.optional("description")?.text()
        guard let kind, let date else { return nil }
        return Milestone(kind: kind, id: id, name: name, date: date, time: time, end: end, label: label,
                         description: description, location: r.location)
    }

    func durations(_ value: YAMLValue) -> Durations? {
        guard let r = ObjectReader(value, what: "durations", keys: ["maximum", "expectedMoveOn", "typical", "note"]) else { return nil }
        var maximum: Field<DurationLimit>?
        if let max = r.optional("maximum") {
            if max.node.isScalar("none") {
                maximum = Field(.noLimit, at: max.location, provenance: max.provenance)
            } else {
                maximum = max.duration()?.map { .upTo($0) }
            }
        }
        return Durations(maximum: maximum,
                         expectedMoveOn: r.optional("expectedMoveOn")?.duration(),
                         typical: r.optional("typical")?.duration(),
                         note: r.optional("note")?.text(),
                         location: r.location)
    }

    /// `floating-support`, or `{type, cover, jointlyFundedBy}`.
    func setting(_ value: YAMLValue) throws -> Setting? {
        if value.node.isScalar {
            guard let kind = value.choice(Setting.Kind.self, what: "setting") else { return nil }
            return Setting(kind: kind, cover: nil, jointlyFundedBy: [], location: value.location)
        }
        guard let r = ObjectReader(value, what: "setting", keys: ["type", "cover", "jointlyFundedBy"]) else { return nil }
        let kind = r.required("type")?.choice(Setting.Kind.self, what: "setting")
        let cover = r.optional("cover").flatMap(cover)
        let funders = try texts(r.optional("jointlyFundedBy"), what: "funders")
        guard let kind else { return nil }
        return Setting(kind: kind, cover: cover, jointlyFundedBy: funders, location: r.location)
    }

    /// `{min, max}`, `{max}`, `varies-with-need` or `{variesWithNeed: true, min, max}`.
    func intensity(_ value: YAMLValue, note: Field<String>?) -> Intensity? {
        if value.node.isScalar {
            guard value.node.isScalar("varies-with-need") else {
                value.wrongType(expected: "`varies-with-need` or a mapping with `min` and `max` hours")
                return nil
            }
            return Intensity(value: Field(.variesWithNeed(typical: nil), at: value.location, provenance: value.provenance),
                             note: note, location: value.location)
        }
        guard let r = ObjectReader(value, what: "hours per week", keys: ["min", "max", "upTo", "variesWithNeed"]) else { return nil }
        let varies = r.optional("variesWithNeed")?.bool()
        let minimum = r.optional("min")?.number(in: NumberRange.hoursPerWeek, what: "minimum hours per week")
        let range: HoursRange?
        if let upTo = r.optional("upTo") {
            range = hoursCeiling(upTo, reader: r, minimum: minimum)
        } else {
            let maximum = (varies?.value == true ? r.optional("max") : r.required("max"))?
                .number(in: NumberRange.hoursPerWeek, what: "maximum hours per week")
            range = maximum.map { HoursRange(minimum: minimum, maximum: $0, location: r.location) }
        }
        let intensity: SupportIntensity
        if varies?.value == true {
            intensity = .variesWithNeed(typical: range)
        } else {
            guard let range else { return nil }
            intensity = .hours(range)
        }
        return Intensity(value: Field(intensity, at: r.location, provenance: r.provenance), note: note, location: r.location)
    }
}
