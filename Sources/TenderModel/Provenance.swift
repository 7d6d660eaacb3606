/// Where a value in a specification comes from. Every value has one, so that rules
/// can refuse a tender with invented figures and renderers can mark them.
public enum Provenance: Sendable, Hashable, CustomStringConvertible {
    /// Taken from a source the specification declares (a seed document or a public fact).
    case source(String)
    /// Invented for the example: a contract value, a KPI target, a date after the seeds.
    case illustrative

    public var isIllustrative: Bool { self == .illustrative }

    public var sourceID: String? {
        if case .source(let id) = self { return id }
        return nil
    }

    public var description: String {
        switch self {
        case .source(let id): return id
        case .illustrative: return "illustrative"
        }
    }
}

/// A document or public fact that values in a specification are drawn from.
public struct Source: Sendable, Hashable, Identifiable {
    /// Seed documents are what the specification restates; public sources are facts
    /// gathered elsewhere, which must be cited.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case seed
        case `public`
    }

    public var id: Field<String>
    public var kind: Field<Kind>
    public var title: Field<String>
    /// Who published it and where: required for public sources.
    public var citation: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, kind: Field<Kind>, title: Field<String>,
                citation: Field<String>?, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.citation = citation
        self.location = location
    }
}
