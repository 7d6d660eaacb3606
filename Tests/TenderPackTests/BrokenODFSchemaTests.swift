import Foundation
import Testing

/// The ODF 1.3 RELAX NG schemas, changed so that they still compile but no longer accept
/// what TenderPack writes: every ODT part is validated before anything is written, so
/// the build fails naming the part, and the output folder stays empty.
@Suite("Broken ODF schemas fail the build")
struct BrokenODFSchemaTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let schema: String
        let original: String
        let broken: String
        let part: String
        var testDescription: String { "a broken \(schema) fails the build at \(part)" }
    }

    @Test(arguments: [
        Case(schema: "schema/odf-1.3/OpenDocument-v1.3-manifest-schema.rng",
             original: #"<rng:attribute name="manifest:full-path">"#, broken: #"<rng:attribute name="manifest:whole-path">"#,
             part: "META-INF/manifest.xml"),
        Case(schema: "schema/odf-1.3/OpenDocument-v1.3-schema.rng",
             original: #"<rng:element name="text:h">"#, broken: #"<rng:element name="text:heading">"#, part: "content.xml"),
    ])
    func brokenODFSchema(_ c: Case) throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = try FaultSupport.templatesCopy(in: root)
        let schema = templates.appendingPathComponent(c.schema)
        let text = try String(contentsOf: schema, encoding: .utf8)
        #expect(text.components(separatedBy: c.original).count == 2, "the schema holds \(c.original) once")
        try text.replacingOccurrences(of: c.original, with: c.broken).write(to: schema, atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("out")
        let result = try FaultSupport.run(["build", TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path,
                                           "--output", output.path, "--templates", templates.path], timeout: 120)
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("(\(c.part), ODF 1.3) is not valid against its schema"), "\(result)")
        let written = FileManager.default.enumerator(atPath: output.path)?.allObjects ?? []
        #expect(written.isEmpty, "something was written: \(written)")
    }
}
