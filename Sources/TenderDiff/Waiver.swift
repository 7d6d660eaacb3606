public import TenderModel
import TenderLoading
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A waiver in the policy file: a finding that a named person has accepted, for a
/// reason, until a date. A waived finding is reported as suppressed (in the audit
/// section of `check`, in SARIF `suppressions`) and does not fail the run; an expired
/// waiver is an error, and one that matches nothing is a warning.
///
/// ```yaml
/// waivers:
///   - rule: provenance.illustrative-at-tender
///     path: Specs/norfolk-*.yaml        # a glob or an exact path; or `fingerprint:`
///     owner: Jo Bloggs, Commissioning Manager
///     reason: The example's invented values are marked in the pack.
///     expires: 2027-03-31
/// ```
public struct Waiver: Sendable, Hashable {
    /// The rule id of the findings it waives.
    public var rule: String
    /// A path (as findings name files, relative to the repository) or a glob over it
    /// (`*` any characters, `?` one, `[...]` a set); nil when `fingerprint` is set.
    public var path: String?
    /// A finding's fingerprint (SARIF `partialFingerprints.tenderpackFindingHash/v1`
    /// without its `:N`); nil when `path` is set.
    public var fingerprint: String?
    public var owner: String
    public var reason: String
    /// The last day the waiver holds (inclusive).
    public var expires: CalendarDate
    /// Where the waiver's entry, its `rule` value and its `expires` value are written.
    public var location: SourceLocation
    public var ruleLocation: SourceLocation
    public var expiresLocation: SourceLocation

    /// Whether the waiver has lapsed on `today` (a day after `expires`).
    public func isExpired(on today: CalendarDate) -> Bool {
        today.earliest > expires.latest
    }

    /// Whether it covers a finding of `ruleID` in `file` with `fingerprint`.
    public func matches(ruleID: String, file: String, fingerprint findingFingerprint: String) -> Bool {
        guard ruleID == rule else { return false }
        if let fingerprint { return fingerprint.lowercased() == findingFingerprint.lowercased() }
        guard let path else { return false }
        let target = Waiver.normalised(file)
        let pattern = Waiver.normalised(path)
        return target == pattern || fnmatch(pattern, target, 0) == 0
    }

    /// Without leading `./`, as findings and globs are compared.
    static func normalised(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// The keys a waiver may have.
    static let keys = ["rule", "path", "fingerprint", "owner", "reason", "expires"]

    /// Reads the `waivers` list of a policy file; every problem is a located finding
    /// under `ruleID`, and a malformed waiver is left out.
    static func read(_ node: YAMLNode, file: String, ruleID: String) -> (waivers: [Waiver], diagnostics: [Diagnostic]) {
        var waivers: [Waiver] = []
        var diagnostics: [Diagnostic] = []
        func location(_ node: YAMLNode?) -> SourceLocation {
            node?.location(in: file) ?? .start(of: file)
        }
        func report(_ node: YAMLNode?, _ message: String, notes: [String] = []) {
            diagnostics.append(Diagnostic(ruleID: ruleID, severity: .error, location: location(node), message: message, notes: notes))
        }
        guard let entries = node.sequence else {
            report(node, "`waivers` is a list: each entry has `rule`, `path` or `fingerprint`, `owner`, `reason` and `expires`")
            return ([], diagnostics)
        }
        for entry in entries {
            guard let mapping = entry.mapping else {
                report(entry, "a waiver is a mapping with `rule`, `path` or `fingerprint`, `owner`, `reason` and `expires`")
                continue
            }
            var values: [String: (node: YAMLNode, text: String)] = [:]
            var broken = false
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? ""
                guard keys.contains(key) else {
                    report(keyNode, "unknown key `\(key.prefix(80))` in a waiver", notes: Suggestion.note(for: key, in: keys))
                    broken = true
                    continue
                }
                guard let text = valueNode.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    report(valueNode, "`\(key)` of a waiver must be a non-empty text")
                    broken = true
                    continue
                }
                values[key] = (valueNode, text)
            }
            for key in ["rule", "owner", "reason", "expires"] where values[key] == nil {
                report(entry, "a waiver needs `\(key)`")
                broken = true
            }
            switch (values["path"], values["fingerprint"]) {
            case (nil, nil):
                report(entry, "a waiver needs `path` (a file or a glob) or `fingerprint` (a finding's)")
                broken = true
            case (.some, .some(let fingerprint)):
                report(fingerprint.node, "a waiver has `path` or `fingerprint`, not both")
                broken = true
            case (nil, .some(let fingerprint)):
                let hex = fingerprint.text.lowercased()
                if hex.count != 16 || !hex.allSatisfy({ $0.isHexDigit }) {
                    report(fingerprint.node, "`fingerprint` is 16 hexadecimal digits (SARIF's tenderpackFindingHash/v1, without `:N`)")
                    broken = true
                }
            case (.some, nil): break
            }
            var expires: CalendarDate?
            if let written = values["expires"] {
                expires = CalendarDate(parsing: written.text)
                if expires?.day == nil {
                    report(written.node, "`expires` must be an ISO date, YYYY-MM-DD (the last day the waiver holds)")
                    broken = true
                }
            }
            guard !broken, let rule = values["rule"], let owner = values["owner"], let reason = values["reason"],
                  let expiresNode = values["expires"]?.node, let expires else { continue }
            waivers.append(Waiver(rule: rule.text, path: values["path"]?.text, fingerprint: values["fingerprint"]?.text.lowercased(),
                                  owner: owner.text, reason: reason.text, expires: expires,
                                  location: location(entry), ruleLocation: location(rule.node),
                                  expiresLocation: location(expiresNode)))
        }
        return (waivers, diagnostics)
    }
}
