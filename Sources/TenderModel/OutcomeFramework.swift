/// The outcome framework services report against: domains, each with its outcomes
/// (for these services, the Supporting People outcomes framework).
public struct OutcomeFramework: Sendable, Hashable {
    public var name: Field<String>
    public var domains: [OutcomeDomain]
    public var location: SourceLocation

    public init(name: Field<String>, domains: [OutcomeDomain], location: SourceLocation) {
        self.name = name
        self.domains = domains
        self.location = location
    }

    /// Every outcome with the domain it belongs to, in document order.
    public var outcomes: [(domain: OutcomeDomain, outcome: Outcome)] {
        domains.flatMap { domain in domain.outcomes.map { (domain, $0) } }
    }
}

public struct OutcomeDomain: Sendable, Hashable {
    public var id: Field<String>
    public var name: Field<String>
    public var outcomes: [Outcome]
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, outcomes: [Outcome], location: SourceLocation) {
        self.id = id
        self.name = name
        self.outcomes = outcomes
        self.location = location
    }
}

public struct Outcome: Sendable, Hashable {
    public var id: Field<String>
    public var text: Field<String>
    public var location: SourceLocation

    public init(id: Field<String>, text: Field<String>, location: SourceLocation) {
        self.id = id
        self.text = text
        self.location = location
    }
}
