import TenderModel

/// Refuses documents whose aliases multiply them far beyond what is written.
///
/// The tree shares an anchored node wherever it is aliased, so a "billion laughs"
/// document reads instantly but would take hours to walk. Before lowering, this walks
/// the tree counting nodes visited against distinct source positions (what is
/// actually written), and stops as soon as the expansion passes `factor` times the
/// written size. Only documents that use aliases are walked.
enum ExpansionCheck {
    /// Expansion allowed before the ratio is checked at all.
    static let allowance = 50_000
    /// How many times its written size a document may expand to.
    static let factor = 10

    static func refusal(for root: YAMLNode, file: String) -> Diagnostic? {
        let tree = root.tree
        var visited = 0
        var written = Set<Int>()
        // How often each collection is walked: the most repeated one is the anchor to blame.
        var walks: [Int: (count: Int, line: Int32, column: Int32)] = [:]
        var stack: [Int32] = [root.index]
        while let index = stack.popLast() {
            let entry = tree.entries[Int(index)]
            visited += 1
            let position = Int(entry.line) << 24 | Int(entry.column)
            written.insert(position)
            if visited > allowance, visited > factor * written.count {
                let culprit = walks.values.max { a, b in
                    a.count != b.count ? a.count < b.count : (a.line, a.column) > (b.line, b.column)
                }
                let location = culprit.map { SourceLocation(file: file, line: Int($0.line), column: Int($0.column)) }
                    ?? SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
                return Diagnostic(ruleID: LoaderRuleID.yamlExpansionLimit, severity: .error, location: location,
                                  message: "anchors and aliases expand this document to more than \(factor) times its written size; refusing to read it")
            }
            guard entry.kind != .scalar else { continue }
            walks[position, default: (0, entry.line, entry.column)].count += 1
            stack.append(contentsOf: tree.children[Int(entry.start)..<Int(entry.start + entry.count)])
        }
        return nil
    }
}
