import Foundation
import TenderLoading
import TenderModel
import TenderRendering

/// Renders specifications and writes or checks their packs. Rendering runs in
/// parallel (the renderer is shared and thread-safe); writing and reporting happen in
/// a fixed order, so output and messages are the same on every run.
struct PackBuild {
    /// What a build did: findings (`output.stale` for --check) and a line per pack.
    struct Outcome {
        var findings: [Diagnostic] = []
        var log: [String] = []
        /// The lines of `log` about packs created, updated or removed (not unchanged).
        var changedLog: [String] = []
        /// What writing did to each pack, in order.
        var written: [PackWriter.Outcome] = []
        /// Pack folders removed because their specification is gone.
        var removed = 0
        /// For --check: the packs compared, and those (orphans included) with a stale file.
        var checked = 0
        var stale: Set<String> = []
    }

    /// Stale, missing and extra pack files are reported under this id.
    static let staleRuleID = "output.stale"

    let renderer: TenderPackRenderer
    let outputFolder: URL
    /// How messages name the output folder (as the user wrote it).
    let displayFolder: String
    /// Whether pack folders with no specification are stale (only when building all of Specs/).
    let removesOrphans: Bool

    /// Indexes validation built, by file (rendering builds its own for the others).
    var indexes: [String: SpecificationIndex] = [:]

    /// The formats asked for (`--formats`); files of the others are left as they are.
    var formats: Set<PackFormat> = PackFormat.all

    /// What makes the PDFs (`--pdf-engine`, else $TENDERPACK_PDF_ENGINE, else WeasyPrint).
    var pdfEngine: PDFEngine = .chosen()

    /// PDF findings are reported under this id: the engine is missing or failed.
    static let pdfRuleID = "pdf.engine"

    /// The packs' files, the formats actually built (PDF drops out when there is no
    /// engine), and the PDF findings.
    struct Rendering {
        var packs: [[RenderedFile]]
        var built: Set<PackFormat>
        var findings: [Diagnostic] = []
        /// PDFs the engine failed on, by pack id: the old file, if any, is kept.
        var failed: [String: Set<String>] = [:]
    }

    func render(_ specifications: [Specification]) throws -> Rendering {
        let renderer = renderer
        let indexes = indexes
        var built = formats
        var findings: [Diagnostic] = []
        let engine = formats.contains(.pdf) ? pdfEngine.executable() : nil
        if formats.contains(.pdf) {
            if engine == nil {
                built.remove(.pdf)
                if pdfEngine != .none, !specifications.isEmpty {
                    findings.append(Diagnostic(
                        ruleID: Self.pdfRuleID, severity: .error, location: .start(of: displayFolder),
                        message: "PDFs not made: the PDF engine WeasyPrint (`weasyprint`) is not installed; install it "
                            + "(\(PDFEngine.weasyPrintInstall)), or leave the PDFs out (--pdf-engine none, or --formats "
                            + "without pdf); the other formats are built"))
                }
            }
        }
        let formats = built
        // Only what is asked for is rendered; the PDFs are made from the HTML.
        let rendered = engine == nil ? built : built.union([.html])
        let results = Parallel.map(specifications) { specification in
            Result { () throws -> ([RenderedFile], [String]) in
                let files = try renderer.render(specification, index: indexes[specification.file] ?? SpecificationIndex(specification),
                                                formats: rendered)
                var pdfs: [RenderedFile] = []
                var failures: [String] = []
                if let engine {
                    for page in files where PDFEngine.pdfPath(forHTML: page.path) != nil {
                        do {
                            pdfs += try renderer.pdfs(of: [page], executable: engine)
                        } catch let error as PDFEngineError {
                            failures.append(error.description)
                        }
                    }
                }
                return ((files + pdfs).filter { file in PackFormat.of(path: file.path).map(formats.contains) ?? true }, failures)
            }
        }
        var rendering = Rendering(packs: [], built: built)
        for (specification, result) in zip(specifications, results) {
            let (files, failures) = try result.get()
            rendering.packs.append(files)
            let id = specification.id.value
            for failure in failures {
                let page = String(failure.prefix { $0 != ":" })
                let pdf = PDFEngine.pdfPath(forHTML: page) ?? page
                rendering.failed[id, default: []].insert(pdf)
                findings.append(Diagnostic(ruleID: Self.pdfRuleID, severity: .error,
                                           location: .start(of: displayPath(id) + "/" + pdf),
                                           message: "not made: " + failure))
            }
        }
        rendering.findings = findings
        return rendering
    }

    /// The version manifest.json records (`TenderPackVersion.current`).
    var toolVersion = TenderPackVersion.current

    /// Pack `id`'s files as a build writes them: the rendered ones, those kept as they
    /// are (formats not built, PDFs the engine failed on), and manifest.json recording
    /// them all (and the pack's marker) with the specification and every template read.
    /// Taken from what is written, so a format added to the build is recorded with it.
    func packFiles(_ rendered: [RenderedFile], for specification: Specification, _ rendering: Rendering) throws -> [RenderedFile] {
        let id = specification.id.value
        let files = rendered.filter { $0.path != PackManifest.fileName } + (try keptFiles(id, rendering))
        guard let source = FileManager.default.contents(atPath: specification.file) else {
            throw PackWriter.WriteError.io(path: specification.file,
                                           reason: "cannot read the specification to record it in \(PackManifest.fileName)")
        }
        return try renderer.addingManifest(to: files, pack: id, specificationPath: specification.file,
                                           specification: source, toolVersion: toolVersion)
    }

    /// The files of the formats not built (and the PDFs the engine failed on), read
    /// from pack `id`'s folder (when a build made it), so that replacing the folder keeps them.
    private func keptFiles(_ id: String, _ rendering: Rendering) throws -> [RenderedFile] {
        let failed = rendering.failed[id] ?? []
        guard rendering.built != PackFormat.all || !failed.isEmpty else { return [] }
        let folder = outputFolder.appendingPathComponent(id, isDirectory: true)
        guard PackWriter.isMarked(folder, id: id) else { return [] }
        return try PackComparison.listFiles(in: folder).compactMap { path in
            guard let format = PackFormat.of(path: path), !rendering.built.contains(format) || failed.contains(path) else { return nil }
            do {
                return RenderedFile(path: path, data: try Data(contentsOf: folder.appendingPathComponent(path)))
            } catch {
                throw PackWriter.WriteError.io(path: folder.appendingPathComponent(path).path,
                                               reason: "cannot read the file to keep it: \(error.localizedDescription)")
            }
        }
    }

    /// Writes every pack holding the output folder's lock (a second build into the same
    /// folder waits, calling `waiting` first), after removing what killed builds left.
    func write(_ specifications: [Specification], progress: ((Int, Int, String) -> Void)?,
               waiting: () -> Void = {}) throws -> Outcome {
        let lock = try OutputLock(folder: outputFolder, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        let writer = PackWriter(outputFolder: outputFolder)
        writer.removeStaleStaging()
        let rendering = try render(specifications)
        var outcome = Outcome(findings: rendering.findings)
        for (index, (specification, files)) in zip(specifications, rendering.packs).enumerated() {
            let id = specification.id.value
            progress?(index + 1, specifications.count, id)
            let result = try writer.write(try packFiles(files, for: specification, rendering), pack: id)
            outcome.log.append("\(displayPath(id)): \(result.rawValue)")
            if result != .unchanged { outcome.changedLog.append(outcome.log[outcome.log.count - 1]) }
            outcome.written.append(result)
        }
        if removesOrphans {
            for orphan in orphanPacks(keeping: Set(specifications.map(\.id.value))) {
                try remove(orphan)
                outcome.log.append("\(displayPath(orphan)): removed (no specification)")
                outcome.changedLog.append(outcome.log[outcome.log.count - 1])
                outcome.removed += 1
            }
        }
        return outcome
    }

    func check(_ specifications: [Specification]) throws -> Outcome {
        let rendering = try render(specifications)
        var outcome = Outcome(findings: rendering.findings)
        for (specification, files) in zip(specifications, rendering.packs) {
            let id = specification.id.value
            let staleBefore = outcome.findings.count
            let folder = outputFolder.appendingPathComponent(id, isDirectory: true)
            var comparison = PackComparison.compare(try packFiles(files, for: specification, rendering), with: folder,
                                                    formats: rendering.built)
            let failed = rendering.failed[id] ?? []
            comparison.missing.removeAll(where: failed.contains)
            comparison.extra.removeAll(where: failed.contains)
            if FileManager.default.fileExists(atPath: folder.path), !PackWriter.isMarked(folder, id: id) {
                outcome.findings.append(stale(id, PackWriter.markerName, "is missing or names another specification"))
            }
            for file in comparison.stale { outcome.findings.append(stale(id, file, "is out of date")) }
            for file in comparison.missing { outcome.findings.append(stale(id, file, "is missing")) }
            for file in comparison.extra { outcome.findings.append(stale(id, file, "is not produced by the build")) }
            outcome.checked += 1
            if outcome.findings.count > staleBefore { outcome.stale.insert(id) }
        }
        if removesOrphans {
            for orphan in orphanPacks(keeping: Set(specifications.map(\.id.value))) {
                outcome.findings.append(Diagnostic(
                    ruleID: Self.staleRuleID, severity: .error, location: .start(of: displayPath(orphan)),
                    message: "pack has no specification in Specs/; run `tenderpack build` to remove it"))
                outcome.stale.insert(orphan)
            }
        }
        return outcome
    }

    private func stale(_ id: String, _ file: String, _ problem: String) -> Diagnostic {
        Diagnostic(ruleID: Self.staleRuleID, severity: .error, location: .start(of: displayPath(id) + "/" + file),
                   message: "\(problem); run `tenderpack build` and commit \(displayFolder)/")
    }

    private func displayPath(_ id: String) -> String {
        (displayFolder.hasSuffix("/") ? displayFolder : displayFolder + "/") + id
    }

    /// Pack folders a build made (their `.tenderpack` marker names them) whose
    /// specification is gone. Folders without the marker are never touched.
    private func orphanPacks(keeping ids: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && !ids.contains(name)
                && PackWriter.isMarked(outputFolder.appendingPathComponent(name, isDirectory: true), id: name)
        }.sorted()
    }

    /// Removes an orphan pack: renamed out of the way in one step (so it is there or
    /// gone, never half-deleted under its name), then deleted as unfinished output.
    private func remove(_ orphan: String) throws {
        let folder = outputFolder.appendingPathComponent(orphan, isDirectory: true)
        let doomed = outputFolder.appendingPathComponent(".tenderpack-new-removed-\(orphan)-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        try UnfinishedOutput.whileRegistered(doomed.path) {
            try UnfinishedOutput.step {
                guard rename(folder.path, doomed.path) == 0 else {
                    throw PackWriter.WriteError.io(path: folder.path, reason: "cannot remove: " + String(cString: strerror(errno)))
                }
            }
            try? FileManager.default.removeItem(at: doomed)
        }
    }
}
