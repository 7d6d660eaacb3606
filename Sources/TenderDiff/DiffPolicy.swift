public import Foundation
public import TenderModel
import TenderLoading

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
/// waivers:                # see `Waiver`
///   - rule: provenance.illustrative-at-tender
///     path: Specs/*.yaml
///     owner: Jo Bloggs
///     reason: The example's invented values are marked in the pack.
///     expires: 2027-03-31
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
    /// Findings accepted for a time (`waivers:`, see `Waiver`), applied by `check`.
    public var waivers: [Waiver] = []

    public init(classification: [String: Classification] = [:], failOn: FailThreshold? = nil) {
        self.classification = classification
        self.failOn = failOn
    }

    /// Reads a policy file's bytes through the same reader as a specification's (size,
    /// encoding, tags, keys, aliases: YAMLReader); every problem is a located finding,
    /// and whatever is valid is kept.
    public static func parse(data: Data, file: String) -> (policy: DiffPolicy, diagnostics: [Diagnostic]) {
        interpret(YAMLReader.read(data: data, file: file), file: file)
    }

    /// Reads a policy file's text, as `parse(data:file:)` does.
    public static func parse(_ text: String, file: String) -> (policy: DiffPolicy, diagnostics: [Diagnostic]) {
        interpret(YAMLReader.read(text: text, file: file), file: file)
    }

    private static func interpret(_ document: YAMLReader.Document, file: String) -> (policy: DiffPolicy, diagnostics: [Diagnostic]) {
        var policy = DiffPolicy()
        var diagnostics: [Diagnostic] = []
        func report(_ node: YAMLNode?, _ message: String, notes: [String] = []) {
            let location = node?.location(in: file) ?? .start(of: file)
            diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location, message: message, notes: notes))
        }
        func suggestion(_ word: String, _ candidates: [String]) -> [String] {
            Suggestion.note(for: word, in: Array(Set(candidates)))
        }
        if !document.diagnostics.isEmpty { return (policy, document.diagnostics) }
        guard let root = document.node else { return (policy, diagnostics) }
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
                        report(fieldNode, "unknown schema key `\(field.prefix(80))`; `tenderpack explain diff.classification` lists them",
                               notes: suggestion(field, Array(SchemaKeys.all) + ClassificationTable.entries.map(\.key)))
                        continue
                    }
                    guard let value = classNode.string.flatMap(Classification.init(rawValue:)) else {
                        report(classNode, "classification of `\(field.prefix(80))` must be `material` or `editorial`")
                        continue
                    }
                    if policy.classification.updateValue(value, forKey: field) != nil {
                        report(fieldNode, "`\(field.prefix(80))` is classified twice")
                    }
                }
            case "check":
                guard let entries = valueNode.mapping else {
                    report(valueNode, "`check` is a mapping: `failOn: material | any | none`")
                    continue
                }
                for (optionNode, optionValue) in entries {
                    guard optionNode.string == "failOn" else {
                        report(optionNode, "unknown key `\((optionNode.string ?? "").prefix(80))` in `check`",
                               notes: suggestion(optionNode.string ?? "", ["failOn"]))
                        continue
                    }
                    guard let threshold = optionValue.string.flatMap(FailThreshold.init(rawValue:)) else {
                        report(optionValue, "`failOn` must be `material`, `any` or `none`")
                        continue
                    }
                    policy.failOn = threshold
                }
            case "waivers":
                let read = Waiver.read(valueNode, file: file, ruleID: ruleID)
                policy.waivers += read.waivers
                diagnostics += read.diagnostics
            default:
                report(keyNode, "unknown key `\((keyNode.string ?? "").prefix(80))`; a policy has `classification`, `check` and `waivers`",
                       notes: suggestion(keyNode.string ?? "", ["classification", "check", "waivers"]))
            }
        }
        return (policy, diagnostics.sorted())
    }
}
