public import Foundation
public import TenderModel
public import Yams

/// The one way TenderPack reads a YAML file — a specification or the diff policy:
/// the bytes checked (size, encoding, NUL), the parser's own pre-pass (tags,
/// directives, keys, duplicates; see YAMLPrePass), Yams composing the node tree with
/// the basic resolver, its errors translated into located findings, and the alias
/// expansion bounded. Every problem is a located finding; nothing hangs.
public enum YAMLReader {
    /// What reading produced: the decoded text when the bytes were text, the document
    /// (nil when it is empty or unreadable), and the findings that stopped it.
    public struct Document {
        public var text: String?
        public var node: Node?
        public var diagnostics: [Diagnostic]
    }

    public static func read(data: Data, file: String) -> Document {
        switch SourceText.decode(data, file: file) {
        case .failure(let diagnostic):
            return Document(text: nil, node: nil, diagnostics: [diagnostic])
        case .success(let source):
            return read(text: source.text, file: file)
        }
    }

    public static func read(text: String, file: String) -> Document {
        let refused = YAMLPrePass.findings(in: text, file: file)
        if !refused.isEmpty { return Document(text: text, node: nil, diagnostics: refused) }
        let node: Node?
        do {
            // The basic resolver: every plain scalar is a string to Yams (the loader reads
            // numbers, dates and flags itself), which spares a regular expression per
            // node when Yams hashes mapping keys to find duplicates.
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            return Document(text: text, node: nil,
                            diagnostics: [YAMLErrorTranslation.diagnostic(for: error, text: text, file: file)])
        }
        if let node, let refusal = ExpansionCheck.refusal(for: node, text: text, file: file) {
            return Document(text: text, node: nil, diagnostics: [refusal])
        }
        return Document(text: text, node: node, diagnostics: [])
    }
}
