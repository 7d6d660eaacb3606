/// How tenders will be scored: the quality/price split and the weighted criteria.
public struct Evaluation: Sendable, Hashable {
    public var qualityWeight: Field<Double>?
    public var priceWeight: Field<Double>?
    public var criteria: [EvaluationCriterion]
    public var location: SourceLocation

    public init(qualityWeight: Field<Double>?, priceWeight: Field<Double>?,
                criteria: [EvaluationCriterion], location: SourceLocation) {
        self.qualityWeight = qualityWeight
        self.priceWeight = priceWeight
        self.criteria = criteria
        self.location = location
    }
}

public struct EvaluationCriterion: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case quality
        case price
    }

    public var id: Field<String>
    public var name: Field<String>
    public var category: Field<Category>
    /// Percentage of the whole score.
    public var weight: Field<Double>
    public var description: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, category: Field<Category>, weight: Field<Double>,
                description: Field<String>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.category = category
        self.weight = weight
        self.description = description
        self.location = location
    }
}
