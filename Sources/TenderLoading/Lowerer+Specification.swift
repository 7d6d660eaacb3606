import TenderModel

extension Lowerer {
    static let specificationKeys = [
        "tenderpack", "id", "title", "version", "status", "supersedes", "sources", "commissioner",
        "partners", "funding", "areas", "timeline", "background", "aims", "maximumSupportDuration",
        "currentServices", "consultation", "outcomeFramework", "lots", "stages", "evaluation",
        "contract", "howToRespond",
        "procurement", "award",
        "pricing",
    ]

    /// The whole specification, or nil when the file is not a usable specification
    /// (the reasons are in `diagnostics`).
    func specification(_ root: YAMLValue) throws -> Specification? {
        guard let r = ObjectReader(root, what: "specification", keys: Lowerer.specificationKeys) else { return nil }
        if !r.has("provenance") {
            report(LoaderRuleID.schemaMissingKey, at: r.location,
                   "specification is missing required key `provenance` (the default source of its values, or `illustrative`)")
        }
        if let format = r.optional("tenderpack"), let version = format.integer(), version.value != 1 {
            report(LoaderRuleID.schemaInvalidValue, at: version.location,
                   "this TenderPack reads format 1; the file says `tenderpack: \(version.value)`")
        }
        let id = r.required("id")?.identifier()
        let title = r.required("title")?.text()
        let version = r.required("version")?.text()
        let status = r.required("status")?.choice(Status.self, what: "status")
        let supersedes = r.optional("supersedes")?.identifier()
        let sources = try r.required("sources")?.list(what: "sources") { source($0) } ?? []
        let commissioner = r.required("commissioner")?.identifier()
        let partners = try r.required("partners")?.list(what: "partners") { try partner($0) } ?? []
        let funding = try r.optional("funding").flatMap { try self.funding($0) }
        let areas = try r.required("areas")?.list(what: "areas") { try area($0) } ?? []
        let timeline = try r.optional("timeline")?.list(what: "milestones") { milestone($0) } ?? []
        let background = try r.optional("background")?.paragraphs() ?? []
        let aims = try clauses(r.optional("aims"), what: "aim")
        let (maximum, norm) = r.optional("maximumSupportDuration").map(supportDuration) ?? (nil, nil)
        let current = try r.optional("currentServices")?.list(what: "current services") { try currentService($0) } ?? []
        let consultation = try r.optional("consultation").flatMap { try self.consultation($0) }
        let framework = try r.optional("outcomeFramework").flatMap { try outcomeFramework($0) }
        var position = 0
        let lots = try r.required("lots")?.list(what: "lots") { value -> Lot? in
            position += 1
            return try lot(value, position: position)
        } ?? []
        position = 0
        let stages = try r.optional("stages")?.list(what: "stages") { value -> Stage? in
            position += 1
            return try stage(value, position: position)
        } ?? []
        let evaluation = try r.optional("evaluation").flatMap { try self.evaluation($0) }
        let contract = try r.optional("contract").flatMap { try self.contract($0) }
        let howToRespond = try r.optional("howToRespond")?.paragraphs() ?? []
        let procurement = try r.optional("procurement").flatMap { try self.procurement($0) }
        let award = try r.optional("award").flatMap { try self.award($0) }
        let pricing = try r.optional("pricing").flatMap { try self.pricing($0) }
        guard let id, let title, let version, let status, let commissioner else { return nil }
        var specification = Specification(
            id: id, title: title, version: version, status: status, supersedes: supersedes, sources: sources,
            commissioner: commissioner, partners: partners, funding: funding, areas: areas, timeline: timeline,
            background: background, aims: aims, maximumSupportDuration: maximum, currentServices: current,
            consultation: consultation, outcomeFramework: framework, lots: lots, stages: stages,
            evaluation: evaluation, contract: contract, howToRespond: howToRespond, file: file)
        specification.provenanceStatements = provenanceStatements
        specification.maximumSupportDurationNorm = norm
        specification.procurement = procurement
        specification.award = award
        specification.pricing = pricing
        return specification
    }

    func funding(_ value: YAMLValue) throws -> Funding? {
        guard let r = ObjectReader(value, what: "funding", keys: ["funders", "description"]) else { return nil }
        return Funding(funders: try identifiers(r.optional("funders"), what: "partner ids"),
                       description: r.optional("description")?.text(), location: r.location)
    }

    func currentService(_ value: YAMLValue) throws -> CurrentService? {
        let keys = ["id", "name", "description", "setting", "durations", "areas", "partners", "decommissioned"]
        guard let r = ObjectReader(value, what: "current service", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let description = r.optional("description")?.text()
        let setting = try r.optional("setting").flatMap { try self.setting($0) }
        let durations = r.optional("durations").flatMap(durations)
        let areas = try r.optional("areas").flatMap { try areaSelection($0) }
        let partners = try identifiers(r.optional("partners"), what: "partner ids")
        let decommissioned = r.optional("decommissioned")?.text()
        guard let id, let name else { return nil }
        return CurrentService(id: id, name: name, description: description, setting: setting, durations: durations,
                              areas: areas, partners: partners, decommissioned: decommissioned, location: r.location)
    }

    func consultation(_ value: YAMLValue) throws -> Consultation? {
        let keys = ["purpose", "audiences", "interests", "developedWith", "nextSteps"]
        guard let r = ObjectReader(value, what: "consultation", keys: keys) else { return nil }
        return Consultation(purpose: r.optional("purpose")?.text(),
                            audiences: try texts(r.optional("audiences"), what: "audiences"),
                            interests: try texts(r.optional("interests"), what: "interests"),
                            developedWith: try texts(r.optional("developedWith"), what: "groups"),
                            nextSteps: r.optional("nextSteps")?.text(),
                            location: r.location)
    }

    func outcomeFramework(_ value: YAMLValue) throws -> OutcomeFramework? {
        guard let r = ObjectReader(value, what: "outcome framework", keys: ["name", "domains"]) else { return nil }
        let name = r.required("name")?.text()
        let domains = try r.required("domains")?.list(what: "outcome domains") { try outcomeDomain($0) } ?? []
        guard let name else { return nil }
        return OutcomeFramework(name: name, domains: domains, location: r.location)
    }

    func outcomeDomain(_ value: YAMLValue) throws -> OutcomeDomain? {
        guard let r = ObjectReader(value, what: "outcome domain", keys: ["id", "name", "outcomes"]) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let outcomes = try r.optional("outcomes")?.list(what: "outcomes") { item -> Outcome? in
            guard let o = ObjectReader(item, what: "outcome", keys: ["id", "text"]) else { return nil }
            let id = o.required("id")?.identifier()
            let text = o.required("text")?.text()
            guard let id, let text else { return nil }
            return Outcome(id: id, text: text, location: o.location)
        } ?? []
        guard let id, let name else { return nil }
        return OutcomeDomain(id: id, name: name, outcomes: outcomes, location: r.location)
    }
}
