import Foundation
import Testing
import TenderRendering
import TenderValidation

/// Output/ is committed so that reviewers see rendered changes in every commit; this
/// fails when it no longer matches what `tenderpack build` renders from Specs/.
@Suite(.serialized) struct OutputUpToDateTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func committedOutputMatchesTheSpecs() throws {
        let report = try ValidationRun.run(paths: [Self.root.appendingPathComponent("Specs").path])
        let renderer = try TenderPackRenderer(templates: Self.root.appendingPathComponent("Templates", isDirectory: true))
        let output = Self.root.appendingPathComponent("Output", isDirectory: true)
        #expect(report.cleanSpecifications.count == report.files.count)
        var problems: [String] = []
        for specification in report.cleanSpecifications {
            let id = specification.id.value
            // PDFs are judged in PDFTests (making them all takes a minute).
            let rendered = try renderer.render(specification)
            let folder = output.appendingPathComponent(id, isDirectory: true)
            let comparison = PackComparison.compare(rendered, with: folder, formats: PackFormat.all.subtracting([.pdf]))
            problems += comparison.stale.map { "\(id)/\($0) is stale" }
            problems += comparison.missing.map { "\(id)/\($0) is missing" }
            problems += comparison.extra.filter { $0 != PackManifest.fileName }.map { "\(id)/\($0) is extra" }
            // The manifest records every rendered file with its digest (BuildCommandTests
            // compares the whole manifest with a fresh build's).
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(PackManifest.fileName).path),
               let manifest = try? PackManifest.decode(data) {
                let recorded = Dictionary(manifest.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
                for file in rendered where recorded[file.path] != PackManifest.sha256(file.data) {
                    problems.append("\(id)/\(PackManifest.fileName) records \(file.path) wrongly")
                }
            } else {
                problems.append("\(id)/\(PackManifest.fileName) is missing or unreadable")
            }
            if !PackWriter.isMarked(output.appendingPathComponent(id, isDirectory: true), id: id) {
                problems.append("\(id)/\(PackWriter.markerName) is missing or wrong")
            }
        }
        let packs = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }
        let ids = Set(report.cleanSpecifications.map(\.id.value))
        problems += packs.filter { !ids.contains($0) }.map { "\($0)/ has no specification" }
        #expect(problems.isEmpty, "Output/ is out of date; run `swift run tenderpack build`: \(problems)")
    }
}
