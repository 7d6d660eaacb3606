public import TenderModel
import TenderLoading

/// A specification with the indexes rules share, built once per validation so that
/// no rule compares all pairs: every lookup is a hash lookup.
public struct ValidationContext: Sendable {
    public let specification: Specification
    public let areaIDs: Set<String>
    public let partnerIDs: Set<String>
    public let currentServiceIDs: Set<String>
    public let stageIDs: Set<String>
    public let outcomeIDs: Set<String>
    public let sourceIDs: Set<String>
    /// Every value in the specification, walked once.
    public let fields: [FieldRecord]
    /// The areas as a hierarchy (`contains:` / `parent:`), for coverage and overlaps.
    public let areaHierarchy: AreaHierarchy
    /// Where each lot, stage, area, partner and current service is.
    public let index: SpecificationIndex

    public init(_ specification: Specification) {
        let fields = specification.allFields()
        self.init(SpecificationIndex(specification, fields: fields), fields: fields)
    }

    /// The context of an indexed specification (`fields` is `allFields()` of it).
    init(_ index: SpecificationIndex, fields: [FieldRecord]) {
        let specification = index.specification
        self.specification = specification
        self.index = index
        areaIDs = Set(specification.areas.map(\.id.value))
        partnerIDs = Set(specification.partners.map(\.id.value))
        currentServiceIDs = Set(specification.currentServices.map(\.id.value))
        stageIDs = Set(specification.stages.map(\.id.value))
        outcomeIDs = Set(specification.outcomeFramework?.outcomes.map(\.outcome.id.value) ?? [])
        sourceIDs = Set(specification.sources.map(\.id.value))
        self.fields = fields
        areaHierarchy = AreaHierarchy(specification.areas)
    }

    /// Shared by every rule of one validation (see SuggestionBudget).
    let suggestionBudget = SuggestionBudget()

    /// A "did you mean" note from a set of ids, while the validation's budget lasts.
    func suggestion(for id: String, in candidates: Set<String>) -> [String] {
        // An edit distance per candidate: about as many cells as the id's length squared
        // (ids are at most 64 characters; candidates are ids of similar length).
        let length = min(id.utf8.count, Suggestion.maximumLength) + 1
        let cost = candidates.count * length * length
        guard suggestionBudget.spend(cost) else { return [] }
        return Suggestion.note(for: id, in: candidates.sorted())
    }
}
