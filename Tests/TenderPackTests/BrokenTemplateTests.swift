import Foundation
import Testing

/// Every schema the build and the diff read, broken so that it still compiles but no
/// longer accepts what TenderPack renders: the output is checked against it, so the
/// run fails, names the file, and writes nothing. (A schema that does not compile, a
/// broken stylesheet or broken labels are refused before rendering: see
/// HostileTemplateTests.)
@Suite("Broken schemas fail the run")
struct BrokenTemplateTests {
    /// Ids must now be upper case: every id TenderPack writes breaks the schema.
    static let idPattern = #"<xs:pattern value="[a-z0-9][a-z0-9\-]*"/>"#
    static let brokenIDPattern = #"<xs:pattern value="[A-Z]+"/>"#

    struct Case: Sendable, CustomTestStringConvertible {
        let schema: String
        let rendered: String
        var testDescription: String { "a broken \(schema) fails the build at \(rendered)" }
    }

    @Test(arguments: [Case(schema: "schema/outcome-schedule.xsd", rendered: "outcome-schedule.xml"),
                      Case(schema: "schema/tender-pack.xsd", rendered: "tender-pack.xml")])
    func brokenPackSchema(_ c: Case) throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = try FaultSupport.templatesCopy(in: root)
        let schema = templates.appendingPathComponent(c.schema)
        let text = try String(contentsOf: schema, encoding: .utf8)
        #expect(text.contains(Self.idPattern))
        try text.replacingOccurrences(of: Self.idPattern, with: Self.brokenIDPattern)
            .write(to: schema, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("out")
        let result = try FaultSupport.run(["build", TestSupport.specsURL.path, "--output", output.path,
                                           "--templates", templates.path], timeout: 120)
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("rendered \(c.rendered) is not valid against its schema"), "\(result)")
        let written = FileManager.default.enumerator(atPath: output.path)?.allObjects ?? []
        #expect(written.isEmpty, "something was written: \(written)")
    }

    @Test("a broken clarification-notice.xsd fails diff --format notice-xml and writes nothing")
    func brokenNoticeSchema() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = try FaultSupport.templatesCopy(in: root)
        let schema = templates.appendingPathComponent("schema/clarification-notice.xsd")
        let text = try String(contentsOf: schema, encoding: .utf8)
        let pattern = #"<xs:pattern value="[0-9a-f]{16}"/>"#
        #expect(text.contains(pattern))
        try text.replacingOccurrences(of: pattern, with: #"<xs:pattern value="[A-Z]{16}"/>"#)
            .write(to: schema, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("notice.xml")
        let specs = TestSupport.specsURL
        let result = try FaultSupport.run(["diff", specs.appendingPathComponent("norfolk-remodel-consultation-2013.yaml").path,
                                           specs.appendingPathComponent("norfolk-remodel-tender-2013.yaml").path,
                                           "--format", "notice-xml", "--templates", templates.path, "--output", output.path],
                                          timeout: 60)
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("not valid against its schema") && result.stderr.contains("fingerprint"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "something was written: \(result)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "\(hidden)")
    }
}
