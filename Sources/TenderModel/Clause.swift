/// A numbered piece of text with a stable id: an eligibility criterion, an aim, an
/// exclusion. The id, not the position, identifies it across versions.
public struct Clause: Sendable, Hashable {
    public var id: Field<String>
    public var text: Field<String>
    public var location: SourceLocation

    public init(id: Field<String>, text: Field<String>, location: SourceLocation) {
        self.id = id
        self.text = text
        self.location = location
    }
}

/// A requirement on the provider, with how binding it is.
public struct Requirement: Sendable, Hashable {
    public enum Strength: String, Sendable, Hashable, CaseIterable {
        case must
        case should
    }

    public var id: Field<String>
    public var strength: Field<Strength>
    public var text: Field<String>
    public var location: SourceLocation

    public init(id: Field<String>, strength: Field<Strength>, text: Field<String>, location: SourceLocation) {
        self.id = id
        self.strength = strength
        self.text = text
        self.location = location
    }
}

/// Who may refer people to a service.
public struct ReferralSource: Sendable, Hashable {
    public var id: Field<String>
    public var name: Field<String>
    /// The partner organisation behind the route, when there is one.
    public var partner: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, partner: Field<String>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.partner = partner
        self.location = location
    }
}

/// How a service works with a partner organisation.
public struct Partnership: Sendable, Hashable {
    public var partner: Field<String>
    public var description: Field<String>
    public var location: SourceLocation

    public init(partner: Field<String>, description: Field<String>, location: SourceLocation) {
        self.partner = partner
        self.description = description
        self.location = location
    }
}
