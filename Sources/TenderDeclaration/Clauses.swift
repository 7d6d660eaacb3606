public import TenderModel

/// A numbered statement with an id: the shape of aims, eligibility, exclusions and remits.
struct ClauseDeclaration: Sendable {
    let model: Clause
    let notes: DeclarationNotes

    init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance?, what: String,
         fileID: String, line: Int, column: Int) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = Clause(id: c.id(id, what: "\(what) id"), text: c.required(text, what: what, placeholder: ""),
                       location: c.location)
        notes = c.notes
    }
}

/// An aim of the specification (`aims:`) or of a lot (a lot's `aims:`).
public struct Aim: SpecificationContent, LotContent {
    let clause: ClauseDeclaration
    public var model: Clause { clause.model }

    public init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        clause = ClauseDeclaration(id, text, provenance: provenance, what: "aim", fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.aims.append(clause.model)
        draft.notes.absorb(clause.notes)
    }

    public func add(to draft: inout LotDraft) {
        draft.aims.append(clause.model)
        draft.notes.absorb(clause.notes)
    }
}

/// Who a lot is for (a lot's `eligibility:`).
public struct Eligibility: LotContent {
    let clause: ClauseDeclaration

    public init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        clause = ClauseDeclaration(id, text, provenance: provenance, what: "eligibility criterion",
                                   fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout LotDraft) {
        draft.eligibility.append(clause.model)
        draft.notes.absorb(clause.notes)
    }
}

/// Who a lot is not for (a lot's `exclusions:`).
public struct Exclusion: LotContent {
    let clause: ClauseDeclaration

    public init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        clause = ClauseDeclaration(id, text, provenance: provenance, what: "exclusion",
                                   fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout LotDraft) {
        draft.exclusions.append(clause.model)
        draft.notes.absorb(clause.notes)
    }
}

/// What a stage is for (a stage's `remit:`).
public struct Remit: StageContent {
    let clause: ClauseDeclaration

    public init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        clause = ClauseDeclaration(id, text, provenance: provenance, what: "remit clause",
                                   fileID: fileID, line: line, column: column)
    }

    public func add(to draft: inout StageDraft) {
        draft.remit.append(clause.model)
        draft.notes.absorb(clause.notes)
    }
}

/// The outcomes services work towards, in domains (`outcomeFramework:`).
public struct OutcomeFramework: SpecificationContent {
    public let model: TenderModel.OutcomeFramework
    let notes: DeclarationNotes

    public init(_ name: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<OutcomeDomain> domains: () -> [OutcomeDomain]) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let declared = c.within(domains)
        model = TenderModel.OutcomeFramework(name: c.required(name, what: "name", placeholder: ""),
                                             domains: declared.map(\.model), location: c.location)
        for domain in declared { c.notes.absorb(domain.notes) }
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.outcomeFramework.append(model)
        draft.notes.absorb(notes)
    }
}

/// A domain of the outcome framework with its outcomes.
public struct OutcomeDomain: Sendable {
    public let model: TenderModel.OutcomeDomain
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<Outcome> outcomes: () -> [Outcome] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let declared = c.within(outcomes)
        model = TenderModel.OutcomeDomain(id: c.id(id, what: "outcome domain id"),
                                          name: c.required(name, what: "name", placeholder: ""),
                                          outcomes: declared.map(\.model), location: c.location)
        for outcome in declared { c.notes.absorb(outcome.notes) }
        notes = c.notes
    }
}

/// One outcome of a domain.
public struct Outcome: Sendable {
    public let model: TenderModel.Outcome
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, _ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Outcome(id: c.id(id, what: "outcome id"), text: c.required(text, what: "outcome", placeholder: ""),
                                    location: c.location)
        notes = c.notes
    }
}
