import Foundation
import Testing
import TenderModel
import TenderRendering
import TenderTemplates

/// A build renders only the formats asked for (`build --formats`): the files it makes
/// are byte for byte those of a build of every format, and the ODF schemas (three
/// quarters of a whole Norfolk build) are compiled only when ODT is built.
struct RenderFormatsTests {
    static let spec = "norfolk-remodel-tender-2013.yaml"

    @Test("rendering a subset of the formats gives exactly those files of the whole pack, unchanged")
    func subsetIsPartOfTheWhole() throws {
        let specification = try RenderingSupport.loadSpec(named: Self.spec)
        let index = SpecificationIndex(specification)
        let whole = try RenderingSupport.renderer().render(specification, index: index)
        for formats in [[PackFormat.xml, .html], [.docx, .ocds]] {
            let chosen = Set(formats)
            let renderer = try TenderPackRenderer(templates: TemplateSet(overriding: RenderingSupport.templates), formats: chosen)
            let subset = try renderer.render(specification, index: index, formats: chosen)
            let expected = whole.filter { PackFormat.of(path: $0.path).map(chosen.contains) ?? false }
            #expect(subset.map(\.path) == expected.map(\.path))
            #expect(subset.map(\.data) == expected.map(\.data))
            #expect(subset.count == formats.count * 2 - (formats.contains(.ocds) ? 1 : 0))
        }
    }

    @Test("a build without ODT neither needs nor compiles the ODF schema: a broken override of it does not stop --formats xml,html")
    func noODFSchemaWithoutODT() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("Templates")
        let schema = templates.appendingPathComponent("schema/odf-1.3")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        try Data("<grammar".utf8).write(to: schema.appendingPathComponent("OpenDocument-v1.3-schema.rng"))
        let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path
        let output = root.appendingPathComponent("out").path
        let partial = try TestSupport.runTenderpack(["build", spec, "--output", output, "--templates", templates.path,
                                                     "--formats", "xml,html"])
        #expect(partial.status == 0, "\(partial)")
        let whole = try TestSupport.runTenderpack(["build", spec, "--output", output, "--templates", templates.path,
                                                   "--formats", "odt", "--pdf-engine", "none"])
        #expect(whole.status == 78, "\(whole)")
    }
}

/// The built-in templates' digests, computed when the package is built
/// (Plugins/EmbedTemplates/embed-templates.sh) so that manifests need not hash them.
struct BuiltInTemplateDigestTests {
    @Test("every built-in template's recorded SHA-256 is the SHA-256 of its bytes")
    func digestsMatchTheBytes() throws {
        #expect(!TemplateSet.paths.isEmpty)
        for path in TemplateSet.paths {
            let data = try #require(TemplateSet.builtInData(path))
            #expect(BuiltInTemplates.sha256(path) == PackManifest.sha256(data), "\(path)")
        }
    }
}
