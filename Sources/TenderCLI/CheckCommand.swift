import ArgumentParser
import Foundation
import TenderDiff
import TenderLoading
import TenderModel
import TenderRendering
import TenderValidation

/// `tenderpack check [--base REV]`: the CI gate in one command — validate Specs/,
/// confirm Output/ is up to date, and (with --base) diff each changed specification
/// against that revision under the repository's policy. One report, one exit code.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate Specs/, confirm Output/ is up to date, and diff changed specifications against a base revision.",
        discussion: """
            Runs in the current directory (or --root): Specs/, Output/, Templates/ and \
            tenderpack-policy.yaml are read from there. With --base REV each file under \
            Specs/ that differs from REV is compared with its version at REV: a change \
            at or above the threshold (--fail-on, else the policy's check.failOn, else \
            none) is an error [diff.material-change / diff.editorial-change]; other \
            material changes are warnings. A stale pack is an error [output.stale].
            A change recorded in the approval ledger (tenderpack-approvals.yaml, written \
            by `tenderpack approve`) and a finding covered by a waiver in the policy \
            file are suppressed: listed in the audit, never failing the run. An expired \
            waiver is an error [policy.waiver-expired]; a waiver or an approval that \
            matches nothing is a warning [policy.waiver-unused, approval.stale]. "Today" \
            for expiry is --today, else TENDERPACK_TODAY, else the current UTC date.
            Exit status: 0 clean, 1 findings, 64 usage, 66 unreadable path or revision, \
            78 unusable template.
            """)

    @Option(help: "A git revision to diff changed specifications against (e.g. origin/main).")
    var base: String?

    @Option(help: "Report format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @Option(help: "The repository folder to check (default: the current directory).")
    var root: String?

    @Option(help: "Fail on changes since --base at or above: material, any or none (default: the policy's, else none).")
    var failOn: FailThreshold?

    @Option(help: "A policy file (default: tenderpack-policy.yaml, if present).")
    var policy: String?

    @Option(help: "The approval ledger (default: tenderpack-approvals.yaml, if present).")
    var approvals: String?

    @Option(help: "The date waivers expire against, YYYY-MM-DD (default: $TENDERPACK_TODAY, else today in UTC).")
    var today: String?

    @Flag(help: "Treat validation warnings as errors.")
    var warningsAsErrors = false

    @Option(name: .customLong("ocid-prefix"), help: OCIDPrefix.help)
    var ocidPrefix = "ocds-tenderpack-"

    func validate() throws {
        try OCIDPrefix.check(ocidPrefix)
        try requireNonEmptyPath(root, option: "--root")
        try requireNonEmptyPath(policy, option: "--policy")
        try requireNonEmptyPath(approvals, option: "--approvals")
        _ = try Today.resolve(today)
        if base == "" { throw ValidationError("--base needs a git revision; an empty one is not allowed") }
    }

    @OptionGroup var colourOptions: ColourOptions

    @OptionGroup var loudnessOptions: LoudnessOptions

    func run() async throws {
        colourOptions.apply()
        if let root, !FileManager.default.changeCurrentDirectoryPath(root) {
            Terminal.writeError("tenderpack: \(root): cannot read: no such directory\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        // Templates first (Templates/ over the built-ins): a broken one stops the run
        // before any specification is read.
        var renderer = try TemplateLoading.renderer(TemplateSet.resolve(explicit: nil))
        renderer.ocidPrefix = ocidPrefix
        var report: ValidationReport
        do {
            try InputPaths.check(["Specs"])
            report = try ValidationRun.run(paths: ["Specs"])
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        if warningsAsErrors { report = report.promotingWarnings() }
        var findings = try outputFindings(report, renderer: renderer)
        let loaded = try PolicyFile.read(explicit: policy)
        let loadedPolicy = loaded.policy
        findings += loaded.findings
        var suppressed: [Suppression] = []
        if let base {
            let threshold = failOn ?? loadedPolicy.failOn ?? .none
            let ledger = try LedgerFile.read(explicit: approvals)
            findings += ledger.findings
            if let path = ledger.path { report.sourceTexts[path] = ledger.text }
            let comparison = BaseComparison(base: base, threshold: threshold, policy: loadedPolicy, ledger: ledger.ledger)
            let outcome = try await comparison.outcome(report)
            findings += outcome.findings
            suppressed += outcome.suppressed
        }
        // Waivers apply to every finding but those about the policy and the ledger themselves.
        let audit = WaiverAudit(waivers: loadedPolicy.waivers, today: try Today.resolve(today))
        let applied = audit.apply(to: report.diagnostics + findings, specifications: report.specifications,
                                  root: loadedPolicy.waivers.isEmpty ? .currentDirectory : await SourceRoot.resolve())
        if let path = loaded.path, !(loaded.findings + applied.findings).isEmpty { report.sourceTexts[path] = loaded.text }
        report.diagnostics = (applied.kept + applied.findings).sorted()
        report.suppressed = (suppressed + applied.suppressed).sorted()
        try await ReportEmitter.emit(report, format: format, suiteName: "tenderpack check", loudness: loudnessOptions.loudness)
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }

    /// `output.stale` findings for every pack that a build would write differently.
    private func outputFindings(_ report: ValidationReport, renderer: TenderPackRenderer) throws -> [Diagnostic] {
        let build = PackBuild(renderer: renderer, outputFolder: URL(fileURLWithPath: "Output", isDirectory: true),
                              displayFolder: "Output", removesOrphans: true, indexes: report.indexes)
        return try build.check(report.cleanSpecifications).findings
    }
}

/// The `--base` part of `check`: each specification that differs from the base
/// revision, diffed against it; changes recorded in the approval ledger are suppressed.
struct BaseComparison {
    static let materialRuleID = "diff.material-change"
    static let editorialRuleID = "diff.editorial-change"
    static let baseUnreadableRuleID = "diff.base-unreadable"
    static let staleApprovalRuleID = "approval.stale"

    let base: String
    let threshold: FailThreshold
    let policy: DiffPolicy
    var ledger = ApprovalLedger()

    /// What changed in one file since the base.
    enum FileChange {
        case added(String)
        case removed(String)
        case unreadableBase(String, [Diagnostic])
        case changed(String, SpecificationDiff, Specification)
    }

    /// One change `approve` can record: its file, fingerprint and a line describing it.
    struct Approvable {
        var file: String
        var fingerprint: String
        var description: String
        var classification: Classification
    }

    /// The result for `check`: findings, the approved ones, and the stale approvals.
    struct Outcome {
        var findings: [Diagnostic] = []
        var suppressed: [Suppression] = []
    }

    /// The fingerprint of a whole specification added or removed (it has no `Change`).
    static func fingerprint(wholeFile kind: String, _ file: String) -> String {
        FindingFingerprint.hash(ruleID: "specification-\(kind)", file: file, keyPath: nil, message: "")
    }

    /// Every file under Specs/ that differs from the base, in a fixed order.
    func fileChanges(_ report: ValidationReport) async throws -> [FileChange] {
        do {
            try await Git.verify(revision: base)
        } catch {
            Terminal.writeError("tenderpack: --base \(base): \(error.description)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        var result: [FileChange] = []
        let specifications = Dictionary(report.specifications.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        for file in report.files {
            let oldData: Data?
            let newData = FileManager.default.contents(atPath: file)
            do {
                oldData = try await Git.file("./" + file, at: base)
            } catch {
                Terminal.writeError("tenderpack: --base \(base): \(file): \(error.description)\n")
                throw ExitCode(ExitStatus.unreadable)
            }
            guard let oldData else {
                result.append(.added(file))
                continue
            }
            guard oldData != newData, let newSpecification = specifications[file] else { continue }
            let old = SpecLoader.load(data: oldData, file: "\(base):\(file)")
            guard let oldSpecification = old.specification else {
                result.append(.unreadableBase(file, old.diagnostics))
                continue
            }
            result.append(.changed(file, SpecificationDiff(old: oldSpecification, new: newSpecification, policy: policy),
                                   newSpecification))
        }
        let current = Set(report.files)
        let before = (try? await Git.files(under: "Specs", at: base)) ?? []
        for file in before where ["yaml", "yml"].contains((file as NSString).pathExtension) && !current.contains(file) {
            result.append(.removed(file))
        }
        return result
    }

    /// Every change `approve` may record, in report order.
    func approvables(_ report: ValidationReport) async throws -> [Approvable] {
        let text = DiffTextReport(colour: false)
        return try await fileChanges(report).flatMap { change -> [Approvable] in
            switch change {
            case .added(let file):
                return [Approvable(file: file, fingerprint: Self.fingerprint(wholeFile: "added", file),
                                   description: "specification added since \(base)", classification: .material)]
            case .removed(let file):
                return [Approvable(file: file, fingerprint: Self.fingerprint(wholeFile: "removed", file),
                                   description: "specification removed since \(base)", classification: .material)]
            case .unreadableBase: return []
            case .changed(let file, let diff, _):
                return diff.changes.map {
                    Approvable(file: file, fingerprint: $0.fingerprint,
                               description: "\($0.kind.rawValue): \($0.path): \(text.describe($0))", classification: $0.classification)
                }
            }
        }
    }

    func findings(_ report: ValidationReport) async throws -> [Diagnostic] {
        try await outcome(report).findings
    }

    func outcome(_ report: ValidationReport) async throws -> Outcome {
        var outcome = Outcome()
        var used = Set<String>()
        /// Adds the finding, or its suppression when the change is approved.
        func add(_ finding: Diagnostic?, file: String, fingerprint: String) {
            if let approval = ledger.approval(file: file, fingerprint: fingerprint) {
                used.insert(approval.file + "\u{0}" + approval.fingerprint)
                guard let finding else { return }
                outcome.suppressed.append(Suppression(finding: finding, kind: .approval, by: approval.approvedBy,
                                                      reason: approval.reason, approvedOn: approval.approvedOn.description,
                                                      source: approval.location))
            } else if let finding {
                outcome.findings.append(finding)
            }
        }
        for change in try await fileChanges(report) {
            switch change {
            case .added(let file):
                add(finding(.material, location: .start(of: file), message: "specification added since \(base)",
                            notes: ["fingerprint \(Self.fingerprint(wholeFile: "added", file))"]),
                    file: file, fingerprint: Self.fingerprint(wholeFile: "added", file))
            case .removed(let file):
                add(finding(.material, location: .start(of: file), message: "specification removed since \(base)",
                            notes: ["fingerprint \(Self.fingerprint(wholeFile: "removed", file))"]),
                    file: file, fingerprint: Self.fingerprint(wholeFile: "removed", file))
            case .unreadableBase(let file, let diagnostics):
                outcome.findings.append(Diagnostic(ruleID: Self.baseUnreadableRuleID, severity: .warning, location: .start(of: file),
                                                   message: "the version at \(base) does not load, so its changes cannot be listed",
                                                   notes: diagnostics.prefix(3).map { "\($0.location): \($0.message)" }))
            case .changed(let file, let diff, let newSpecification):
                let locations = Dictionary(newSpecification.structuredFields().map { ($0.keyPath, $0.location) },
                                           uniquingKeysWith: { a, _ in a })
                let text = DiffTextReport(colour: false)
                for change in diff.changes {
                    let location = change.kind == .removed ? Self.nearest(change.key, in: locations, file: file)
                        : change.location ?? .start(of: file)
                    add(Self.finding(change.classification, reached: threshold.isReached(by: change), location: location,
                                     message: "\(change.kind.rawValue) since \(base): \(change.path): \(text.describe(change))",
                                     notes: Self.notes(for: change)),
                        file: file, fingerprint: change.fingerprint)
                }
            }
        }
        for approval in ledger.approvals where !used.contains(approval.file + "\u{0}" + approval.fingerprint) {
            outcome.findings.append(Diagnostic(
                ruleID: Self.staleApprovalRuleID, severity: .warning, location: approval.location,
                message: "the approval of \(approval.change.isEmpty ? "change" : approval.change) in \(approval.file) "
                    + "matches no change since \(base); remove it",
                notes: ["fingerprint \(approval.fingerprint), approved by \(approval.approvedBy) on \(approval.approvedOn)"]))
        }
        return outcome
    }

    /// A finding for an added or removed specification: an error once the threshold is
    /// reached, else a warning (none for an editorial change below it).
    private func finding(_ classification: Classification, location: SourceLocation,
                         message: String, notes: [String]) -> Diagnostic? {
        let reached = threshold == .any || (threshold == .material && classification == .material)
        return Self.finding(classification, reached: reached, location: location, message: message, notes: notes)
    }

    /// A change as a finding (`check --base`, `diff --format sarif|junit|github`):
    /// `diff.material-change` or `diff.editorial-change`, an error when it reaches the
    /// threshold, else a warning; nil for an editorial change below it.
    static func finding(_ classification: Classification, reached: Bool, location: SourceLocation,
                        message: String, notes: [String]) -> Diagnostic? {
        if !reached && classification == .editorial { return nil }
        return Diagnostic(ruleID: classification == .material ? materialRuleID : editorialRuleID,
                          severity: reached ? .error : .warning, location: location, message: message, notes: notes)
    }

    /// A change finding's notes: its clause, fingerprint and classification.
    static func notes(for change: Change) -> [String] {
        var notes = ["fingerprint \(change.fingerprint); \(change.classification.rawValue) (`tenderpack explain diff.classification`)"]
        if let reference = change.reference { notes.insert("clause \(reference)", at: 0) }
        return notes
    }

    /// Where a removed value was, as near as the new file can say: its closest surviving parent.
    static func nearest(_ key: [String], in locations: [String: SourceLocation], file: String) -> SourceLocation {
        var prefix = key
        while !prefix.isEmpty {
            prefix.removeLast()
            if let location = locations[prefix.joined(separator: "/")] { return location }
        }
        return .start(of: file)
    }
}
