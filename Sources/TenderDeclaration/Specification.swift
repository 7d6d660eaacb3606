public import TenderModel
import TenderLoading

/// Something written inside a ``Specification``: a source, a partner, a lot, the evaluation…
public protocol SpecificationContent: Sendable {
    /// Adds this declaration to the specification being assembled.
    func add(to draft: inout SpecificationDraft)
}

/// A specification being assembled from its declarations, in the order they are written.
public struct SpecificationDraft: Sendable {
    var sources: [TenderModel.Source] = []
    var partners: [TenderModel.Partner] = []
    var funding: [TenderModel.Funding] = []
    var areas: [TenderModel.Area] = []
    var timeline: [TenderModel.Milestone] = []
    var background: [Field<String>] = []
    var aims: [Clause] = []
    var maximumSupportDuration: [(Field<TenderModel.Duration>, DurationNorm?, SourceLocation)] = []
    var currentServices: [TenderModel.CurrentService] = []
    var consultation: [TenderModel.Consultation] = []
    var outcomeFramework: [TenderModel.OutcomeFramework] = []
    var lots: [Lot] = []
    var stages: [Stage] = []
    var evaluation: [TenderModel.Evaluation] = []
    var contract: [ContractTerms] = []
    var howToRespond: [Field<String>] = []
    var procurement: [TenderModel.Procurement] = []
    var award: [TenderModel.Award] = []
    var pricing: [PricingSchedule] = []
    var notes = DeclarationNotes()
}

/// A whole specification declared in Swift: the same model a YAML file lowers to, with
/// every value located at the Swift line that declares it.
///
/// Declarations inside the body are evaluated inside it, so they inherit its
/// `provenance:` (and a lot's, inside the lot) — also when a function called from the
/// body makes them. One made beforehand and stored in a variable took the provenance in
/// force where it was made (`.illustrative` outside any declaration): give it its own
/// `provenance:`.
///
/// ```swift
/// let staged = Specification("staged-model", title: "Staged Model", version: "0.1",
///                            status: .draft, commissioner: "supporting-people",
///                            provenance: .source("staged-model-appendix")) {
///     Source("staged-model-appendix", kind: .seed, title: "Appendix 1: Staged Model")
///     Partner("supporting-people", name: "Supporting People commissioners",
///             kind: .countyCouncil, roles: [.leadCommissioner, .funder])
///     …
/// }
/// ```
public struct Specification: Sendable {
    /// The model, ready for the same rules and renderers as a loaded YAML file.
    public let model: TenderModel.Specification
    /// Findings about values the compiler cannot check, and the provenances written.
    public let notes: DeclarationNotes

    /// Findings about the declaration itself (an id's spelling, a number's range, a
    /// date's text, a part declared twice), located at its Swift line.
    public var findings: [Diagnostic] { notes.findings }

    public init(_ id: Declared<String>, title: Declared<String>, version: Declared<String>, status: Declared<Status>,
                supersedes: Declared<String>? = nil, commissioner: Declared<String>, provenance: Provenance,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any SpecificationContent> content: () -> [any SpecificationContent]) {
        var context = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance,
                                         inherited: .illustrative)
        let contents = context.within(content)
        var draft = SpecificationDraft()
        for item in contents { item.add(to: &draft) }

        let idField = context.id(id, what: "specification id")
        let titleField = context.required(title, what: "title", placeholder: "")
        let versionField = context.required(version, what: "version", placeholder: "")
        let supersedesField = context.id(supersedes, what: "superseded specification id")
        let commissionerField = context.id(commissioner, what: "commissioner partner id")
        func single<T>(_ values: [T], _ what: String, _ location: (T) -> SourceLocation) -> T? {
            for extra in values.dropFirst() {
                context.report(LoaderRuleID.yamlDuplicateKey, at: location(extra),
                               "\(what) is declared more than once; the first is at \(location(values[0]))")
            }
            return values.first
        }
        let maximum = single(draft.maximumSupportDuration, "the maximum support duration") { $0.2 }
        // Lots and stages without a number are numbered by position, as in YAML.
        var lots = draft.lots
        for index in lots.indices where lots[index].numberIsPosition {
            lots[index].model.number = Field(index + 1, at: lots[index].model.location, provenance: lots[index].provenance)
        }
        var stages = draft.stages
        for index in stages.indices where stages[index].numberIsPosition {
            stages[index].model.number = Field(index + 1, at: stages[index].model.location, provenance: stages[index].provenance)
        }
        var model = TenderModel.Specification(
            id: idField, title: titleField, version: versionField, status: context.choice(status, what: "status"),
            supersedes: supersedesField, sources: draft.sources, commissioner: commissionerField,
            partners: draft.partners, funding: single(draft.funding, "funding") { $0.location },
            areas: draft.areas, timeline: draft.timeline, background: draft.background, aims: draft.aims,
            maximumSupportDuration: maximum?.0, currentServices: draft.currentServices,
            consultation: single(draft.consultation, "the consultation") { $0.location },
            outcomeFramework: single(draft.outcomeFramework, "the outcome framework") { $0.location },
            lots: lots.map(\.model), stages: stages.map(\.model),
            evaluation: single(draft.evaluation, "the evaluation") { $0.location },
            contract: single(draft.contract, "the contract") { $0.location },
            howToRespond: draft.howToRespond, file: fileID)
        model.maximumSupportDurationNorm = maximum?.1
        model.procurement = single(draft.procurement, "the procurement") { $0.location }
        model.award = single(draft.award, "the award") { $0.location }
        model.pricing = single(draft.pricing, "the pricing schedule") { $0.location }
        var notes = context.notes
        notes.absorb(draft.notes)
        notes.findings.sort()
        model.provenanceStatements = notes.provenanceStatements.sorted { $0.location < $1.location }
        self.model = model
        self.notes = notes
    }
}
