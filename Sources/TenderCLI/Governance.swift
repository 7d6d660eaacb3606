import ArgumentParser
import Foundation
import TenderDiff
import TenderLoading
import TenderModel
import TenderValidation

/// The date waivers expire against and approvals are recorded on: `--today`, else
/// `TENDERPACK_TODAY`, else the current date in UTC. Fixed in tests, so a run is the
/// same on every day.
enum Today {
    static let environmentVariable = "TENDERPACK_TODAY"

    static func resolve(_ option: String?) throws -> CalendarDate {
        if let option { return try parse(option, source: "--today") }
        if let value = ProcessInfo.processInfo.environment[environmentVariable] {
            return try parse(value, source: environmentVariable)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    private static func parse(_ text: String, source: String) throws -> CalendarDate {
        guard let date = CalendarDate(parsing: text), date.day != nil else {
            throw ValidationError("\(source) must be a date written YYYY-MM-DD, not `\(text.prefix(40))`")
        }
        return date
    }
}

/// Applies the policy's waivers to a run's findings: a matching, unexpired waiver
/// moves a finding to the audit; an expired one is an error; one that matches nothing
/// is a warning; one naming a rule no finding can carry is a policy error.
struct WaiverAudit {
    static let expiredRuleID = "policy.waiver-expired"
    static let unusedRuleID = "policy.waiver-unused"

    let waivers: [Waiver]
    let today: CalendarDate

    struct Result {
        var kept: [Diagnostic] = []
        var suppressed: [Suppression] = []
        /// Findings about the waivers themselves.
        var findings: [Diagnostic] = []
    }

    /// Findings about the policy or the ledger are never waived: a waiver cannot hide itself.
    static func isWaivable(_ diagnostic: Diagnostic) -> Bool {
        !diagnostic.ruleID.hasPrefix("policy.") && !diagnostic.ruleID.hasPrefix("approval")
    }

    func apply(to diagnostics: [Diagnostic], specifications: [Specification], root: SourceRoot) -> Result {
        var result = Result()
        var active: [Int] = []
        for (index, waiver) in waivers.enumerated() {
            if RuleHelp.index[waiver.rule] == nil {
                result.findings.append(Diagnostic(
                    ruleID: DiffPolicy.ruleID, severity: .error, location: waiver.ruleLocation,
                    message: "a waiver names the rule `\(waiver.rule.prefix(80))`, which no finding carries",
                    notes: Suggestion.note(for: waiver.rule, in: RuleHelp.all.map(\.id))))
            } else if waiver.isExpired(on: today) {
                result.findings.append(Diagnostic(
                    ruleID: Self.expiredRuleID, severity: .error, location: waiver.expiresLocation,
                    message: "the waiver of \(waiver.rule) for \(Self.scope(waiver)) expired on \(waiver.expires) (today is \(today)); "
                        + "renew it with a new date and reason, or fix the finding and remove the waiver",
                    notes: ["owner \(waiver.owner): \(waiver.reason)"]))
            } else {
                active.append(index)
            }
        }
        var used = Set<Int>()
        let reporter = SARIFReporter(root: root)
        let keyPaths = active.contains(where: { waivers[$0].fingerprint != nil }) ? FindingFingerprint.keyPaths(specifications) : [:]
        // Only a finding of a rule some active waiver names is fingerprinted and matched.
        let waivedRules = Set(active.map { waivers[$0].rule })
        for diagnostic in diagnostics {
            guard Self.isWaivable(diagnostic), waivedRules.contains(diagnostic.ruleID) else {
                result.kept.append(diagnostic)
                continue
            }
            let file = reporter.artifact(for: diagnostic.location.file, root: root).uri ?? diagnostic.location.file
            let fingerprint = FindingFingerprint.hash(ruleID: diagnostic.ruleID, file: file,
                                                      keyPath: keyPaths[diagnostic.location], message: diagnostic.message)
            guard let index = active.first(where: {
                waivers[$0].matches(ruleID: diagnostic.ruleID, file: diagnostic.location.file, fingerprint: fingerprint)
            }) else {
                result.kept.append(diagnostic)
                continue
            }
            used.insert(index)
            let waiver = waivers[index]
            var finding = diagnostic
            finding.notes.append("fingerprint \(fingerprint)")
            result.suppressed.append(Suppression(finding: finding, kind: .waiver, by: waiver.owner, reason: waiver.reason,
                                                 expires: waiver.expires.description, source: waiver.location))
        }
        for index in active where !used.contains(index) {
            let waiver = waivers[index]
            result.findings.append(Diagnostic(
                ruleID: Self.unusedRuleID, severity: .warning, location: waiver.location,
                message: "the waiver of \(waiver.rule) for \(Self.scope(waiver)) matches no finding; remove it",
                notes: ["owner \(waiver.owner), expires \(waiver.expires)"]))
        }
        return result
    }

    static func scope(_ waiver: Waiver) -> String {
        if let fingerprint = waiver.fingerprint { return "the finding \(fingerprint)" }
        return waiver.path ?? "?"
    }
}

/// Finds and reads the approval ledger, for `check --base` and `approve`.
enum LedgerFile {
    struct Loaded {
        var ledger = ApprovalLedger()
        var path: String?
        var text: String?
        var findings: [Diagnostic] = []
    }

    /// The ledger named on the command line (which must exist: exit 66 otherwise), or
    /// the default file when there is one, or an empty ledger.
    static func read(explicit: String?) throws -> Loaded {
        let path = explicit ?? ApprovalLedger.defaultFileName
        guard let data = FileManager.default.contents(atPath: path) else {
            if explicit == nil { return Loaded() }
            Terminal.writeError("tenderpack: \(path): cannot read: no such file\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let (ledger, findings) = ApprovalLedger.parse(data: data, file: path)
        return Loaded(ledger: ledger, path: path, text: String(decoding: data, as: UTF8.self), findings: findings)
    }
}
