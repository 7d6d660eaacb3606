import Foundation
import Testing

/// Every template `build` reads, broken in an override folder (`--templates`): the build
/// names the file with a `template.*` finding, exits 78 and writes nothing — not even
/// the packs whose rendering would not touch that template. (BrokenTemplateTests covers
/// schemas that still compile but reject the output; BrokenODFSchemaTests the ODF
/// schemas' content; this covers each file being unusable at all.)
struct BrokenTemplateCopyTests {
    /// The templates `build` reads, with a broken copy of each: a stylesheet that would
    /// end the page's `<style>`, labels that are not JSON, schemas that are not XML.
    static let cases: [(path: String, broken: String)] = [
        ("css/tender-pack.css", "p { color: black; }\n</style><script>alert(1)</script>\n"),
        ("css/pdf.css", "@page { size: A4; }\n</style>\n"),
        ("labels/en-GB.json", "{\"skip.link\": \n"),
        ("schema/tender-pack.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element\n"),
        ("schema/outcome-schedule.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element\n"),
        ("schema/odf-1.3/OpenDocument-v1.3-schema.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start\n"),
        ("schema/odf-1.3/OpenDocument-v1.3-manifest-schema.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start\n"),
    ]

    @Test(arguments: cases.map(\.path))
    func aBrokenCopyIsNamedAndNothingIsWritten(_ path: String) throws {
        let broken = try #require(Self.cases.first { $0.path == path }?.broken)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tenderpack-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("Templates")
        let file = templates.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(broken.utf8).write(to: file)
        let output = root.appendingPathComponent("out")
        let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path
        let result = try TestSupport.runTenderpack(["build", spec, "--output", output.path, "--templates", templates.path],
                                                   environment: ["TENDERPACK_PDF_ENGINE": "none"])
        #expect(result.status == 78, "\(path): \(result)")
        #expect(result.stderr.contains(path) && result.stderr.contains("[template."), "\(path): \(result)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        #expect(written.isEmpty, "\(path): the build wrote \(written)")
    }
}
