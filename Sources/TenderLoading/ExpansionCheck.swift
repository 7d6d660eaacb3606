import TenderModel
import Yams

/// Refuses documents whose aliases multiply them far beyond what is written.
///
/// Yams composes aliases by sharing nodes, so a "billion laughs" document composes
/// instantly but would take hours to walk. Before lowering, this walks the composed
/// tree counting nodes visited against distinct source positions (what is actually
/// written), and stops as soon as the expansion passes `factor` times the written
/// size. Only documents that use aliases are walked.
enum ExpansionCheck {
    /// Expansion allowed before the ratio is checked at all.
    static let allowance = 50_000
    /// How many times its written size a document may expand to.
    static let factor = 10

    static func refusal(for root: Node, text: String, file: String) -> Diagnostic? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var visited = 0
        var written = Set<Int>()
        // How often each collection is walked: the most repeated one is the anchor to blame.
        var walks: [Int: (count: Int, mark: Mark)] = [:]
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            visited += 1
            if let mark = node.mark { written.insert(mark.line << 24 | mark.column) }
            if visited > allowance, visited > factor * written.count {
                let culprit = walks.values.max { a, b in
                    a.count != b.count ? a.count < b.count : (a.mark.line, a.mark.column) > (b.mark.line, b.mark.column)
                }?.mark ?? node.mark
                let location = culprit.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? .start(of: file)
                return Diagnostic(ruleID: LoaderRuleID.yamlExpansionLimit, severity: .error, location: location,
                                  message: "anchors and aliases expand this document to more than \(factor) times its written size; refusing to read it")
            }
            if let mark = node.mark, node.isCollection {
                walks[mark.line << 24 | mark.column, default: (0, mark)].count += 1
            }
            switch node {
            case .scalar, .alias: continue
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return nil
    }
}

private extension Node {
    var isCollection: Bool {
        switch self {
        case .sequence, .mapping: true
        case .scalar, .alias: false
        }
    }
}
