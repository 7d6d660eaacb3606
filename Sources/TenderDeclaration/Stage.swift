public import TenderModel
import TenderLoading

/// Something written inside a ``Stage``: its remit and routes.
public protocol StageContent: Sendable {
    /// Adds this declaration to the stage being assembled.
    func add(to draft: inout StageDraft)
}

/// A stage being assembled from its declarations.
public struct StageDraft: Sendable {
    var remit: [Clause] = []
    var entryRoutes: [Route] = []
    var moveOnRoutes: [Route] = []
    var notes = DeclarationNotes()
}

/// A stage of a staged pathway (`stages:`), with its remit, entry and move-on routes.
public struct Stage: SpecificationContent {
    public internal(set) var model: TenderModel.Stage
    let notes: DeclarationNotes
    let numberIsPosition: Bool
    let provenance: Provenance

    public init(_ id: Declared<String>, number: Declared<Int>? = nil, name: Declared<String>,
                durations: Durations? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any StageContent> content: () -> [any StageContent] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let contents = c.within(content)
        var draft = StageDraft()
        for item in contents { item.add(to: &draft) }
        let numberField = c.integer(number, in: NumberRange.ordinal, what: "stage number")
        model = TenderModel.Stage(id: c.id(id, what: "stage id"), number: numberField ?? c.plain(0),
                                  name: c.required(name, what: "name", placeholder: ""), remit: draft.remit,
                                  durations: durations?.resolve(inheriting: c.provenance, notes: &c.notes),
                                  entryRoutes: draft.entryRoutes, moveOnRoutes: draft.moveOnRoutes, location: c.location)
        c.notes.absorb(draft.notes)
        notes = c.notes
        numberIsPosition = number == nil
        self.provenance = c.provenance
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.stages.append(self)
        draft.notes.absorb(notes)
    }
}

private func route(_ endpoint: RouteEndpoint, note: Declared<String>?, provenance: Provenance?,
                   fileID: String, line: Int, column: Int) -> (Route, DeclarationNotes) {
    var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
    if let stage = endpoint.stageID { _ = c.id(Declared(stage), what: "stage id") }
    let model = Route(endpoint: c.plain(endpoint), note: c.field(note, what: "note"), location: c.location)
    return (model, c.notes)
}

/// How people come into a stage: `.place(.hospital)` or `.stage("stage-1")` (`entryRoutes:`).
public struct EntryRoute: StageContent {
    let model: Route
    let notes: DeclarationNotes

    public init(_ from: RouteEndpoint, note: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        (model, notes) = route(from, note: note, provenance: provenance, fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout StageDraft) {
        draft.entryRoutes.append(model)
        draft.notes.absorb(notes)
    }
}

/// Where people move on to from a stage (`moveOnRoutes:`).
public struct MoveOnRoute: StageContent {
    let model: Route
    let notes: DeclarationNotes

    public init(_ to: RouteEndpoint, note: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        (model, notes) = route(to, note: note, provenance: provenance, fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout StageDraft) {
        draft.moveOnRoutes.append(model)
        draft.notes.absorb(notes)
    }
}

/// A service running now, which the new lots replace or absorb (`currentServices:`).
public struct CurrentService: SpecificationContent {
    public let model: TenderModel.CurrentService
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, description: Declared<String>? = nil,
                setting: Setting? = nil, durations: Durations? = nil, areas: Areas? = nil,
                partners: [Declared<String>] = [], decommissioned: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let settingModel = setting?.resolve(inheriting: c.provenance, notes: &c.notes)
        let durationsModel = durations?.resolve(inheriting: c.provenance, notes: &c.notes)
        let areasModel = areas.map { $0.resolve(&c) }
        model = TenderModel.CurrentService(
            id: c.id(id, what: "current service id"), name: c.required(name, what: "name", placeholder: ""),
            description: c.field(description, what: "description"), setting: settingModel, durations: durationsModel,
            areas: areasModel, partners: c.ids(partners, what: "partner id"),
            decommissioned: c.field(decommissioned, what: "decommissioned"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.currentServices.append(model)
        draft.notes.absorb(notes)
    }
}
