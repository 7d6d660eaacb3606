import Foundation
import Testing
import TenderRendering

/// The Norfolk tender pack against golden files a person has read
/// (`Fixtures/Golden/<spec-id>/`). Re-record after an intended change with
/// `RECORD_SNAPSHOTS=1 swift test --filter RenderingGolden`, then read the diff before
/// committing. A missing golden file is recorded and the test fails.
@Suite(.serialized)
struct RenderingGoldenTests {
    static let goldenSpecs = ["norfolk-remodel-tender-2013.yaml"]

    static let goldenFolder = RenderingSupport.repository
        .appendingPathComponent("Tests/TenderPackTests/Fixtures/Golden")

    @Test(arguments: goldenSpecs)
    func packMatchesGoldenFiles(_ name: String) throws {
        let spec = try RenderingSupport.loadSpec(named: name)
        let files = try RenderingSupport.renderer().render(spec)
        let folder = Self.goldenFolder.appendingPathComponent(spec.id.value)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        // The ODT and DOCX are ZIP packages, not text a person can read: their parts are
        // judged by the ODF schemas and LibreOffice (ODTWriterTests, DOCXWriterTests,
        // LibreOfficeTests) and their bytes by the Output/ up-to-date test.
        for file in files where !file.path.hasSuffix(".odt") && !file.path.hasSuffix(".docx") {
            let url = folder.appendingPathComponent(file.path)
            guard !record, let golden = try? Data(contentsOf: url) else {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try file.data.write(to: url)
                Issue.record("recorded \(url.path); read it, then run the tests again")
                continue
            }
            if golden != file.data {
                let diff = Self.lineDiff(expected: golden, actual: file.data)
                Issue.record("\(spec.id.value)/\(file.path) differs from its golden file:\n\(diff)")
            }
        }
    }

    /// The first few differing lines, numbered, for a readable failure.
    static func lineDiff(expected: Data, actual: Data, limit: Int = 12) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < limit * 2 {
            let before = index < old.count ? old[index] : nil
            let after = index < new.count ? new[index] : nil
            guard before != after else { continue }
            if let before { lines.append("  \(index + 1) - \(before.prefix(200))") }
            if let after { lines.append("  \(index + 1) + \(after.prefix(200))") }
        }
        if old.count != new.count { lines.append("  (\(old.count) lines golden, \(new.count) lines now)") }
        return lines.joined(separator: "\n")
    }
}
