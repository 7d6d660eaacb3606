public import TenderModel

/// A document or public fact the specification's values are drawn from (`sources:`).
public struct Source: SpecificationContent {
    public let model: TenderModel.Source
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, kind: Declared<TenderModel.Source.Kind>, title: Declared<String>,
                citation: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Source(id: c.id(id, what: "source id"), kind: c.choice(kind, what: "source kind"),
                                   title: c.required(title, what: "title", placeholder: ""),
                                   citation: c.field(citation, what: "citation"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.sources.append(model)
        draft.notes.absorb(notes)
    }
}

/// An organisation with a part in the services (`partners:`).
public struct Partner: SpecificationContent {
    public let model: TenderModel.Partner
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, kind: Declared<TenderModel.Partner.Kind>,
                roles: [Declared<TenderModel.Partner.Role>] = [], provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Partner(id: c.id(id, what: "partner id"), name: c.required(name, what: "name", placeholder: ""),
                                    kind: c.choice(kind, what: "partner kind"), roles: roles.map { c.choice($0, what: "partner role") }, location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.partners.append(model)
        draft.notes.absorb(notes)
    }
}

/// Who pays for the services, and how (`funding:`).
public struct Funding: SpecificationContent {
    public let model: TenderModel.Funding
    let notes: DeclarationNotes

    public init(funders: [Declared<String>], description: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Funding(funders: c.ids(funders, what: "partner id"),
                                    description: c.field(description, what: "description"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.funding.append(model)
        draft.notes.absorb(notes)
    }
}

/// A geographical area the services cover, with the areas it contains or lies in (`areas:`).
public struct Area: SpecificationContent {
    public let model: TenderModel.Area
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, kind: Declared<TenderModel.Area.Kind>,
                contains: [Declared<String>] = [], parent: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        var area = TenderModel.Area(id: c.id(id, what: "area id"), name: c.required(name, what: "name", placeholder: ""),
                                    kind: c.choice(kind, what: "area kind"), location: c.location)
        area.contains = c.ids(contains, what: "area id")
        area.parent = c.id(parent, what: "area id")
        model = area
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.areas.append(model)
        draft.notes.absorb(notes)
    }
}

/// A dated step of the timeline (`timeline:`).
public struct Milestone: SpecificationContent {
    public let model: TenderModel.Milestone
    let notes: DeclarationNotes

    public init(_ kind: Declared<TenderModel.Milestone.Kind>, date: Declared<CalendarDate>, id: Declared<String>? = nil,
                name: Declared<String>? = nil, time: Declared<TimeOfDay>? = nil, end: Declared<CalendarDate>? = nil,
                label: Declared<String>? = nil, description: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Milestone(
            kind: c.choice(kind, what: "milestone"), id: c.id(id, what: "milestone id"), name: c.field(name, what: "name"),
            date: c.required(date, what: "date", placeholder: CalendarDate(year: 1)), time: c.field(time, what: "time"),
            end: c.field(end, what: "end date"), label: c.field(label, what: "label"),
            description: c.field(description, what: "description"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.timeline.append(model)
        draft.notes.absorb(notes)
    }
}

/// One paragraph of background (`background:`).
public struct Background: SpecificationContent {
    public let model: Field<String>?
    let notes: DeclarationNotes

    public init(_ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = c.field(text, what: "paragraph")
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        if let model { draft.background.append(model) }
        draft.notes.absorb(notes)
    }
}

/// One paragraph of how to respond to the invitation (`howToRespond:`).
public struct HowToRespond: SpecificationContent {
    public let model: Field<String>?
    let notes: DeclarationNotes

    public init(_ text: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = c.field(text, what: "paragraph")
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        if let model { draft.howToRespond.append(model) }
        draft.notes.absorb(notes)
    }
}

/// The longest anyone may be supported (`maximumSupportDuration:`); with `flexible` or a
/// `note` it is a norm rather than a cap.
public struct MaximumSupportDuration: SpecificationContent {
    let duration: Field<TenderModel.Duration>?
    let norm: DurationNorm?
    let location: SourceLocation
    let notes: DeclarationNotes

    public init(_ upTo: Declared<TenderModel.Duration>, flexible: Declared<Bool>? = nil, note: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        duration = c.field(upTo, what: "maximum support duration")
        let flexibleField = c.field(flexible, what: "flexible")
        let noteField = c.field(note, what: "note")
        norm = flexibleField != nil || noteField != nil
            ? DurationNorm(flexible: flexibleField ?? c.plain(false), note: noteField, location: c.location) : nil
        location = c.location
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        if let duration { draft.maximumSupportDuration.append((duration, norm, location)) }
        draft.notes.absorb(notes)
    }
}

/// The consultation the specification was put to (`consultation:`).
public struct Consultation: SpecificationContent {
    public let model: TenderModel.Consultation
    let notes: DeclarationNotes

    public init(purpose: Declared<String>? = nil, audiences: [Declared<String>] = [], interests: [Declared<String>] = [],
                developedWith: [Declared<String>] = [], nextSteps: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Consultation(purpose: c.field(purpose, what: "purpose"), audiences: c.texts(audiences),
                                         interests: c.texts(interests), developedWith: c.texts(developedWith),
                                         nextSteps: c.field(nextSteps, what: "next steps"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.consultation.append(model)
        draft.notes.absorb(notes)
    }
}
