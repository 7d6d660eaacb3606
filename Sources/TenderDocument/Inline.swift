/// A run of text inside a paragraph, list item, term or table cell.
///
/// Format-neutral: a writer decides how each case looks (HTML `em`, ODF `text:span`
/// with an emphasis style, a DOCX run with `w:i`), never what it says.
public indirect enum Inline: Sendable, Hashable {
    /// Plain text, exactly as the reader sees it.
    case text(String)
    /// A value the specification marks illustrative (invented). Writers show the content
    /// followed by one quiet mark (a dagger) that refers to the document's
    /// `illustrativeNote`; they never highlight it.
    case illustrative([Inline])
    /// Stressed words (HTML `em`).
    case emphasis([Inline])
    /// Important words (HTML `strong`).
    case strong([Inline])
    /// A code, reference or identifier shown as written (HTML `code`).
    case code([Inline])
    /// A link to a place in this document, another document of the pack, or the web.
    case link(LinkTarget, [Inline])
    /// A date or time with its machine-readable form (`2026-04-10`, `2026-04-10T12:00`).
    case time(datetime: String, [Inline])
    /// A span with a role writers may style (`citation`), with no other meaning.
    case span(InlineRole, [Inline])
    /// A forced line break inside a block.
    case lineBreak
}

/// Where a link goes.
public enum LinkTarget: Sendable, Hashable {
    /// An anchor in this document: a `Section.id`, `Table.Row.id`, `ListItem.id`…
    case anchor(String)
    /// An anchor (or the start, when nil) in another document of the same pack,
    /// named by its kind so each writer can use its own file name and extension.
    case document(DocumentKind, anchor: String?)
    /// An absolute URL (`https://…`, `mailto:…`), shown as a link, never fetched.
    case external(String)
}

/// A hint for how a span is styled; open so new roles can be added without breaking writers.
public struct InlineRole: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A source's citation after its title.
    public static let citation = InlineRole(rawValue: "citation")
}

extension Inline {
    /// The text a reader would see, marks and markup dropped: for text alternatives,
    /// tests and bookmarks.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .lineBreak: return "\n"
        case .illustrative(let content), .emphasis(let content), .strong(let content), .code(let content),
             .link(_, let content), .time(_, let content), .span(_, let content):
            return content.plainText
        }
    }

    /// Whether this run is, or contains, an illustrative value.
    public var containsIllustrative: Bool {
        switch self {
        case .illustrative: return true
        case .text, .lineBreak: return false
        case .emphasis(let content), .strong(let content), .code(let content), .link(_, let content),
             .time(_, let content), .span(_, let content):
            return content.contains { $0.containsIllustrative }
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader would see.
    public var plainText: String { map(\.plainText).joined() }

    /// The same runs with every illustrative mark removed.
    public var unmarked: [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .text, .lineBreak: return [inline]
            case .illustrative(let content): return content.unmarked
            case .emphasis(let content): return [.emphasis(content.unmarked)]
            case .strong(let content): return [.strong(content.unmarked)]
            case .code(let content): return [.code(content.unmarked)]
            case .link(let target, let content): return [.link(target, content.unmarked)]
            case .time(let datetime, let content): return [.time(datetime: datetime, content.unmarked)]
            case .span(let role, let content): return [.span(role, content.unmarked)]
            }
        }
    }
}
