/// How tenders will be scored: the quality / price / social value split, pass/fail
/// minimum standards, the weighted criteria (with sub-criteria and method statement
/// questions) and the scoring scale evaluators apply to each answer.
public struct Evaluation: Sendable, Hashable {
    public var qualityWeight: Field<Double>?
    public var priceWeight: Field<Double>?
    /// The social value share, when social value is its own category.
    public var socialValueWeight: Field<Double>?
    /// The least social value share the council's own policy asks for (for example 10).
    public var minimumSocialValue: Field<Double>?
    public var criteria: [EvaluationCriterion]
    /// The published scale answers are scored on, lowest score first.
    public var scoringScale: [ScoreDefinition]
    public var location: SourceLocation

    public init(qualityWeight: Field<Double>?, priceWeight: Field<Double>?,
                socialValueWeight: Field<Double>? = nil, minimumSocialValue: Field<Double>? = nil,
                criteria: [EvaluationCriterion], scoringScale: [ScoreDefinition] = [], location: SourceLocation) {
        self.qualityWeight = qualityWeight
        self.priceWeight = priceWeight
        self.socialValueWeight = socialValueWeight
        self.minimumSocialValue = minimumSocialValue
        self.criteria = criteria
        self.scoringScale = scoringScale
        self.location = location
    }

    /// The share stated for a weighted category (nil for pass/fail, which has none).
    public func share(of category: EvaluationCriterion.Category) -> Field<Double>? {
        switch category {
        case .quality: return qualityWeight
        case .price: return priceWeight
        case .socialValue: return socialValueWeight
        case .passFail: return nil
        }
    }

    /// The weighted criteria (everything but pass/fail minimum standards).
    public var weightedCriteria: [EvaluationCriterion] { criteria.filter { $0.category.value != .passFail } }

    /// Every method statement question, in order, numbered from 1 across criteria.
    public var questions: [(number: Int, criterion: EvaluationCriterion, question: MethodStatementQuestion)] {
        var result: [(Int, EvaluationCriterion, MethodStatementQuestion)] = []
        for criterion in criteria {
            for question in criterion.questions { result.append((result.count + 1, criterion, question)) }
        }
        return result
    }
}

public struct EvaluationCriterion: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case quality
        case price
        case socialValue = "social-value"
        /// An essential minimum standard: assessed first, pass or fail, no weighting.
        case passFail = "pass-fail"
    }

    public var id: Field<String>
    public var name: Field<String>
    public var category: Field<Category>
    /// Percentage of the whole score; nil for a pass/fail standard.
    public var weight: Field<Double>?
    public var description: Field<String>?
    public var subCriteria: [SubCriterion]
    public var questions: [MethodStatementQuestion]
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, category: Field<Category>, weight: Field<Double>?,
                description: Field<String>?, subCriteria: [SubCriterion] = [],
                questions: [MethodStatementQuestion] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.category = category
        self.weight = weight
        self.description = description
        self.subCriteria = subCriteria
        self.questions = questions
        self.location = location
    }
}

/// A part of a criterion with its own share of the criterion's weighting.
public struct SubCriterion: Sendable, Hashable {
    public var id: Field<String>
    public var name: Field<String>
    /// Percentage of the whole score; the sub-criteria of a criterion add up to it.
    public var weight: Field<Double>
    public var description: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, weight: Field<Double>, description: Field<String>?,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.weight = weight
        self.description = description
        self.location = location
    }
}

/// A method statement question bidders answer in writing, within a word limit.
public struct MethodStatementQuestion: Sendable, Hashable {
    public var id: Field<String>
    public var text: Field<String>
    /// Percentage of the whole score; the questions of a criterion add up to it.
    public var weight: Field<Double>
    public var wordLimit: Field<Int>
    public var location: SourceLocation

    public init(id: Field<String>, text: Field<String>, weight: Field<Double>, wordLimit: Field<Int>,
                location: SourceLocation) {
        self.id = id
        self.text = text
        self.weight = weight
        self.wordLimit = wordLimit
        self.location = location
    }
}

/// One point of the scoring scale: the score and what an answer must show to earn it.
public struct ScoreDefinition: Sendable, Hashable {
    public var score: Field<Double>
    /// A one-word name ("Good"), when the council gives one.
    public var label: Field<String>?
    public var definition: Field<String>?
    public var location: SourceLocation

    public init(score: Field<Double>, label: Field<String>?, definition: Field<String>?, location: SourceLocation) {
        self.score = score
        self.label = label
        self.definition = definition
        self.location = location
    }
}
