import ArgumentParser
import Foundation
import TenderLoading
import TenderModel
import TenderRendering
import TenderValidation

/// `tenderpack verify [DIR]`: re-render each pack from the inputs its manifest.json
/// names and compare byte for byte, naming every file that differs, is missing or is
/// extra, and every input (specification, template, tool version) that changed.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-render packs from the inputs their manifest.json records and compare, file by file.",
        discussion: """
            DIR is a pack folder (holding manifest.json) or a folder of packs (default: \
            Output). Each manifest names the specification (a path from the current \
            directory) and the SHA-256 of it, of every template and of every file written; \
            verify says which of them changed, re-renders the pack from the specification \
            and the templates (--templates) with the recorded options, and compares every \
            file [verify.mismatch, verify.input-changed, verify.manifest].
            Exit status: 0 every pack is reproduced exactly, 1 any difference, 64 usage, \
            66 DIR cannot be read, 78 unusable template.
            """)

    @Argument(help: "A pack folder or a folder of packs.")
    var folder = "Output"

    @Option(help: "A templates folder overriding the built-in stylesheet, labels and schemas file by file (default: Templates/ when present), as for build.")
    var templates: String?

    @Option(help: "Report format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @OptionGroup var colourOptions: ColourOptions

    @OptionGroup var loudnessOptions: LoudnessOptions

    static let mismatchRuleID = "verify.mismatch"
    /// Where a template is read from, for findings: its override file or the built-in copy.
    /// (`Templates/css/tender-pack.css` as given on the command line, or the built-in name).
    static func templateName(_ path: String, in set: TemplateSet, folder: String?) -> String {
        if let file = try? set.read(path), file.isBuiltIn { return file.displayPath }
        return (folder ?? "Templates") + "/" + path
    }

    static let inputRuleID = "verify.input-changed"
    static let manifestRuleID = "verify.manifest"

    func validate() throws {
        try requireNonEmptyPath(folder, option: "DIR")
        try requireNonEmptyPath(templates, option: "--templates")
    }

    func run() async throws {
        colourOptions.apply()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Terminal.writeError("tenderpack: \(folder): cannot read: no such folder\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        // The same templates build would use: built in, overridden file by file.
        let templateSet = TemplateSet.resolve(explicit: templates)
        let renderer = try TemplateLoading.renderer(templateSet)
        var findings: [Diagnostic] = []
        var files: [String] = []
        var sourceTexts: [String: String] = [:]
        let packs = packFolders()
        if packs.isEmpty {
            findings.append(Diagnostic(ruleID: Self.manifestRuleID, severity: .error, location: .start(of: folder),
                                       message: "no pack folder with a \(PackManifest.fileName) here; run `tenderpack build` first"))
        }
        for pack in packs {
            let outcome = try verify(pack, renderer: renderer)
            findings += outcome.findings
            files.append(pack.display + "/" + PackManifest.fileName)
            sourceTexts.merge(outcome.sourceTexts) { a, _ in a }
        }
        let report = ValidationReport.of(files: files, diagnostics: findings, sourceTexts: sourceTexts)
        try await ReportEmitter.emit(report, format: format, suiteName: "tenderpack verify", loudness: loudnessOptions.loudness)
        if format == .text, loudnessOptions.loudness != .quiet, report.errorCount == 0 {
            let packs = packs.count == 1 ? "1 pack" : "\(packs.count) packs"
            Terminal.writeError(report.diagnostics.isEmpty ? "verified \(packs): every file reproduced exactly\n"
                                : "verified \(packs): every file checked was reproduced exactly; see the warnings\n")
        }
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }

    /// A pack folder: where it is, and how messages name it.
    struct Pack {
        var url: URL
        var display: String
        var id: String
    }

    /// DIR itself when it holds a manifest, else its sub-folders that hold one or that a
    /// build made (a marked folder without a manifest is a finding), sorted.
    func packFolders() -> [Pack] {
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        let trimmed = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        if FileManager.default.fileExists(atPath: base.appendingPathComponent(PackManifest.fileName).path) {
            return [Pack(url: base, display: trimmed, id: base.standardizedFileURL.lastPathComponent)]
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted()
        return names.compactMap { name in
            let url = base.appendingPathComponent(name, isDirectory: true)
            guard !name.hasPrefix("."),
                  FileManager.default.fileExists(atPath: url.appendingPathComponent(PackManifest.fileName).path)
                    || PackWriter.isMarked(url, id: name) else { return nil }
            return Pack(url: url, display: trimmed + "/" + name, id: name)
        }
    }

    struct Outcome {
        var findings: [Diagnostic] = []
        var sourceTexts: [String: String] = [:]
    }

    func verify(_ pack: Pack, renderer: TenderPackRenderer) throws -> Outcome {
        var outcome = Outcome()
        let manifestPath = pack.display + "/" + PackManifest.fileName
        func finding(_ rule: String, _ file: String, _ message: String, notes: [String] = []) {
            outcome.findings.append(Diagnostic(ruleID: rule, severity: .error, location: .start(of: file), message: message, notes: notes))
        }
        guard let data = FileManager.default.contents(atPath: pack.url.appendingPathComponent(PackManifest.fileName).path) else {
            finding(Self.manifestRuleID, manifestPath, "the pack has no \(PackManifest.fileName); run `tenderpack build` to record one")
            return outcome
        }
        let manifest: PackManifest
        do {
            manifest = try PackManifest.decode(data)
        } catch {
            finding(Self.manifestRuleID, manifestPath, "is not a tenderpack manifest: \(Self.reason(error))")
            return outcome
        }
        guard manifest.version == PackManifest.formatVersion else {
            finding(Self.manifestRuleID, manifestPath,
                    "is manifest version \(manifest.version); this tenderpack reads version \(PackManifest.formatVersion)")
            return outcome
        }
        if manifest.tool.version != TenderPackVersion.current {
            finding(Self.inputRuleID, manifestPath,
                    "was written by tenderpack \(manifest.tool.version); this is \(TenderPackVersion.current), whose output may differ")
        }
        // The inputs: what changed since the pack was built explains what differs below.
        let specificationPath = manifest.specification.path
        if specificationPath.hasSuffix(".swift") {
            finding(Self.inputRuleID, manifestPath,
                    "records a pack built by TenderPack.build from the Swift declaration in \(specificationPath), which verify "
                        + "cannot re-render: it re-renders packs of YAML specifications; build it from a YAML file to verify it")
            return outcome
        }
        guard let source = FileManager.default.contents(atPath: specificationPath) else {
            finding(Self.inputRuleID, manifestPath,
                    "names the specification \(specificationPath), which cannot be read from here; run verify where the build ran")
            return outcome
        }
        if PackManifest.sha256(source) != manifest.specification.sha256 {
            finding(Self.inputRuleID, specificationPath, "has changed since \(pack.display) was built",
                    notes: ["recorded sha256 \(manifest.specification.sha256), now \(PackManifest.sha256(source))"])
        }
        let current = renderer.templateFiles
        let recorded = Dictionary(manifest.templates.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        for (path, sha) in recorded.sorted(by: { $0.key < $1.key }) {
            guard let data = current[path] else {
                finding(Self.inputRuleID, Self.templateName(path, in: TemplateSet.resolve(explicit: templates), folder: templates), "was used to build \(pack.display) and is not used now")
                continue
            }
            if PackManifest.sha256(data) != sha {
                finding(Self.inputRuleID, Self.templateName(path, in: TemplateSet.resolve(explicit: templates), folder: templates), "has changed since \(pack.display) was built",
                        notes: ["recorded sha256 \(sha), now \(PackManifest.sha256(data))"])
            }
        }
        for path in current.keys.sorted() where recorded[path] == nil {
            finding(Self.inputRuleID, Self.templateName(path, in: TemplateSet.resolve(explicit: templates), folder: templates), "is used now and was not when \(pack.display) was built")
        }
        // Re-render with the recorded options and the formats the pack holds.
        let report: ValidationReport
        do {
            report = try ValidationRun.run(paths: [specificationPath])
        } catch {
            finding(Self.inputRuleID, specificationPath, "cannot be read: \(error)")
            return outcome
        }
        guard let specification = report.cleanSpecifications.first else {
            outcome.findings += report.diagnostics.filter { $0.severity == .error }
            outcome.sourceTexts = report.sourceTexts
            finding(Self.mismatchRuleID, manifestPath, "cannot be re-rendered: \(specificationPath) has errors")
            return outcome
        }
        guard specification.id.value == pack.id else {
            finding(Self.mismatchRuleID, manifestPath,
                    "\(specificationPath) now has the id `\(specification.id.value)`; it renders to another folder than \(pack.display)")
            return outcome
        }
        var renderer = renderer
        renderer.ocidPrefix = manifest.options["ocidPrefix"] ?? renderer.ocidPrefix
        let formats = Set(manifest.files.compactMap { PackFormat.of(path: $0.path) })
        var build = PackBuild(renderer: renderer, outputFolder: pack.url.deletingLastPathComponent(),
                              displayFolder: ParentPath.of(pack.display),
                              removesOrphans: false, indexes: report.indexes)
        build.formats = formats.isEmpty ? PackFormat.all : formats
        let rendering = try build.render([specification])
        // A format that cannot be made here (no PDF engine) cannot be verified: say so.
        outcome.findings += rendering.findings
        if build.formats.contains(.pdf), !rendering.built.contains(.pdf), rendering.findings.isEmpty {
            outcome.findings.append(Diagnostic(
                ruleID: Self.inputRuleID, severity: .warning, location: .start(of: manifestPath),
                message: "lists PDFs, which are not made here (PDF engine none): they are not verified"))
        }
        let expected = try build.packFiles(rendering.packs[0], for: specification, rendering)
        let comparison = PackComparison.compare(expected, with: pack.url, formats: rendering.built)
        let recordedFiles = Dictionary(manifest.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let fresh = Dictionary(expected.map { ($0.path, PackManifest.sha256($0.data)) }, uniquingKeysWith: { a, _ in a })
        for file in comparison.stale {
            var notes: [String] = []
            if let sha = recordedFiles[file] { notes.append("manifest sha256 \(sha)") }
            if let data = FileManager.default.contents(atPath: pack.url.appendingPathComponent(file).path) {
                notes.append("on disk sha256 \(PackManifest.sha256(data))")
            }
            if let sha = fresh[file] { notes.append("re-rendered sha256 \(sha)") }
            finding(Self.mismatchRuleID, pack.display + "/" + file, "differs from a fresh render", notes: notes)
        }
        for file in comparison.missing {
            finding(Self.mismatchRuleID, pack.display + "/" + file, "is missing: a fresh render writes it")
        }
        for file in comparison.extra {
            finding(Self.mismatchRuleID, pack.display + "/" + file, "is not written by a fresh render")
        }
        return outcome
    }

    /// A decoding error as one line: the key path and what was wrong.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "`\(key.stringValue)` is missing\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "a value has the wrong type\(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not JSON" : "a value is malformed\(path(context))"
        @unknown default: return "not a manifest"
        }
    }
}
