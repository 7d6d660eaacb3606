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

    @Flag(help: "Treat validation warnings as errors.")
    var warningsAsErrors = false

    @Option(name: .customLong("ocid-prefix"), help: OCIDPrefix.help)
    var ocidPrefix = "ocds-tenderpack-"

    func validate() throws {
        try OCIDPrefix.check(ocidPrefix)
        try requireNonEmptyPath(root, option: "--root")
        try requireNonEmptyPath(policy, option: "--policy")
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
        var report: ValidationReport
        do {
            try InputPaths.check(["Specs"])
            report = try ValidationRun.run(paths: ["Specs"])
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        if warningsAsErrors { report = report.promotingWarnings() }
        var findings = try outputFindings(report)
        let loaded = try PolicyFile.read(explicit: policy)
        let loadedPolicy = loaded.policy
        findings += loaded.findings
        if let path = loaded.path, !loaded.findings.isEmpty { report.sourceTexts[path] = loaded.text }
        if let base {
            let threshold = failOn ?? loadedPolicy.failOn ?? .none
            findings += try await BaseComparison(base: base, threshold: threshold, policy: loadedPolicy).findings(report)
        }
        report.diagnostics = (report.diagnostics + findings).sorted()
        try await ReportEmitter.emit(report, format: format, suiteName: "tenderpack check", loudness: loudnessOptions.loudness)
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }

    /// `output.stale` findings for every pack that a build would write differently.
    private func outputFindings(_ report: ValidationReport) throws -> [Diagnostic] {
        var renderer: TenderPackRenderer
        do {
            renderer = try TenderPackRenderer(templates: URL(fileURLWithPath: "Templates", isDirectory: true))
            renderer.ocidPrefix = ocidPrefix
        } catch RenderError.invalidTemplate(let problem) {
            Terminal.writeError("tenderpack: \(problem)\n")
            throw ExitCode(ExitStatus.badTemplate)
        } catch {
            Terminal.writeError("tenderpack: cannot read templates at Templates: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let build = PackBuild(renderer: renderer, outputFolder: URL(fileURLWithPath: "Output", isDirectory: true),
                              displayFolder: "Output", removesOrphans: true, indexes: report.indexes)
        return try build.check(report.cleanSpecifications).findings
    }
}

/// The `--base` part of `check`: each specification that differs from the base
/// revision, diffed against it.
struct BaseComparison {
    static let materialRuleID = "diff.material-change"
    static let editorialRuleID = "diff.editorial-change"
    static let baseUnreadableRuleID = "diff.base-unreadable"

    let base: String
    let threshold: FailThreshold
    let policy: DiffPolicy

    func findings(_ report: ValidationReport) async throws -> [Diagnostic] {
        do {
            try await Git.verify(revision: base)
        } catch {
            Terminal.writeError("tenderpack: --base \(base): \(error.description)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        var findings: [Diagnostic?] = []
        let specifications = Dictionary(report.specifications.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        for file in report.files {
            let oldData: Data?
            let newData = FileManager.default.contents(atPath: file)
            do {
                oldData = try await Git.file("./" + file, at: base)
            } catch {
                throw ExitCode(ExitStatus.unreadable)
            }
            guard let oldData else {
                findings.append(finding(.material, location: .start(of: file),
                                        message: "specification added since \(base)", notes: []))
                continue
            }
            guard oldData != newData, let newSpecification = specifications[file] else { continue }
            let old = SpecLoader.load(data: oldData, file: "\(base):\(file)")
            guard let oldSpecification = old.specification else {
                findings.append(Diagnostic(ruleID: Self.baseUnreadableRuleID, severity: .warning, location: .start(of: file),
                                           message: "the version at \(base) does not load, so its changes cannot be listed",
                                           notes: old.diagnostics.prefix(3).map { "\($0.location): \($0.message)" }))
                continue
            }
            let diff = SpecificationDiff(old: oldSpecification, new: newSpecification, policy: policy)
            let locations = Dictionary(newSpecification.structuredFields().map { ($0.keyPath, $0.location) },
                                       uniquingKeysWith: { a, _ in a })
            let text = DiffTextReport(colour: false)
            for change in diff.changes {
                let location = change.kind == .removed ? nearest(change.key, in: locations, file: file)
                    : change.location ?? .start(of: file)
                var notes = ["fingerprint \(change.fingerprint); \(change.classification.rawValue) (`tenderpack explain diff.classification`)"]
                if let reference = change.reference { notes.insert("clause \(reference)", at: 0) }
                findings.append(finding(change.classification, reached: threshold.isReached(by: change), location: location,
                                        message: "\(change.kind.rawValue) since \(base): \(change.path): \(text.describe(change))",
                                        notes: notes))
            }
        }
        let current = Set(report.files)
        let before = (try? await Git.files(under: "Specs", at: base)) ?? []
        for file in before where ["yaml", "yml"].contains((file as NSString).pathExtension) && !current.contains(file) {
            findings.append(finding(.material, location: .start(of: file), message: "specification removed since \(base)", notes: []))
        }
        return findings.compactMap { $0 }
    }

    private func finding(_ classification: Classification, reached: Bool? = nil, location: SourceLocation,
                         message: String, notes: [String]) -> Diagnostic? {
        let isReached = reached ?? (threshold == .any || (threshold == .material && classification == .material))
        if !isReached && classification == .editorial { return nil }
        return Diagnostic(ruleID: classification == .material ? Self.materialRuleID : Self.editorialRuleID,
                          severity: isReached ? .error : .warning, location: location, message: message, notes: notes)
    }

    /// Where a removed value was, as near as the new file can say: its closest surviving parent.
    private func nearest(_ key: [String], in locations: [String: SourceLocation], file: String) -> SourceLocation {
        var prefix = key
        while !prefix.isEmpty {
            prefix.removeLast()
            if let location = locations[prefix.joined(separator: "/")] { return location }
        }
        return .start(of: file)
    }
}
