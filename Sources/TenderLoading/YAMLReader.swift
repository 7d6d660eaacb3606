public import Foundation
public import TenderModel

/// The one way TenderPack reads a YAML file — a specification, the diff policy, the
/// approval ledger: the bytes checked (size, encoding, NUL), then ONE pass over
/// libyaml's events into TenderPack's own compact tree (YAMLEventReader: keys,
/// duplicates, tags and directives checked on the way, syntax errors translated into
/// located findings), and the alias expansion bounded. Every problem is a located
/// finding; nothing hangs.
public enum YAMLReader {
    /// What reading produced: the decoded text when the bytes were text, the document
    /// (nil when it is empty or unreadable), and the findings that stopped it.
    public struct Document {
        public var text: String?
        public var node: YAMLNode?
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
        let pass = YAMLEventReader.read(text, file: file)
        if pass.needsTokenScan || !pass.keyFindings.isEmpty || pass.failure != nil {
            // Something is refused: the tags and directives are placed by libyaml's
            // scanner, and reported with the refused keys before any syntax error.
            let refused = YAMLPrePass.findings(in: text, file: file, keyFindings: pass.keyFindings)
            if !refused.isEmpty { return Document(text: text, node: nil, diagnostics: refused) }
        }
        if let failure = pass.failure {
            return Document(text: text, node: nil,
                            diagnostics: [YAMLErrorTranslation.diagnostic(for: failure, text: text, file: file)])
        }
        let node = pass.tree.rootNode
        if let node, pass.tree.aliasCount > 0, let refusal = ExpansionCheck.refusal(for: node, file: file) {
            return Document(text: text, node: nil, diagnostics: [refusal])
        }
        return Document(text: text, node: node, diagnostics: [])
    }
}
