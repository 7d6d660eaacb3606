/// A bulleted (or numbered) list.
public struct ItemList: Sendable, Hashable {
    public var items: [ListItem]
    /// Numbered (1, 2, 3) when true, bulleted when false.
    public var ordered: Bool
    public var role: BlockRole?

    public init(_ items: [ListItem], ordered: Bool = false, role: BlockRole? = nil) {
        self.items = items
        self.ordered = ordered
        self.role = role
    }
}

/// One item of a list: usually one line of inlines, sometimes several blocks.
public struct ListItem: Sendable, Hashable {
    /// An anchor from a model id (`aim-reduce-admissions`), when the item has one.
    public var id: String?
    public var blocks: [Block]

    public init(id: String? = nil, _ blocks: [Block]) {
        self.id = id
        self.blocks = blocks
    }

    /// An item holding one run of inlines.
    public init(id: String? = nil, inlines: [Inline]) {
        self.init(id: id, [.plain(inlines)])
    }
}

/// Clauses a bidder can cite: numbered from their section once, when the document is
/// built (`Document.init`), so every writer prints the same numbers.
public struct ClauseList: Sendable, Hashable {
    public var clauses: [NumberedClause]
    public var role: BlockRole?

    public init(_ clauses: [NumberedClause], role: BlockRole? = nil) {
        self.clauses = clauses
        self.role = role
    }
}

/// One citable clause.
public struct NumberedClause: Sendable, Hashable {
    /// An anchor from the model id (`lot-outreach_requirement-right-benefits`).
    public var id: String?
    /// "2.3.1": the section's number and the clause's place in it. Set by numbering.
    public internal(set) var number: String
    public var content: [Inline]

    public init(id: String? = nil, _ content: [Inline]) {
        self.id = id
        self.number = ""
        self.content = content
    }
}

/// Terms and their descriptions.
public struct DefinitionList: Sendable, Hashable {
    public var items: [Definition]
    public var role: BlockRole?

    public init(_ items: [Definition], role: BlockRole? = nil) {
        self.items = items
        self.role = role
    }
}

/// A term and its description.
public struct Definition: Sendable, Hashable {
    public var term: [Inline]
    public var details: [Block]

    public init(term: [Inline], details: [Block]) {
        self.term = term
        self.details = details
    }

    /// A term whose description is one run of inlines.
    public init(_ term: String, _ details: [Inline]) {
        self.init(term: [.text(term)], details: [.plain(details)])
    }
}
