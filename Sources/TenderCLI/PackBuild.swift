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
    }

    /// Stale, missing and extra pack files are reported under this id.
    static let staleRuleID = "output.stale"

    let renderer: TenderPackRenderer
    let outputFolder: URL
    /// How messages name the output folder (as the user wrote it).
    let displayFolder: String
    /// Whether pack folders with no specification are stale (only when building all of Specs/).
    let removesOrphans: Bool

    func render(_ specifications: [Specification]) throws -> [[RenderedFile]] {
        let renderer = renderer
        return try Parallel.map(specifications) { specification in
            Result { try renderer.render(specification) }
        }.map { try $0.get() }
    }

    func write(_ specifications: [Specification], progress: ((Int, Int, String) -> Void)?) throws -> Outcome {
        let packs = try render(specifications)
        let writer = PackWriter(outputFolder: outputFolder)
        var outcome = Outcome()
        for (index, (specification, files)) in zip(specifications, packs).enumerated() {
            let id = specification.id.value
            progress?(index + 1, specifications.count, id)
            let result = try writer.write(files, pack: id)
            outcome.log.append("\(displayPath(id)): \(result.rawValue)")
        }
        if removesOrphans {
            for orphan in orphanPacks(keeping: Set(specifications.map(\.id.value))) {
                try FileManager.default.removeItem(at: outputFolder.appendingPathComponent(orphan))
                outcome.log.append("\(displayPath(orphan)): removed (no specification)")
            }
        }
        return outcome
    }

    func check(_ specifications: [Specification]) throws -> Outcome {
        let packs = try render(specifications)
        var outcome = Outcome()
        for (specification, files) in zip(specifications, packs) {
            let id = specification.id.value
            let comparison = PackComparison.compare(files, with: outputFolder.appendingPathComponent(id, isDirectory: true))
            for file in comparison.stale { outcome.findings.append(stale(id, file, "is out of date")) }
            for file in comparison.missing { outcome.findings.append(stale(id, file, "is missing")) }
            for file in comparison.extra { outcome.findings.append(stale(id, file, "is not produced by the build")) }
        }
        if removesOrphans {
            for orphan in orphanPacks(keeping: Set(specifications.map(\.id.value))) {
                outcome.findings.append(Diagnostic(
                    ruleID: Self.staleRuleID, severity: .error, location: .start(of: displayPath(orphan)),
                    message: "pack has no specification in Specs/; run `tenderpack build` to remove it"))
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

    /// Pack folders (holding a `tender-pack.xml`) whose specification is gone.
    private func orphanPacks(keeping ids: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && !ids.contains(name)
                && FileManager.default.fileExists(atPath: outputFolder.appendingPathComponent(name).appendingPathComponent("tender-pack.xml").path)
        }.sorted()
    }
}
