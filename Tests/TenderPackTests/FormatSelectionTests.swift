import Foundation
import Testing
import TenderRendering

/// `build --formats`: a build writes and checks only the formats asked for, and leaves
/// the files of the others in the pack folder as they are.
struct FormatSelectionTests {
    static let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path

    @Test("--formats xml writes only the XML; a later --formats html keeps it and adds the HTML")
    func buildsOnlyTheChosenFormats() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let pack = output.appendingPathComponent("staged-model")
        var result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--formats", "xml"])
        #expect(result.status == 0, "\(result)")
        #expect(PackComparisonFiles.list(pack) == ["manifest.json", "outcome-schedule.xml", "tender-pack.xml"])

        // An XML file changed by hand: a build of the HTML neither checks nor replaces it.
        let xml = pack.appendingPathComponent("outcome-schedule.xml")
        try Data("edited\n".utf8).write(to: xml)
        result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--formats", "HTML, html"])
        #expect(result.status == 0, "\(result)")
        #expect(PackComparisonFiles.list(pack)
                    == ["manifest.json", "outcome-schedule.html", "outcome-schedule.xml", "tender-pack.html", "tender-pack.xml"])
        #expect(try Data(contentsOf: xml) == Data("edited\n".utf8))

        result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--check", "--formats", "html"])
        #expect(result.status == 0, "\(result)")
        result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--check", "--formats", "xml"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("staged-model/outcome-schedule.xml:1:1: error: is out of date"), "\(result)")
        #expect(!result.stdout.contains(".html"), "\(result)")

        result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--formats", "all"])
        #expect(result.status == 0, "\(result)")
        result = try TestSupport.runTenderpack(["build", Self.spec, "--output", output.path, "--check"])
        #expect(result.status == 0, "\(result)")
    }

    @Test("an unknown or empty name in --formats is a usage error naming the choices", arguments: ["docs", "html,,xml", ""])
    func refusesUnknownFormats(list: String) throws {
        let result = try TestSupport.runTenderpack(["build", Self.spec, "--check", "--formats", list])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--formats:") && result.stderr.contains("choose from xml, html, ocds"), "\(result)")
    }

    @Test func formatsFollowFromFileNames() throws {
        #expect(PackFormat.of(path: "tender-pack.html") == .html)
        #expect(PackFormat.of(path: "ocds-release.json") == .ocds)
        #expect(PackFormat.of(path: ".tenderpack") == nil)
        #expect(PackFormat.of(path: "tender-pack.odt") == .odt)
        #expect(PackFormat.of(path: "outcome-schedule.docx") == .docx)
        #expect(try PackFormat.parse("all") == PackFormat.all)
    }
}

/// The files of a pack folder, without the marker.
enum PackComparisonFiles {
    static func list(_ folder: URL) -> [String] {
        PackComparison.listFiles(in: folder).filter { $0 != PackWriter.markerName }
    }
}
