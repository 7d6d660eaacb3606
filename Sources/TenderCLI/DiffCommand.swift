import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TenderDiff
import TenderLoading
import TenderModel
import TenderOpenData
import TenderRendering
import TenderValidation

/// `tenderpack diff OLD NEW`: what changed between two versions of a specification,
/// classified material or editorial, as text, JSON, a redline or a clarification notice.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a specification: what changed, material or editorial.",
        discussion: """
            OLD and NEW are specification files, or REV:path to read a file at a git \
            revision (the path as git reads it, from the repository's top). Elements \
            are matched by id, so reordered clauses are moves, and words are compared \
            inside changed text. Classifications come from the table that \
            `tenderpack explain diff.classification` prints, overridden by \
            tenderpack-policy.yaml in the current directory (or --policy).
            Exit status: 0 done (and no change reached --fail-on), 1 a change reached \
            --fail-on or a side has errors, 64 usage, 66 unreadable path or revision, \
            73 the output file cannot be written, 78 an unusable template, 128+N stopped \
            by signal N (the temporary file is removed).
            """)

    @Argument(help: "The old version: a file or REV:path.")
    var old: String

    @Argument(help: "The new version: a file or REV:path.")
    var new: String

    @Option(help: "Output format: text, json, html (a redline), notice (HTML), notice-xml, ocds (the OCDS amendment release), or the changes as findings: sarif, junit or github.")
    var format: DiffFormat = .text

    @Option(name: .customLong("output"), help: "Write to this file (atomically) instead of standard output.")
    var outputFile: String?

    @Option(help: "Exit 1 when a change at or above this level exists: material, any or none.")
    var failOn: FailThreshold = .none

    @Option(help: "A policy file overriding classifications (default: tenderpack-policy.yaml, if present).")
    var policy: String?

    @Option(help: "A templates folder overriding the built-in redline and notice stylesheet (css/diff.css) and notice schema, file by file (default: Templates/ when present).")
    var templates: String?

    @Flag(help: "With --format html: the whole specification with changes marked, not only the changed parts.")
    var full = false

    @Option(name: .customLong("ocid-prefix"), help: OCIDPrefix.help)
    var ocidPrefix = "ocds-tenderpack-"

    @Option(name: .customLong("stdin-filename"), help: "The name findings give a side read from standard input (`-`); default <stdin>.")
    var stdinFilename = StandardInput.defaultName

    func validate() throws {
        try StandardInput.check(paths: [old, new], name: stdinFilename)
        try OCIDPrefix.check(ocidPrefix)
        try requireNonEmptyPath(outputFile, option: "--output")
        try requireNonEmptyPath(policy, option: "--policy")
        try requireNonEmptyPath(templates, option: "--templates")
    }

    @OptionGroup var colourOptions: ColourOptions

    func run() async throws {
        colourOptions.apply()
        if outputFile != nil { SignalCleanup.install() }
        var sides: [DiffInput] = []
        do throws(DiffInput.Problem) {
            for argument in [old, new] {
                sides.append(argument == "-" ? DiffInput.standardInput(name: stdinFilename) : try await DiffInput.read(argument))
            }
        } catch {
            switch error {
            case .usage(let message): throw ValidationError(message)
            case .unreadable(let message):
                Terminal.writeError("tenderpack: \(message)\n")
                throw ExitCode(ExitStatus.unreadable)
            }
        }
        // One side at a time: each is loaded, reduced to what the comparison reads, and its
        // bytes, text and model let go before the next is read (unless the format reads
        // the model itself), so the peak holds one model, not two.
        var results: [LoadResult] = []
        var versions: [SpecificationDiff.Version] = []
        for index in sides.indices {
            var result = sides[index].load()
            sides[index].data = Data()
            let clean = (results + [result]).allSatisfy { !$0.diagnostics.contains { $0.severity == .error } }
            if let specification = result.specification, clean {
                versions.append(SpecificationDiff.Version(specification, needs: format.comparisonNeeds))
                if !format.readsSpecification(index == 0 ? .old : .new) { result.specification = nil }
            }
            if result.diagnostics.isEmpty && !(index == 1 && format.findingsFormat != nil) { result.text = nil }
            results.append(result)
        }
        let specifications = results.map(\.specification)
        let findings = results.flatMap(\.diagnostics).filter { $0.severity == .error }
        guard versions.count == 2, findings.isEmpty else {
            if let reportFormat = format.findingsFormat {
                // The loader's findings about either side, in the format asked for.
                var texts: [String: String] = [:]
                for result in results { texts[result.file] = result.text }
                let report = ValidationReport.of(files: results.map(\.file), diagnostics: results.flatMap(\.diagnostics),
                                                 sourceTexts: texts)
                try await writeFindings(report, format: reportFormat, sides: sides)
            } else {
                Self.printFindings(results.flatMap(\.diagnostics), texts: results)
            }
            throw ExitCode(ExitStatus.findings)
        }
        let loadedPolicy = try PolicyFile.load(explicit: policy)
        let diff = SpecificationDiff(old: versions[0], new: versions[1], policy: loadedPolicy)
        // The process ends after writing: freeing every record of both versions one by one
        // would only cost time (8% of a large diff).
        ProcessLifetime.keep(versions)
        if let reportFormat = format.findingsFormat, let newSpecification = specifications[1] {
            let report = DiffFindings(threshold: failOn).report(diff, new: newSpecification, locations: versions[1].locations,
                                                                newText: results[1].text, oldName: sides[0].displayPath)
            try await writeFindings(report, format: reportFormat, sides: sides)
            if diff.changes.contains(where: failOn.isReached(by:)) { throw ExitCode(ExitStatus.findings) }
            return
        }
        let output: Data
        if format == .ocds, let oldSpecification = specifications[0], let newSpecification = specifications[1] {
            let amendment = OCDSAmendment(diff: diff, old: oldSpecification, new: newSpecification, prefix: ocidPrefix)
            guard let package = amendment.package() else {
                Terminal.writeError("tenderpack: \(newSpecification.file): states no date for the OCDS amendment release: add a `tender-issued` milestone (at awarded status, the award's date)\n")
                throw ExitCode(ExitStatus.findings)
            }
            try OutputFile.write(package.data, to: outputFile)
            if diff.changes.contains(where: failOn.isReached(by:)) { throw ExitCode(ExitStatus.findings) }
            return
        }
        do {
            output = try DiffRendering.render(diff, format: format, colour: outputFile == nil && Terminal.standardOutputColours,
                                              templates: TemplateSet.resolve(explicit: templates), full: full)
        } catch let error as DiffRendering.TemplateUnavailable {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        } catch let error as DiffRendering.TemplateInvalid {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.badTemplate)
        }
        try OutputFile.write(output, to: outputFile)
        if diff.changes.contains(where: failOn.isReached(by:)) { throw ExitCode(ExitStatus.findings) }
    }

    /// Findings (the changes, or the loader's findings) as SARIF, JUnit or GitHub
    /// workflow commands, to standard output or --output.
    private func writeFindings(_ report: ValidationReport, format: ReportFormat, sides: [DiffInput]) async throws {
        var repositoryPaths: [String: String] = [:]
        for side in sides { if let path = side.repositoryPath { repositoryPaths[side.displayPath] = path } }
        let text = try await MachineReport.render(report, format: format, suiteName: "tenderpack diff",
                                            repositoryPaths: repositoryPaths)
        try OutputFile.write(Data(text.utf8), to: outputFile)
        if format == .github { GitHubStepSummary.appendIfRequested(report, title: "tenderpack diff") }
    }

    /// Loader findings about either side, as `validate` prints them, on standard error.
    static func printFindings(_ diagnostics: [Diagnostic], texts: [LoadResult]) {
        var sourceTexts: [String: String] = [:]
        for result in texts { sourceTexts[result.file] = result.text }
        let report = ValidationReport.of(files: texts.map(\.file), diagnostics: diagnostics, sourceTexts: sourceTexts)
        let reporter = Terminal.standardErrorReporter
        Terminal.writeError(reporter.render(report) + reporter.summary(report) + "\n")
    }
}

/// The formats `diff` writes.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    enum Version { case old, new }

    /// What of the comparison the format shows besides the changes: the redline's rows,
    /// the bidder-facing words of the redline, the notice and the OCDS amendment.
    var comparisonNeeds: SpecificationDiff.Version.Needs {
        switch self {
        case .html: return .all
        case .notice, .noticeXML, .ocds: return .words
        case .text, .json, .sarif, .junit, .github: return []
        }
    }

    /// Whether the format reads a version's model itself (not only the diff): the OCDS
    /// amendment carries the new version's release and the old one's version; findings
    /// formats report against the new version.
    func readsSpecification(_ version: Version) -> Bool {
        switch self {
        case .ocds: return true
        case .sarif, .junit, .github: return version == .new
        case .text, .json, .html, .notice, .noticeXML: return false
        }
    }

    case text
    case json
    case html
    case notice
    case noticeXML = "notice-xml"
    /// The OCDS amendment release (JSON): the open-data twin of the notice.
    case ocds
    /// The changes as findings (`diff.material-change`, `diff.editorial-change`), as
    /// `check --base` reports them.
    case sarif
    case junit
    case github

    /// The report format of the findings formats.
    var findingsFormat: ReportFormat? {
        switch self {
        case .sarif: return .sarif
        case .junit: return .junit
        case .github: return .github
        default: return nil
        }
    }
}

extension FailThreshold: ExpressibleByArgument {}

/// Writes command output: to standard output, or atomically to a file (a reader never
/// sees half of it; a failed or interrupted write leaves the old file and no temporary).
enum OutputFile {
    static let cannotWrite: Int32 = ExitStatus.cannotWrite

    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try atomicWrite(data, to: path)
        } catch let failure as Failure {
            Terminal.writeError("tenderpack: \(path): cannot write: \(failure.reason)\n")
            throw ExitCode(cannotWrite)
        }
    }

    struct Failure: Error {
        var reason: String
    }

    /// Writes a hidden temporary file beside `path` (same file system), flushes it, and
    /// renames it over `path`. The temporary file is registered as unfinished output, so
    /// SIGINT or SIGTERM removes it.
    static func atomicWrite(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(reason: "is a folder")
            case S_IFREG: break
            default:
                // A device or FIFO (/dev/stdout, /dev/null): write into it, never replace it.
                try writeInPlace(data, to: path)
                return
            }
        }
        guard stat(folder, &status) == 0 else { throw Failure(reason: reason(errno, folder: folder)) }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { throw Failure(reason: "\(folder) is not a folder") }
        let prefix = "." + url.lastPathComponent + ".tenderpack-tmp-"
        removeAbandoned(in: folder, prefix: prefix)
        let temporary = folder + "/" + prefix + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try UnfinishedOutput.whileRegistered(temporary) { try UnfinishedOutput.step {
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw Failure(reason: reason(errno, folder: folder)) }
            var failure = DescriptorWrite.all(data, to: descriptor)
            if failure == 0, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
            if close(descriptor) != 0, failure == 0 { failure = errno }
            if failure == 0, rename(temporary, path) != 0 { failure = errno }
            if failure != 0 {
                unlink(temporary)
                throw Failure(reason: reason(failure, folder: folder))
            }
        } }
    }

    /// Removes temporary files of this output left by SIGKILLed runs: their process
    /// (the pid in the name) no longer exists. A live run's file is never touched.
    private static func removeAbandoned(in folder: String, prefix: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).split(separator: "-").first ?? ""), pid > 0 else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Writes straight into an existing device or FIFO; a FIFO with no reader fails at
    /// once (ENXIO) instead of blocking.
    private static func writeInPlace(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Failure(reason: errno == ENXIO ? "a FIFO with no reader" : String(cString: strerror(errno)))
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var failure = DescriptorWrite.all(data, to: descriptor)
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Failure(reason: String(cString: strerror(failure))) }
    }

    private static func reason(_ code: Int32, folder: String) -> String {
        switch code {
        case ENOENT: return "no such folder"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case EISDIR: return "is a folder"
        default: return String(cString: strerror(code))
        }
    }
}

/// Finds and reads the repository's policy file, for `diff` and `check` alike.
enum PolicyFile {
    /// A policy and what is wrong with it (findings located in the file).
    struct Loaded {
        var policy = DiffPolicy()
        var path: String?
        var text: String?
        var findings: [Diagnostic] = []
    }

    /// The policy named on the command line (which must exist: exit 66 otherwise), or
    /// the default file in the current directory when there is one, or no overrides.
    static func read(explicit: String?) throws -> Loaded {
        let path = explicit ?? DiffPolicy.defaultFileName
        guard let data = FileManager.default.contents(atPath: path) else {
            if explicit == nil { return Loaded() }
            Terminal.writeError("tenderpack: \(path): cannot read: no such file\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let (policy, findings) = DiffPolicy.parse(data: data, file: path)
        return Loaded(policy: policy, path: path, text: String(decoding: data, as: UTF8.self), findings: findings)
    }

    /// For `diff`: a policy with problems stops the command (exit 1) with its findings.
    static func load(explicit: String?) throws -> DiffPolicy {
        let loaded = try read(explicit: explicit)
        if let path = loaded.path, !loaded.findings.isEmpty {
            let report = ValidationReport.of(files: [path], diagnostics: loaded.findings,
                                             sourceTexts: [path: loaded.text ?? ""])
            let reporter = Terminal.standardErrorReporter
            Terminal.writeError(reporter.render(report))
            throw ExitCode(ExitStatus.findings)
        }
        return loaded.policy
    }
}

extension ValidationReport {
    /// A report of findings that did not come from a validation run (a diff's loader
    /// findings, a policy file's problems).
    static func of(files: [String], diagnostics: [Diagnostic], sourceTexts: [String: String] = [:]) -> ValidationReport {
        // A run over no paths reads nothing and cannot fail: it is the empty report.
        var report = (try? ValidationRun.run(paths: [])) ?? emptyFallback()
        report.files = files
        report.diagnostics = diagnostics.sorted()
        report.sourceTexts = sourceTexts
        return report
    }

    private static func emptyFallback() -> ValidationReport {
        preconditionFailure("validating no paths cannot fail")
    }
}

/// Values kept until the process exits, so that freeing them (a large structure, value
/// by value) is not paid for just before the exit that frees everything at once.
enum ProcessLifetime {
    private final class Box<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
