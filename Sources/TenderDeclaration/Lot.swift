public import TenderModel
import TenderLoading

/// Something written inside a ``Lot``: a requirement, a KPI, a capacity…
public protocol LotContent: Sendable {
    /// Adds this declaration to the lot being assembled.
    func add(to draft: inout LotDraft)
}

/// A lot being assembled from its declarations.
public struct LotDraft: Sendable {
    var aims: [Clause] = []
    var eligibility: [Clause] = []
    var exclusions: [Clause] = []
    var referralSources: [TenderModel.ReferralSource] = []
    var partnerships: [TenderModel.Partnership] = []
    var requirements: [TenderModel.Requirement] = []
    var kpis: [TenderModel.KPI] = []
    var capacity: [TenderModel.Capacity] = []
    var overlaps: [LotOverlap] = []
    var worksWith: [LotDependency] = []
    var notes = DeclarationNotes()
}

/// A service to be commissioned: one lot of the tender (`lots:`).
public struct Lot: SpecificationContent {
    public internal(set) var model: TenderModel.Lot
    let notes: DeclarationNotes
    /// Whether the number is the lot's position (none was given), filled in by the specification.
    let numberIsPosition: Bool
    let provenance: Provenance

    public init(_ id: Declared<String>, number: Declared<Int>? = nil, title: Declared<String>,
                summary: Declared<String>? = nil, clientGroup: Declared<String>? = nil, setting: Setting,
                hoursPerWeek: Hours? = nil, hoursNote: Declared<String>? = nil, durations: Durations? = nil,
                areas: Areas, absorbs: [Declared<String>] = [], stage: Declared<String>? = nil,
                outcomes: [Declared<String>] = [], annualValue: Declared<Double>? = nil,
                wholeLifeValue: Declared<Double>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any LotContent> content: () -> [any LotContent] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let contents = c.within(content)
        var draft = LotDraft()
        for item in contents { item.add(to: &draft) }
        let numberField = c.integer(number, in: NumberRange.ordinal, what: "lot number")
        let note = c.field(hoursNote, what: "hours note")
        var lot = TenderModel.Lot(
            id: c.id(id, what: "lot id"), number: numberField ?? c.plain(0),
            title: c.required(title, what: "title", placeholder: ""), summary: c.field(summary, what: "summary"),
            aims: draft.aims, clientGroup: c.field(clientGroup, what: "client group"), eligibility: draft.eligibility,
            exclusions: draft.exclusions, referralSources: draft.referralSources,
            setting: setting.resolve(inheriting: c.provenance, notes: &c.notes),
            intensity: hoursPerWeek?.resolve(note: note, inheriting: c.provenance, notes: &c.notes),
            durations: durations?.resolve(inheriting: c.provenance, notes: &c.notes),
            areas: areas.resolve(&c), partnerships: draft.partnerships,
            absorbs: c.ids(absorbs, what: "current service id"), stage: c.id(stage, what: "stage id"),
            requirements: draft.requirements, outcomes: c.ids(outcomes, what: "outcome id"), kpis: draft.kpis,
            location: c.location)
        lot.capacity = draft.capacity
        lot.overlaps = draft.overlaps
        lot.annualValue = c.number(annualValue, in: NumberRange.annualValue, what: "sum of money")
        lot.wholeLifeValue = c.number(wholeLifeValue, in: NumberRange.annualValue, what: "sum of money")
        lot.worksWith = draft.worksWith
        c.notes.absorb(draft.notes)
        model = lot
        notes = c.notes
        numberIsPosition = number == nil
        self.provenance = c.provenance
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.lots.append(self)
        draft.notes.absorb(notes)
    }
}

/// Where referrals to a lot come from (a lot's `referralSources:`).
public struct ReferralSource: LotContent {
    let model: TenderModel.ReferralSource
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, partner: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.ReferralSource(id: c.id(id, what: "referral source id"),
                                           name: c.required(name, what: "name", placeholder: ""),
                                           partner: c.id(partner, what: "partner id"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.referralSources.append(model)
        draft.notes.absorb(notes)
    }
}

/// How a lot's provider works with a partner (a lot's `partnerships:`).
public struct Partnership: LotContent {
    let model: TenderModel.Partnership
    let notes: DeclarationNotes

    public init(_ partner: Declared<String>, _ description: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Partnership(partner: c.id(partner, what: "partner id"),
                                        description: c.required(description, what: "description", placeholder: ""),
                                        location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.partnerships.append(model)
        draft.notes.absorb(notes)
    }
}

/// What the provider must or should do (a lot's `requirements:`).
public struct Requirement: LotContent {
    let model: TenderModel.Requirement
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, _ strength: Declared<TenderModel.Requirement.Strength>, _ text: Declared<String>,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Requirement(id: c.id(id, what: "requirement id"), strength: c.choice(strength, what: "requirement strength"),
                                        text: c.required(text, what: "requirement", placeholder: ""), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.requirements.append(model)
        draft.notes.absorb(notes)
    }
}

/// A key performance indicator (a lot's `kpis:`).
public struct KPI: LotContent {
    let model: TenderModel.KPI
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, indicator: Declared<String>, unit: Declared<TenderModel.KPI.Unit>? = nil,
                target: Declared<Double>? = nil, direction: Declared<TenderModel.KPI.Direction>? = nil,
                frequency: Declared<TenderModel.KPI.Frequency>? = nil, evidence: Declared<String>? = nil,
                outcome: Declared<String>? = nil, kind: Declared<TenderModel.KPI.Kind>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        var kpi = TenderModel.KPI(
            id: c.id(id, what: "KPI id"), indicator: c.required(indicator, what: "indicator", placeholder: ""),
            unit: c.choice(unit, what: "KPI unit"), target: c.number(target, in: NumberRange.kpiTarget, what: "KPI target"),
            direction: c.choice(direction, what: "KPI direction"), frequency: c.choice(frequency, what: "KPI frequency"),
            evidence: c.field(evidence, what: "evidence"), outcome: c.id(outcome, what: "outcome id"),
            location: c.location)
        kpi.kind = c.choice(kind, what: "KPI kind")
        model = kpi
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.kpis.append(model)
        draft.notes.absorb(notes)
    }
}

/// How much a lot buys: units, people at any one time, referrals a year (a lot's `capacity:`).
public struct Capacity: LotContent {
    let model: TenderModel.Capacity
    let notes: DeclarationNotes

    public init(_ measure: Declared<TenderModel.Capacity.Measure>, _ amount: Declared<Double>,
                qualifier: Declared<TenderModel.Capacity.Qualifier>? = nil, note: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Capacity(measure: c.choice(measure, what: "capacity measure"),
                                     amount: c.number(amount, in: NumberRange.capacity, what: "a capacity") ?? c.plain(0),
                                     qualifier: c.choice(qualifier, what: "capacity qualifier"), note: c.field(note, what: "note"),
                                     location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.capacity.append(model)
        draft.notes.absorb(notes)
    }
}

/// Another lot whose areas this lot shares on purpose, and why (a lot's `overlaps:`).
public struct Overlap: LotContent {
    let model: LotOverlap
    let notes: DeclarationNotes

    public init(lot: Declared<String>, reason: Declared<String>, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = LotOverlap(lot: c.id(lot, what: "lot id"), reason: c.required(reason, what: "reason", placeholder: ""),
                           location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.overlaps.append(model)
        draft.notes.absorb(notes)
    }
}

/// Another lot whose provider this lot's provider must work with (a lot's `worksWith:`).
public struct WorksWith: LotContent {
    let model: LotDependency
    let notes: DeclarationNotes

    public init(lot: Declared<String>, description: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = LotDependency(lot: c.id(lot, what: "lot id"), description: c.field(description, what: "description"),
                              location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout LotDraft) {
        draft.worksWith.append(model)
        draft.notes.absorb(notes)
    }
}
