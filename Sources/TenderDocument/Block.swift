/// A block of a section: what a page says, in reading order.
public indirect enum Block: Sendable, Hashable {
    /// A paragraph of running text.
    case paragraph(Paragraph)
    /// Inline content not wrapped in a paragraph (a short table cell or list item).
    case plain([Inline])
    /// A bulleted or numbered list.
    case list(ItemList)
    /// Clauses numbered from their section (2.3.1, 2.3.2…), each citable on its own.
    case clauses(ClauseList)
    /// Terms and their descriptions (facts on the cover, contract terms).
    case definitions(DefinitionList)
    /// A table with a caption and header rows.
    case table(Table)
    /// A picture (the pathway diagram) with its text alternative and caption.
    case figure(Figure)
    /// A minor heading inside a section: not numbered, not in the contents; writers
    /// use the heading level below the section's own.
    case heading([Inline])
}

/// A paragraph and the role that styles it.
public struct Paragraph: Sendable, Hashable {
    public var content: [Inline]
    public var role: BlockRole?
    /// An anchor for links to this paragraph, when it has one.
    public var id: String?

    public init(_ content: [Inline], role: BlockRole? = nil, id: String? = nil) {
        self.content = content
        self.role = role
        self.id = id
    }
}

/// A hint for how a block is styled (HTML writes it as the `class`); open so roles can
/// be added without breaking writers. A writer that does not know a role ignores it.
public struct BlockRole: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A remark under a value, in smaller type.
    public static let note = BlockRole(rawValue: "note")
    /// A lot's one-paragraph summary under its heading.
    public static let summary = BlockRole(rawValue: "summary")
    /// The explanation of the illustrative mark.
    public static let legend = BlockRole(rawValue: "legend")
    /// Geography a lot shares with another lot on purpose.
    public static let overlap = BlockRole(rawValue: "overlap")
    /// "Answered in Q1, Q2" under an evaluation criterion.
    public static let questions = BlockRole(rawValue: "questions")
}
