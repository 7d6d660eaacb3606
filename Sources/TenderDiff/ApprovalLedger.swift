public import Foundation
public import TenderModel
import TenderLoading

/// One recorded approval of a change: which change (its file and fingerprint), who
/// approved it, on what day and why.
public struct Approval: Sendable, Hashable {
    /// The specification the change is in, as `check` names it (`Specs/x.yaml`).
    public var file: String
    /// The change's fingerprint (`Change.fingerprint`): from its kind, key and values,
    /// never from line numbers, so it survives edits elsewhere in the file.
    public var fingerprint: String
    /// What the change was, for a reader of the ledger.
    public var change: String
    public var approvedBy: String
    public var approvedOn: CalendarDate
    public var reason: String
    /// Where the entry is written (for a stale approval's warning).
    public var location: SourceLocation

    public init(file: String, fingerprint: String, change: String, approvedBy: String, approvedOn: CalendarDate,
                reason: String, location: SourceLocation = .start(of: ApprovalLedger.defaultFileName)) {
        self.file = file
        self.fingerprint = fingerprint
        self.change = change
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.reason = reason
        self.location = location
    }
}

/// The repository's approval ledger (`tenderpack-approvals.yaml`): material changes a
/// named person has approved. `tenderpack approve` adds entries; `check --base` does
/// not fail on an approved change and warns about approvals that match no change.
///
/// Written by `yaml()` in one fixed form, sorted by file and fingerprint, so adding an
/// approval changes only its own lines.
public struct ApprovalLedger: Sendable, Hashable {
    public static let defaultFileName = "tenderpack-approvals.yaml"
    /// The rule id of every finding about the ledger's form.
    public static let ruleID = "approvals.invalid"

    public var approvals: [Approval]

    public init(approvals: [Approval] = []) {
        self.approvals = approvals
    }

    /// The approval of the change `fingerprint` in `file`, if recorded.
    public func approval(file: String, fingerprint: String) -> Approval? {
        let file = Waiver.normalised(file)
        return approvals.first { Waiver.normalised($0.file) == file && $0.fingerprint == fingerprint }
    }

    /// Adds an approval unless the same change is already approved; true when added.
    public mutating func add(_ approval: Approval) -> Bool {
        guard self.approval(file: approval.file, fingerprint: approval.fingerprint) == nil else { return false }
        approvals.append(approval)
        approvals.sort { ($0.file, $0.fingerprint) < ($1.file, $1.fingerprint) }
        return true
    }

    static let keys = ["file", "fingerprint", "change", "approvedBy", "approvedOn", "reason"]

    /// Reads a ledger through the specification's YAML reader; every problem is a
    /// located finding, and well-formed entries are kept.
    public static func parse(data: Data, file: String) -> (ledger: ApprovalLedger, diagnostics: [Diagnostic]) {
        let document = YAMLReader.read(data: data, file: file)
        if !document.diagnostics.isEmpty { return (ApprovalLedger(), document.diagnostics) }
        var ledger = ApprovalLedger()
        var diagnostics: [Diagnostic] = []
        func location(_ node: YAMLNode?) -> SourceLocation {
            node?.location(in: file) ?? .start(of: file)
        }
        func report(_ node: YAMLNode?, _ message: String, notes: [String] = []) {
            diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location(node), message: message, notes: notes))
        }
        guard let root = document.node else { return (ledger, []) }
        guard let top = root.mapping else {
            report(root, "an approval ledger is a mapping with one key, `approvals`")
            return (ledger, diagnostics)
        }
        for (keyNode, valueNode) in top {
            guard keyNode.string == "approvals" else {
                report(keyNode, "unknown key `\((keyNode.string ?? "").prefix(80))`; a ledger has `approvals`",
                       notes: Suggestion.note(for: keyNode.string ?? "", in: ["approvals"]))
                continue
            }
            if valueNode.string == "" || valueNode.string == "[]" { continue }
            guard let entries = valueNode.sequence else {
                report(valueNode, "`approvals` is a list of entries written by `tenderpack approve`")
                continue
            }
            for entry in entries {
                guard let mapping = entry.mapping else {
                    report(entry, "an approval is a mapping with \(keys.map { "`\($0)`" }.joined(separator: ", "))")
                    continue
                }
                var values: [String: (node: YAMLNode, text: String)] = [:]
                var broken = false
                for (key, value) in mapping {
                    let name = key.string ?? ""
                    guard keys.contains(name) else {
                        report(key, "unknown key `\(name.prefix(80))` in an approval", notes: Suggestion.note(for: name, in: keys))
                        broken = true
                        continue
                    }
                    guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                        report(value, "`\(name)` of an approval must be a non-empty text")
                        broken = true
                        continue
                    }
                    values[name] = (value, text)
                }
                for name in keys where values[name] == nil && name != "change" {
                    report(entry, "an approval needs `\(name)`")
                    broken = true
                }
                let date = values["approvedOn"].flatMap { CalendarDate(parsing: $0.text) }
                if let written = values["approvedOn"], date?.day == nil {
                    report(written.node, "`approvedOn` must be an ISO date, YYYY-MM-DD")
                    broken = true
                }
                guard !broken, let file = values["file"]?.text, let fingerprint = values["fingerprint"]?.text,
                      let by = values["approvedBy"]?.text, let reason = values["reason"]?.text, let date else { continue }
                ledger.approvals.append(Approval(file: file, fingerprint: fingerprint.lowercased(), change: values["change"]?.text ?? "",
                                                 approvedBy: by, approvedOn: date, reason: reason, location: location(entry)))
            }
        }
        return (ledger, diagnostics.sorted())
    }

    /// The ledger as a file: a comment, then the entries sorted by file and
    /// fingerprint, every text double-quoted (so no value can be read as another type).
    public func yaml() -> String {
        var out = """
            # Approvals of changes to the specifications, written by `tenderpack approve`.
            # `tenderpack check --base REV` does not fail on a change approved here, and
            # warns about an approval that matches no change (stale: remove it).

            """
        let sorted = approvals.sorted { ($0.file, $0.fingerprint) < ($1.file, $1.fingerprint) }
        if sorted.isEmpty { return out + "approvals: []\n" }
        out += "approvals:\n"
        for approval in sorted {
            out += "  - file: \(Self.quoted(approval.file))\n"
            out += "    fingerprint: \(Self.quoted(approval.fingerprint))\n"
            out += "    change: \(Self.quoted(approval.change))\n"
            out += "    approvedBy: \(Self.quoted(approval.approvedBy))\n"
            out += "    approvedOn: \(approval.approvedOn.description)\n"
            out += "    reason: \(Self.quoted(approval.reason))\n"
        }
        return out
    }

    /// A YAML double-quoted scalar: `"` and `\` escaped, every control character and
    /// line break written as an escape, so the value reads back exactly.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x2028, 0x2029, 0xFEFF].contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
