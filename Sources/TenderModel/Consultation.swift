/// What a consultation asks and whom: its audiences, interests and who helped write it.
public struct Consultation: Sendable, Hashable {
    public var purpose: Field<String>?
    public var audiences: [Field<String>]
    public var interests: [Field<String>]
    /// People and organisations who worked on the specification before consultation.
    public var developedWith: [Field<String>]
    public var nextSteps: Field<String>?
    public var location: SourceLocation

    public init(purpose: Field<String>?, audiences: [Field<String>], interests: [Field<String>],
                developedWith: [Field<String>], nextSteps: Field<String>?, location: SourceLocation) {
        self.purpose = purpose
        self.audiences = audiences
        self.interests = interests
        self.developedWith = developedWith
        self.nextSteps = nextSteps
        self.location = location
    }
}

/// Who pays for the services.
public struct Funding: Sendable, Hashable {
    /// Partner ids of the funders.
    public var funders: [Field<String>]
    public var description: Field<String>?
    public var location: SourceLocation

    public init(funders: [Field<String>], description: Field<String>?, location: SourceLocation) {
        self.funders = funders
        self.description = description
        self.location = location
    }
}
