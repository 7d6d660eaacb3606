import TenderModel

extension Lowerer {
    static let lotKeys = [
        "id", "number", "title", "summary", "aims", "clientGroup", "eligibility", "exclusions",
        "referralSources", "setting", "hoursPerWeek", "hoursNote", "durations", "areas", "partnerships",
        "absorbs", "stage", "requirements", "outcomes", "kpis", "capacity", "overlaps",
    ]

    func lot(_ value: YAMLValue, position: Int) throws -> Lot? {
        guard let r = ObjectReader(value, what: "lot", keys: Lowerer.lotKeys + Lowerer.lotCommercialKeys) else { return nil }
        let id = r.required("id")?.identifier()
        let number = r.optional("number")?.integer(in: NumberRange.ordinal, what: "lot number")
            ?? Field(position, at: r.location, provenance: r.provenance)
        let title = r.required("title")?.text()
        let summary = r.optional("summary")?.text()
        let aims = try clauses(r.optional("aims"), what: "aim")
        let clientGroup = r.optional("clientGroup")?.text()
        let eligibility = try clauses(r.optional("eligibility"), what: "eligibility criterion")
        let exclusions = try clauses(r.optional("exclusions"), what: "exclusion")
        let referralSources = try r.optional("referralSources")?.list(what: "referral sources") { referralSource($0) } ?? []
        let setting = try r.required("setting").flatMap { try self.setting($0) }
        let hoursNote = r.optional("hoursNote")?.text()
        let intensity = r.optional("hoursPerWeek").flatMap { self.intensity($0, note: hoursNote) }
        let durations = r.optional("durations").flatMap(durations)
        let areas = try r.required("areas").flatMap { try areaSelection($0) }
        let partnerships = try r.optional("partnerships")?.list(what: "partnerships") { partnership($0) } ?? []
        let absorbs = try identifiers(r.optional("absorbs"), what: "current service ids")
        let stage = r.optional("stage")?.identifier()
        let requirements = try r.optional("requirements")?.list(what: "requirements") { requirement($0) } ?? []
        let outcomes = try identifiers(r.optional("outcomes"), what: "outcome ids")
        let kpis = try r.optional("kpis")?.list(what: "KPIs") { kpi($0) } ?? []
        let capacity = try r.optional("capacity")?.list(what: "capacities") { self.capacity($0) } ?? []
        let overlaps = try r.optional("overlaps")?.list(what: "overlaps") { overlap($0) } ?? []
        guard let id, let title, let setting, let areas else { return nil }
        var lot = Lot(id: id, number: number, title: title, summary: summary, aims: aims, clientGroup: clientGroup,
                   eligibility: eligibility, exclusions: exclusions, referralSources: referralSources,
                   setting: setting, intensity: intensity, durations: durations, areas: areas,
                   partnerships: partnerships, absorbs: absorbs, stage: stage, requirements: requirements,
                   outcomes: outcomes, kpis: kpis, location: r.location)
        lot.capacity = capacity
        lot.overlaps = overlaps
        try lotCommercial(r, into: &lot)
        return lot
    }

    func referralSource(_ value: YAMLValue) -> ReferralSource? {
        guard let r = ObjectReader(value, what: "referral source", keys: ["id", "name", "partner"]) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let partner = r.optional("partner")?.identifier()
        guard let id, let name else { return nil }
        return ReferralSource(id: id, name: name, partner: partner, location: r.location)
    }

    func partnership(_ value: YAMLValue) -> Partnership? {
        guard let r = ObjectReader(value, what: "partnership", keys: ["partner", "description"]) else { return nil }
        let partner = r.required("partner")?.identifier()
        let description = r.required("description")?.text()
        guard let partner, let description else { return nil }
        return Partnership(partner: partner, description: description, location: r.location)
    }

    func requirement(_ value: YAMLValue) -> Requirement? {
        guard let r = ObjectReader(value, what: "requirement", keys: ["id", "strength", "text"]) else { return nil }
        let id = r.required("id")?.identifier()
        let strength = r.required("strength")?.choice(Requirement.Strength.self, what: "requirement strength")
        let text = r.required("text")?.text()
        guard let id, let strength, let text else { return nil }
        return Requirement(id: id, strength: strength, text: text, location: r.location)
    }

    func kpi(_ value: YAMLValue) -> KPI? {
        let keys = ["id", "indicator", "unit", "target", "direction", "frequency", "evidence", "outcome", "kind"]
        guard let r = ObjectReader(value, what: "KPI", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let indicator = r.required("indicator")?.text()
        let unit = r.optional("unit")?.choice(KPI.Unit.self, what: "KPI unit")
        let target = r.optional("target")?.number(in: NumberRange.kpiTarget, what: "KPI target")
        let direction = r.optional("direction")?.choice(KPI.Direction.self, what: "KPI direction")
        let frequency = r.optional("frequency")?.choice(KPI.Frequency.self, what: "KPI frequency")
        let evidence = r.optional("evidence")?.text()
        let outcome = r.optional("outcome")?.identifier()
        let kind = r.optional("kind")?.choice(KPI.Kind.self, what: "KPI kind")
        guard let id, let indicator else { return nil }
        var kpi = KPI(id: id, indicator: indicator, unit: unit, target: target, direction: direction,
                   frequency: frequency, evidence: evidence, outcome: outcome, location: r.location)
        kpi.kind = kind
        return kpi
    }
}
