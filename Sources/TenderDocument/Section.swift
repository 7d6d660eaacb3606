/// A numbered part of a document: heading, blocks, then subsections.
///
/// `id` comes from model ids (`lot-outreach`, `lot-outreach_requirements`), never from
/// counters, so links survive inserting a section elsewhere. `number` ("2.3") and
/// `depth` are set once, by `Document.init`, so every writer prints the same numbers.
public struct Section: Sendable, Hashable {
    public var id: String
    public var heading: [Inline]
    /// Numbered and listed in the contents (front and back matter such as the document
    /// control table may opt out).
    public var isNumbered: Bool
    /// Listed in the contents (top-level parts and their children).
    public var inContents: Bool
    public var role: BlockRole?
    public var blocks: [Block]
    public var subsections: [Section]
    /// "2.3", or nil for an unnumbered section. Set by numbering.
    public internal(set) var number: String?
    /// 1 for a top-level part (HTML `h2`, ODF/DOCX Heading 1), 2 for its subsections…
    /// Set by numbering.
    public internal(set) var depth: Int

    public init(id: String, heading: [Inline], isNumbered: Bool = true, inContents: Bool = true,
                role: BlockRole? = nil, blocks: [Block] = [], subsections: [Section] = []) {
        self.id = id
        self.heading = heading
        self.isNumbered = isNumbered
        self.inContents = inContents
        self.role = role
        self.blocks = blocks
        self.subsections = subsections
        self.number = nil
        self.depth = 1
    }

    /// A section headed by plain text.
    public init(id: String, heading: String, isNumbered: Bool = true, inContents: Bool = true,
                role: BlockRole? = nil, blocks: [Block] = [], subsections: [Section] = []) {
        self.init(id: id, heading: [.text(heading)], isNumbered: isNumbered, inContents: inContents, role: role,
                  blocks: blocks, subsections: subsections)
    }

    /// "2.3 Requirements": the heading as a reader sees it, with its number.
    public var numberedHeading: String {
        number.map { "\($0) \(heading.plainText)" } ?? heading.plainText
    }
}
