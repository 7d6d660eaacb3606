public import Foundation

/// One file of a rendered pack: where it goes, relative to the pack's folder, and its bytes.
///
/// The renderer never writes files; `PackWriter` (or the CLI) does, atomically.
public struct RenderedFile: Sendable, Hashable {
    /// A relative path with `/` separators and no `..`, such as `tender-pack.html`.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Why a pack could not be rendered. Every case is a bug or a broken template, never
/// a problem in a specification: the validator stops specifications with errors first.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A file under `Templates/` is missing or unreadable.
    case template(path: String, reason: String)
    /// A file under `Templates/` is there but cannot be used (see `TemplateProblem`).
    case invalidTemplate(TemplateProblem)
    /// The rendered XML does not conform to its own schema: a bug in the renderer or the schema.
    case schemaInvalid(file: String, messages: [String])
    /// libxml2 could not serialise a document.
    case serialisation(file: String, reason: String)

    public var description: String {
        switch self {
        case .template(let path, let reason):
            return "template \(path): \(reason)"
        case .invalidTemplate(let problem):
            return problem.description
        case .schemaInvalid(let file, let messages):
            return "internal error: rendered \(file) is not valid against its schema:\n"
                + messages.map { "  " + $0 }.joined(separator: "\n")
        case .serialisation(let file, let reason):
            return "could not serialise \(file): \(reason)"
        }
    }
}
