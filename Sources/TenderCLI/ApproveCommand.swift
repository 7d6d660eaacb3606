import ArgumentParser
import Foundation
import TenderDiff
import TenderLoading
import TenderModel
import TenderValidation

/// `tenderpack approve FINGERPRINT... --base REV --by NAME --reason TEXT`: records in the
/// approval ledger that the named changes since REV were approved, by whom, when and
/// why; `check --base REV` then does not fail on them.
struct ApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the approval of changes since a base revision in tenderpack-approvals.yaml.",
        discussion: """
            Each FINGERPRINT is a change's, as `tenderpack check --base REV` prints it \
            (`note: fingerprint …`). The change must be one of those between REV and the \
            specifications under Specs/ now; it is recorded with --by, --reason and the \
            date (--today, else TENDERPACK_TODAY, else today in UTC). The ledger is \
            rewritten sorted by file and fingerprint, so each approval adds only its own \
            lines; a change already approved is left as it is.
            Exit status: 0 recorded, 1 a fingerprint names no change (nothing is written) \
            or the ledger has errors, 64 usage, 66 unreadable path or revision, \
            73 the ledger cannot be written.
            """)

    @Argument(help: "Fingerprints of the changes to approve.")
    var fingerprints: [String] = []

    @Option(help: "The git revision the changes are measured from (as for check --base).")
    var base: String

    @Option(help: "Who approves the changes (a name and role).")
    var by: String

    @Option(help: "Why the changes are approved.")
    var reason: String

    @Option(help: "The approval's date, YYYY-MM-DD (default: $TENDERPACK_TODAY, else today in UTC).")
    var today: String?

    @Option(help: "The repository folder (default: the current directory).")
    var root: String?

    @Option(help: "The approval ledger (default: tenderpack-approvals.yaml).")
    var approvals: String?

    @Option(help: "A policy file (default: tenderpack-policy.yaml, if present).")
    var policy: String?

    func validate() throws {
        guard !fingerprints.isEmpty else { throw ValidationError("name at least one change's fingerprint") }
        for fingerprint in fingerprints where fingerprint.count != 16 || !fingerprint.allSatisfy(\.isHexDigit) {
            throw ValidationError("`\(fingerprint.prefix(40))` is not a fingerprint: 16 hexadecimal digits, as check --base prints them")
        }
        if base.isEmpty { throw ValidationError("--base needs a git revision; an empty one is not allowed") }
        if by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by needs a name") }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason needs a reason") }
        try requireNonEmptyPath(root, option: "--root")
        try requireNonEmptyPath(approvals, option: "--approvals")
        try requireNonEmptyPath(policy, option: "--policy")
        _ = try Today.resolve(today)
    }

    func run() async throws {
        if let root, !FileManager.default.changeCurrentDirectoryPath(root) {
            Terminal.writeError("tenderpack: \(root): cannot read: no such directory\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let date = try Today.resolve(today)
        let report: ValidationReport
        do {
            try InputPaths.check(["Specs"])
            report = try ValidationRun.run(paths: ["Specs"])
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let policyFile = try PolicyFile.load(explicit: policy)
        let path = approvals ?? ApprovalLedger.defaultFileName
        let loaded: LedgerFile.Loaded
        if FileManager.default.fileExists(atPath: path) {
            loaded = try LedgerFile.read(explicit: path)
        } else {
            loaded = LedgerFile.Loaded(path: path)
        }
        if !loaded.findings.isEmpty {
            let shown = ValidationReport.of(files: [path], diagnostics: loaded.findings, sourceTexts: [path: loaded.text ?? ""])
            Terminal.writeError(Terminal.standardErrorReporter.render(shown))
            Terminal.writeError("tenderpack: \(path) has errors; fix them before recording an approval\n")
            throw ExitCode(ExitStatus.findings)
        }
        let comparison = BaseComparison(base: base, threshold: .none, policy: policyFile)
        let changes = try await comparison.approvables(report)
        var ledger = loaded.ledger
        var lines: [String] = []
        var unknown: [String] = []
        for fingerprint in fingerprints.map({ $0.lowercased() }) {
            let matches = changes.filter { $0.fingerprint == fingerprint }
            if matches.isEmpty { unknown.append(fingerprint) }
            for change in matches {
                let added = ledger.add(Approval(file: change.file, fingerprint: change.fingerprint, change: change.description,
                                                approvedBy: by, approvedOn: date, reason: reason))
                lines.append("\(added ? "approved" : "already approved") \(change.fingerprint) in \(change.file): \(change.description)")
            }
        }
        guard unknown.isEmpty else {
            for fingerprint in unknown {
                Terminal.writeError("tenderpack: no change since \(base) has the fingerprint \(fingerprint); "
                    + "`tenderpack check --base \(base)` lists each change with its fingerprint\n")
            }
            throw ExitCode(ExitStatus.findings)
        }
        SignalCleanup.install()
        // Atomically: a reader (or a killed run) sees the old ledger or the new one.
        try OutputFile.write(Data(ledger.yaml().utf8), to: path)
        for line in lines { Terminal.writeError(VisibleText.escape(line) + "\n") }
    }
}
