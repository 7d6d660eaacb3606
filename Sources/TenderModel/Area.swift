/// A named part of the geography the specification covers (a district, a city).
public struct Area: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case county
        case district
        case city
        case locality
        case clinicalCommissioningGroup = "clinical-commissioning-group"
    }

    public var id: Field<String>
    public var name: Field<String>
    public var kind: Field<Kind>
    /// Areas this one is made of ("Central" contains Norwich, North Norfolk and South Norfolk).
    public var contains: [Field<String>] = []
    /// The area this one is part of: the same relation written from the other end.
    public var parent: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, kind: Field<Kind>, location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.location = location
    }
}

/// Which areas a service covers: all of the specification's, or a named list.
public enum AreaSelection: Sendable, Hashable {
    /// Every area; the provenance says whether that is itself invented.
    case all(SourceLocation, provenance: Provenance)
    case areas([Field<String>])

    /// The area ids named, or nil when every area is covered.
    public var namedAreas: [Field<String>]? {
        if case .areas(let list) = self { return list }
        return nil
    }
}
