import Foundation
import Testing
import TenderModel
@testable import TenderRendering
import XMLKit

/// Rendering packs from the repository's specifications and from hostile variants.
@Suite(.serialized)
struct RenderingTests {
    static let hostile = "<script>alert('x')</script> & \"quoted\" 'single' ]]> \u{202E}evil\u{202C} <![CDATA[x]]> &amp;"

    func render(_ spec: Specification) throws -> [String: Data] {
        let files = try RenderingSupport.renderer().render(spec)
        #expect(files.map(\.path) == TenderPackRenderer.fileNames(for: spec))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }

    func text(_ data: Data?) -> String { String(decoding: data ?? Data(), as: UTF8.self) }

    static func hostileSpec() throws -> Specification {
        var spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        spec.title.value = hostile
        spec.background[0].value = hostile
        spec.partners[0].name.value = hostile
        spec.lots[0].title.value = hostile
        spec.lots[0].requirements[0].text.value = hostile
        spec.lots[0].kpis[0].indicator.value = hostile
        spec.lots[1].summary?.value = hostile
        spec.howToRespond[0].value = hostile
        return spec
    }

    @Test func hostileTextIsTextInXMLAndHTML() throws {
        let files = try render(try Self.hostileSpec())
        for (path, data) in files where !path.hasSuffix(".json") {
            let output = text(data)
            #expect(!output.contains("<script>"), "raw <script> in \(path)")
            #expect(!output.contains("]]>"), "raw ]]> in \(path)")
            #expect(!output.contains("<![CDATA["), "raw CDATA in \(path)")
            #expect(output.contains("&lt;script&gt;"), "escaped script missing in \(path)")
            #expect(output.contains("\u{202E}evil"), "bidi override not kept as a character in \(path)")
        }
        // The OCDS release (JSON, not markup) reads back as exactly the title the spec holds.
        let release = try JSONSerialization.jsonObject(with: files["ocds-release.json"] ?? Data()) as? [String: Any]
        let releaseTender = ((release?["releases"] as? [[String: Any]])?.first?["tender"]) as? [String: Any]
        #expect(releaseTender?["title"] as? String == Self.hostile)
        // The XML reads back as exactly the text the spec holds.
        let pack = try XMLDocument(parsing: files["tender-pack.xml"] ?? Data())
        let title = pack.root.children.first { $0.name == "title" }
        #expect(title?.textContent == Self.hostile)
        let requirement = pack.root.descendants(named: "requirement").first
        #expect(requirement?.children.first { $0.name == "text" }?.textContent == Self.hostile)
        #expect(pack.root.descendants(named: "paragraph").contains { $0.textContent == Self.hostile })
    }

    @Test func hostileTextIsTextInThePathwayDiagram() throws {
        guard let name = RenderingSupport.specFiles().first(where: { (try? RenderingSupport.loadSpec(named: $0))?.stages.isEmpty == false }) else {
            Issue.record("no staged specification under Specs/")
            return
        }
        var spec = try RenderingSupport.loadSpec(named: name)
        spec.stages[0].name.value = Self.hostile
        if let note = spec.stages[0].entryRoutes[0].note { spec.stages[0].entryRoutes[0].note = note.map { _ in Self.hostile } }
        let html = text(try render(spec)["tender-pack.html"])
        #expect(!html.contains("<script>"))
        #expect(!html.contains("]]>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test(arguments: RenderingSupport.specFiles())
    func everyPackIsSchemaValidAndDeterministic(_ name: String) throws {
        let spec = try RenderingSupport.loadSpec(named: name)
        let first = try render(spec)
        let second = try render(spec)
        #expect(first == second, "rendering \(name) twice differs")
        let packSchema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent("schema/tender-pack.xsd"))
        let scheduleSchema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent("schema/outcome-schedule.xsd"))
        #expect(try packSchema.validate(data: first["tender-pack.xml"] ?? Data()).isEmpty)
        #expect(try scheduleSchema.validate(data: first["outcome-schedule.xml"] ?? Data()).isEmpty)
        for name in ["tender-pack.html", "outcome-schedule.html"] {
            try checkHTMLStructure(text(first[name]), file: name)
        }
    }

    /// The accessibility structure the Nu checker does not check: one h1, headings in
    /// order, scoped table headers, a working skip link.
    func checkHTMLStructure(_ html: String, file: String) throws {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(file)")
        #expect(html.contains("<meta charset=\"utf-8\">"), "\(file)")
        let headings = html.matches(of: try Regex("<h[1-6][ >]"))
        let levels = headings.compactMap { Int(html[$0.range].dropFirst(2).prefix(1)) }
        #expect(levels.filter { $0 == 1 }.count == 1, "\(file): exactly one h1")
        #expect(levels.first == 1, "\(file): h1 first")
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "\(file): heading jumps from h\(previous) to h\(next)")
        }
        #expect(!html.contains("<th>"), "\(file): a th without scope")
        #expect(html.contains("href=\"#main\""), "\(file): skip link")
        #expect(html.contains("<main id=\"main\">"), "\(file): skip link target")
        #expect(!html.contains("&eacute;"), "\(file): entities instead of UTF-8")
    }

    @Test func tenderPackHasTheInvitationAndEachLot() throws {
        let spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let html = text(try render(spec)["tender-pack.html"])
        for id in ["buying", "background", "current-and-new", "timeline", "how-to-respond", "evaluation", "contract",
                   "lot-low-level-support", "lot-complex-needs-support", "sources"] {
            #expect(html.contains("id=\"\(id)\""), "missing section \(id)")
        }
        // Requirements are clauses of their section: lot 2 is part 3, its requirements 3.10.
        #expect(html.contains("<th scope=\"row\">3.10.3</th>"))
        // The contract value is invented: a dagger follows it, with words for screen readers.
        #expect(html.contains("£1,500,000<sup class=\"illustrative-mark\">†<span class=\"visually-hidden\"> (illustrative)</span></sup>"))
        #expect(html.contains("class=\"legend\""))
        // Current services map to the lots that absorb them.
        #expect(html.contains("Absorbed into <a href=\"#lot-complex-needs-support\">"))
    }

    @Test func stagedModelHasAPathwayDiagram() throws {
        let names = RenderingSupport.specFiles()
        var foundStaged = false
        for name in names {
            let spec = try RenderingSupport.loadSpec(named: name)
            guard !spec.stages.isEmpty else { continue }
            foundStaged = true
            let html = text(try render(spec)["tender-pack.html"])
            #expect(html.contains("<svg class=\"pathway-diagram\""))
            for stage in spec.stages {
                #expect(html.contains("id=\"pathway-svg-stage-\(stage.id.value)\""))
                #expect(html.contains("id=\"stage-\(stage.id.value)\""))
            }
            #expect(html.contains("marker-end=\"url(#pathway-arrow)\""))
        }
        #expect(foundStaged, "no staged specification under Specs/")
    }

    @Test func outcomeScheduleListsEveryKPI() throws {
        let spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let files = try render(spec)
        let schedule = try XMLDocument(parsing: files["outcome-schedule.xml"] ?? Data())
        let measures = schedule.root.descendants(named: "measure").compactMap { $0.attribute("kpi") }
        #expect(measures.sorted() == spec.lots.flatMap { $0.kpis.map(\.id.value) }.sorted())
        let html = text(files["outcome-schedule.html"])
        for column in ["Outcome", "Indicator", "Unit", "Target", "Frequency", "Evidence", "Lot"] {
            #expect(html.contains("<th scope=\"col\">\(column)</th>"))
        }
    }

    @Test func labelsTemplateListsEveryLabel() throws {
        let data = try Data(contentsOf: RenderingSupport.templates.appendingPathComponent("labels/en-GB.json"))
        let labels = try JSONDecoder().decode([String: String].self, from: data)
        #expect(Set(labels.keys) == Set(Labels.defaults.keys))
    }

    @Test func brokenTemplatesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RenderingSupport.templates, to: folder)
        // A schema that no pack satisfies: rendering must fail loudly, not write.
        let strict = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tenderpack:tender-pack:1">
              <xs:element name="somethingElse"/>
            </xs:schema>
            """
        try Data(strict.utf8).write(to: folder.appendingPathComponent("schema/tender-pack.xsd"))
        let renderer = try TenderPackRenderer(templates: folder)
        let spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        #expect(throws: RenderError.self) { _ = try renderer.render(spec) }

        try Data("{\"no.such.label\": \"x\"}".utf8).write(to: folder.appendingPathComponent("labels/en-GB.json"))
        #expect(throws: RenderError.self) { _ = try TenderPackRenderer(templates: folder) }
    }

    @Test func relabellingComesFromTemplates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: RenderingSupport.templates, to: folder)
        try Data("{\"lot.requirements\": \"What the provider must do\"}".utf8)
            .write(to: folder.appendingPathComponent("labels/en-GB.json"))
        try Data("body { color: rebeccapurple; }".utf8).write(to: folder.appendingPathComponent("css/tender-pack.css"))
        let spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let files = try TenderPackRenderer(templates: folder).render(spec)
        let html = text(files.first { $0.path == "tender-pack.html" }?.data)
        #expect(html.contains("</span> What the provider must do</h3>"))
        #expect(html.contains("body { color: rebeccapurple; }"))
    }
}
