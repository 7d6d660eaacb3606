import TenderModel

/// Thrown when a document expands (through aliases) past the lowering budget.
struct ExpansionLimitExceeded: Error {
    let location: SourceLocation
}

/// Lowers a YAML tree (YAMLTree) into the model by hand, so that every value keeps its
/// `file:line:column` and provenance, and every mistake becomes a located finding.
final class Lowerer {
    /// Nodes the lowering may visit: a backstop behind `ExpansionCheck`, which refuses
    /// alias bombs before lowering starts.
    static let maximumVisits = 5_000_000
    /// The longest text one value may hold.
    static let maximumScalarLength = 100_000

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var visits = 0
    private(set) var provenanceStatements: [Field<String>] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: YAMLNode, fallback: SourceLocation? = nil) -> SourceLocation {
        node.location(in: file)
    }

    func report(_ ruleID: String, at location: SourceLocation, _ message: String, notes: [String] = []) {
        diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location,
                                      message: message, notes: notes))
    }

    /// Counts one visited node against the budget.
    func visit(_ node: YAMLNode) throws {
        visits += 1
        if visits > Lowerer.maximumVisits {
            throw ExpansionLimitExceeded(location: location(of: node))
        }
    }

    /// Records a `provenance:` statement for the specification's list.
    func noteProvenance(_ statement: Field<String>) {
        provenanceStatements.append(statement)
    }

    /// The value at the top of the document.
    func root(_ node: YAMLNode) -> YAMLValue {
        YAMLValue(node: node, provenance: .illustrative, lowerer: self, location: location(of: node))
    }
}

/// A node in its context: the provenance it inherits and where it is.
struct YAMLValue {
    let node: YAMLNode
    let provenance: Provenance
    let lowerer: Lowerer
    let location: SourceLocation

    init(node: YAMLNode, provenance: Provenance, lowerer: Lowerer, location: SourceLocation) {
        self.node = node
        self.lowerer = lowerer
        self.location = location
        // A value tagged `!illustrative` (scalar, list or mapping) is illustrative with
        // everything inside it.
        if node.isIllustrative {
            self.provenance = .illustrative
        } else {
            self.provenance = provenance
        }
    }

    func child(_ node: YAMLNode, provenance: Provenance? = nil) -> YAMLValue {
        YAMLValue(node: node, provenance: provenance ?? self.provenance, lowerer: lowerer,
                  location: lowerer.location(of: node, fallback: location))
    }

    var isNull: Bool { node.isNull }

    /// How a reader names the kind of node found, for wrong-type findings.
    var kindDescription: String {
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            if isNull { return "nothing (null)" }
            let string = node.string ?? ""
            let text = string.count > 40 ? String(string.prefix(40)) + "…" : string
            return "`\(text)`"
        }
    }

    func wrongType(expected: String) {
        lowerer.report(LoaderRuleID.schemaWrongType, at: location,
                       "expected \(expected), found \(kindDescription)")
    }

    func checkLocalTag() {
        let tag = node.tag
        if tag.hasPrefix("!"), !tag.hasPrefix("!!"), tag != "!illustrative", tag != "!" {
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: location,
                           "unknown tag `\(tag)`; the only tag a specification may use is `!illustrative`")
        }
    }
}
