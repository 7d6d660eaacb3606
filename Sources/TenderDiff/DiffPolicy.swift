public import TenderModel
import Yams

/// How changes crossing a threshold fail a command: `--fail-on`, and `check.failOn`
/// in a policy file.
public enum FailThreshold: String, Sendable, Hashable, CaseIterable {
    /// Any material change fails.
    case material
    /// Any change at all fails.
    case any
    /// Nothing fails.
    case none

    /// Whether `change` is at or above the threshold.
    public func isReached(by change: Change) -> Bool {
        switch self {
        case .material: return change.classification == .material
        case .any: return true
        case .none: return false
        }
    }
}

/// A repository's policy for diffs (`tenderpack-policy.yaml` at its root): overrides
/// of the classification table, and what makes `tenderpack check --base` fail.
///
/// ```yaml
/// classification:
///   lots.requirements.text: editorial
/// check:
///   failOn: material      # material | any | none
/// ```
public struct DiffPolicy: Sendable, Hashable {
    /// The file name `diff` and `check` look for in the directory they run in.
    public static let defaultFileName = "tenderpack-policy.yaml"
    /// The rule id of every finding about a policy file.
    public static let ruleID = "policy.invalid"

    /// Schema key (or `order`, `<list>.order`) to classification, overriding the table.
    public var classification: [String: Classification]
    /// What makes `check --base` fail; nil leaves it to the command line (default none).
    public var failOn: FailThreshold?

    public init(classification: [String: Classification] = [:], failOn: FailThreshold? = nil) {
        self.classification = classification
        self.failOn = failOn
    }

    /// Reads a policy file's text; every problem is a located finding, and whatever is
    /// valid is kept.
    public static func parse(_ text: String, file: String) -> (policy: DiffPolicy, diagnostics: [Diagnostic]) {
        var policy = DiffPolicy()
        var diagnostics: [Diagnostic] = []
        func report(_ node: Node?, _ message: String, notes: [String] = []) {
            let location = node?.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? .start(of: file)
            diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location, message: message, notes: notes))
        }
        func suggestion(_ word: String, _ candidates: [String]) -> [String] {
            closest(to: word, in: candidates).map { ["did you mean `\($0)`?"] } ?? []
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location(of: error, file: file),
                                          message: "policy is not valid YAML: \(describe(error))"))
            return (policy, diagnostics)
        } catch {
            report(nil, "policy is not valid YAML: \(error)")
            return (policy, diagnostics)
        }
        guard let root else { return (policy, diagnostics) }
        guard let top = root.mapping else {
            report(root, "a policy is a mapping with `classification` and `check`")
            return (policy, diagnostics)
        }
        for (keyNode, valueNode) in top {
            switch keyNode.string {
            case "classification":
                guard let entries = valueNode.mapping else {
                    report(valueNode, "`classification` maps schema keys (like `lots.requirements.text`) to material or editorial")
                    continue
                }
                for (fieldNode, classNode) in entries {
                    let field = fieldNode.string ?? ""
                    guard ClassificationTable.isKnown(field) else {
                        report(fieldNode, "unknown schema key `\(field)`; `tenderpack explain diff.classification` lists them",
                               notes: suggestion(field, Array(SchemaKeys.all) + ClassificationTable.entries.map(\.key)))
                        continue
                    }
                    guard let value = classNode.string.flatMap(Classification.init(rawValue:)) else {
                        report(classNode, "classification of `\(field)` must be `material` or `editorial`")
                        continue
                    }
                    if policy.classification.updateValue(value, forKey: field) != nil {
                        report(fieldNode, "`\(field)` is classified twice")
                    }
                }
            case "check":
                guard let entries = valueNode.mapping else {
                    report(valueNode, "`check` is a mapping: `failOn: material | any | none`")
                    continue
                }
                for (optionNode, optionValue) in entries {
                    guard optionNode.string == "failOn" else {
                        report(optionNode, "unknown key `\(optionNode.string ?? "")` in `check`",
                               notes: suggestion(optionNode.string ?? "", ["failOn"]))
                        continue
                    }
                    guard let threshold = optionValue.string.flatMap(FailThreshold.init(rawValue:)) else {
                        report(optionValue, "`failOn` must be `material`, `any` or `none`")
                        continue
                    }
                    policy.failOn = threshold
                }
            default:
                report(keyNode, "unknown key `\(keyNode.string ?? "")`; a policy has `classification` and `check`",
                       notes: suggestion(keyNode.string ?? "", ["classification", "check"]))
            }
        }
        return (policy, diagnostics.sorted())
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return .start(of: file)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    /// The closest candidate by edit distance, when close enough to be a typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in Set(candidates).sorted() {
            let distance = editDistance(Array(word.lowercased().unicodeScalars), Array(candidate.lowercased().unicodeScalars))
            guard distance <= max(2, candidate.count / 3) else { continue }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
