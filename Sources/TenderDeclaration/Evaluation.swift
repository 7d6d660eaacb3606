public import TenderModel
import TenderLoading

/// Something written inside an ``Evaluation``: a criterion or a point of the scoring scale.
public protocol EvaluationContent: Sendable {
    /// Adds this declaration to the evaluation being assembled.
    func add(to draft: inout EvaluationDraft)
}

/// An evaluation being assembled from its declarations.
public struct EvaluationDraft: Sendable {
    var criteria: [EvaluationCriterion] = []
    var scale: [ScoreDefinition] = []
    var notes = DeclarationNotes()
}

/// How tenders are evaluated (`evaluation:`): the quality, price and social value
/// weightings, the criteria with their questions, and the scoring scale.
public struct Evaluation: SpecificationContent {
    public let model: TenderModel.Evaluation
    let notes: DeclarationNotes

    public init(quality: Declared<Double>? = nil, price: Declared<Double>? = nil, socialValue: Declared<Double>? = nil,
                minimumSocialValue: Declared<Double>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any EvaluationContent> content: () -> [any EvaluationContent] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let contents = c.within(content)
        var draft = EvaluationDraft()
        for item in contents { item.add(to: &draft) }
        let weight = NumberRange.weight
        model = TenderModel.Evaluation(
            qualityWeight: c.number(quality, in: weight, what: "quality weighting"),
            priceWeight: c.number(price, in: weight, what: "price weighting"),
            socialValueWeight: c.number(socialValue, in: weight, what: "social value weighting"),
            minimumSocialValue: c.number(minimumSocialValue, in: weight, what: "minimum social value"),
            criteria: draft.criteria, scoringScale: draft.scale, location: c.location)
        c.notes.absorb(draft.notes)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.evaluation.append(model)
        draft.notes.absorb(notes)
    }
}

/// Something written inside a ``Criterion``: a sub-criterion or a method statement question.
public protocol CriterionContent: Sendable {
    /// Adds this declaration to the criterion being assembled.
    func add(to draft: inout CriterionDraft)
}

/// A criterion being assembled from its declarations.
public struct CriterionDraft: Sendable {
    var subCriteria: [TenderModel.SubCriterion] = []
    var questions: [MethodStatementQuestion] = []
    var notes = DeclarationNotes()
}

/// An evaluation criterion (`criteria:`); a pass/fail standard has no weighting.
public struct Criterion: EvaluationContent {
    let model: EvaluationCriterion?
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, category: Declared<EvaluationCriterion.Category>,
                weight: Declared<Double>? = nil, description: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any CriterionContent> content: () -> [any CriterionContent] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let contents = c.within(content)
        var draft = CriterionDraft()
        for item in contents { item.add(to: &draft) }
        let weightField = c.number(weight, in: NumberRange.weight, what: "weighting")
        let categoryField = c.choice(category, what: "criterion category")
        if weight == nil, categoryField.value != .passFail {
            c.report(LoaderRuleID.schemaMissingKey, at: c.location, "evaluation criterion is missing required key `weight`")
        }
        model = weightField == nil && categoryField.value != .passFail ? nil : EvaluationCriterion(
            id: c.id(id, what: "criterion id"), name: c.required(name, what: "name", placeholder: ""),
            category: categoryField, weight: weightField, description: c.field(description, what: "description"),
            subCriteria: draft.subCriteria, questions: draft.questions, location: c.location)
        c.notes.absorb(draft.notes)
        notes = c.notes
    }

    public func add(to draft: inout EvaluationDraft) {
        if let model { draft.criteria.append(model) }
        draft.notes.absorb(notes)
    }
}

/// A weighted part of a criterion (`subCriteria:`).
public struct SubCriterion: CriterionContent {
    let model: TenderModel.SubCriterion
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, weight: Declared<Double>,
                description: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.SubCriterion(id: c.id(id, what: "sub-criterion id"),
                                         name: c.required(name, what: "name", placeholder: ""),
                                         weight: c.number(weight, in: NumberRange.weight, what: "weighting") ?? c.plain(0),
                                         description: c.field(description, what: "description"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout CriterionDraft) {
        draft.subCriteria.append(model)
        draft.notes.absorb(notes)
    }
}

/// A method statement question bidders answer (`questions:`).
public struct Question: CriterionContent {
    let model: MethodStatementQuestion
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, _ text: Declared<String>, weight: Declared<Double>, wordLimit: Declared<Int>,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = MethodStatementQuestion(
            id: c.id(id, what: "question id"), text: c.required(text, what: "question", placeholder: ""),
            weight: c.number(weight, in: NumberRange.weight, what: "weighting") ?? c.plain(0),
            wordLimit: c.integer(wordLimit, in: NumberRange.wordLimit, what: "word limit") ?? c.plain(0),
            location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout CriterionDraft) {
        draft.questions.append(model)
        draft.notes.absorb(notes)
    }
}

/// One point of the scoring scale (`scoringScale:`).
public struct Score: EvaluationContent {
    let model: ScoreDefinition?
    let notes: DeclarationNotes

    public init(_ score: Declared<Double>, label: Declared<String>? = nil, definition: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = c.number(score, in: NumberRange.any, what: "score").map {
            ScoreDefinition(score: $0, label: c.field(label, what: "label"),
                            definition: c.field(definition, what: "definition"), location: c.location)
        }
        notes = c.notes
    }

    public func add(to draft: inout EvaluationDraft) {
        if let model { draft.scale.append(model) }
        draft.notes.absorb(notes)
    }
}
