public import Foundation
public import TenderModel
internal import XMLKit
internal import TenderDocument
internal import TenderOpenData

/// Renders a valid specification into the files of its tender pack, in memory.
///
/// Create one per build (it reads and compiles `Templates/` once) and call `render`
/// for each specification; it is `Sendable`, so packs may render on several threads.
/// Rendering never writes files: hand the result to `PackWriter`.
public struct TenderPackRenderer: Sendable {
    /// The files of a pack, in the order `render` returns them.
    public static let fileNames = ["tender-pack.xml", "outcome-schedule.xml", "tender-pack.html", "outcome-schedule.html"]
        + wordProcessingFileNames

    /// Packs of specifications at `tender` (and recorded `awarded`) status also hold
    /// the OCDS release (`ocds-release.json`, see `Docs/OCDSMapping.md`).
    public static let releaseFileName = "ocds-release.json"

    /// The files of `spec`'s pack, in the order `render` returns them.
    public static func fileNames(for spec: Specification) -> [String] {
        OCDSRelease.isPublished(spec) ? fileNames + [releaseFileName] : fileNames
    }

    /// The prefix of the OCDS `ocid` (`ocds-tenderpack-` unless set: `build --ocid-prefix`).
    public var ocidPrefix = "ocds-tenderpack-"

    let templates: RenderTemplates

    /// Templates/css/pdf.css: added to each page when its PDF is made (see `PDFEngine`).
    var pdfStylesheet: String { templates.pdfStylesheet }

    /// Every template file the renderer read, by path inside the templates folder, with
    /// its bytes: what a pack's manifest.json records.
    public var templateFiles: [String: Data] { templates.sources }

    /// Reads the stylesheet, labels and schemas: each from the `templates` folder when
    /// it has that file, else the built-in copy (see `TemplateSet`).
    public init(templates: URL) throws {
        self.templates = try RenderTemplates(folder: templates)
    }

    /// Reads the stylesheet, labels and schemas through `templates`.
    public init(templates: TemplateSet) throws {
        self.templates = try RenderTemplates(source: templates)
    }

    /// Reads the templates for a build of `formats` only: the ODF RELAX NG schemas are
    /// compiled only when `formats` holds ODT (they are still read, and recorded in each
    /// manifest.json). Rendering ODT with this renderer compiles them then.
    public init(templates: TemplateSet, formats: Set<PackFormat>) throws {
        self.templates = try RenderTemplates(source: templates, compilesODF: formats.contains(.odt))
    }

    /// The pack of `spec`: XML validated against its schema, then the HTML.
    ///
    /// - Throws: `RenderError.schemaInvalid` if the XML breaks its own schema (a bug,
    ///   never the specification's fault), `RenderError.serialisation` if libxml2 fails.
    public func render(_ spec: Specification) throws -> [RenderedFile] {
        try render(spec, index: SpecificationIndex(spec))
    }

    /// The pack of the indexed specification: pass the index validation built, so the
    /// specification is indexed (and its values walked) once per build.
    public func render(_ spec: Specification, index: SpecificationIndex) throws -> [RenderedFile] {
        try render(spec, index: index, formats: PackFormat.all)
    }

    /// The files of `formats` only (PDF is not rendered here: see `pdfs(of:executable:)`),
    /// in the order `render` returns them; what is not asked for is not computed (a build
    /// of `--formats xml,html` builds no ODT or DOCX and compiles no ODF schema).
    public func render(_ spec: Specification, index: SpecificationIndex, formats: Set<PackFormat>) throws -> [RenderedFile] {
        let schedule = OutcomeSchedule(spec: spec, index: index)
        var files: [RenderedFile] = []
        if formats.contains(.xml) {
            let packXML = TenderPackXML(spec: spec, index: index).document()
            try check(packXML, against: templates.tenderPackSchema, file: "tender-pack.xml")
            let scheduleXML = OutcomeScheduleXML(schedule: schedule).document()
            try check(scheduleXML, against: templates.outcomeScheduleSchema, file: "outcome-schedule.xml")
            files += [
                RenderedFile(path: "tender-pack.xml", data: try serialise(packXML, file: "tender-pack.xml", html: false)),
                RenderedFile(path: "outcome-schedule.xml", data: try serialise(scheduleXML, file: "outcome-schedule.xml", html: false)),
            ]
        }
        // Each document is built once as a tree; the HTML, ODT and DOCX are written from it.
        if !formats.isDisjoint(with: [.html, .odt, .docx]) {
            let wording = templates.labels.wording
            let packTree = PackDocuments.tenderPack(spec, index: index, wording: wording)
            let scheduleTree = PackDocuments.outcomeSchedule(schedule, wording: wording)
            if formats.contains(.html) {
                files += [
                    RenderedFile(path: "tender-pack.html",
                                 data: try serialise(html(packTree), file: "tender-pack.html", html: true)),
                    RenderedFile(path: "outcome-schedule.html",
                                 data: try serialise(html(scheduleTree), file: "outcome-schedule.html", html: true)),
                ]
            }
            files += try wordProcessingFiles(tenderPack: packTree, outcomeSchedule: scheduleTree,
                                             odt: formats.contains(.odt), docx: formats.contains(.docx))
        }
        if formats.contains(.ocds), OCDSRelease.isPublished(spec), let package = OCDSRelease(spec, prefix: ocidPrefix).package() {
            files.append(RenderedFile(path: Self.releaseFileName, data: package.data))
        }
        return files
    }

    /// The HTML of a document tree, with the template stylesheet.
    private func html(_ tree: Document) -> XMLDocument {
        DocumentHTML(tree: tree, stylesheet: templates.stylesheet, labels: templates.labels).document()
    }

    private func check(_ document: XMLDocument, against schema: XMLSchema, file: String) throws {
        let issues = schema.validate(document)
        if !issues.isEmpty { throw RenderError.schemaInvalid(file: file, messages: issues.map(\.description)) }
    }

    private func serialise(_ document: XMLDocument, file: String, html: Bool) throws -> Data {
        do {
            return html ? try document.htmlData() : try document.xmlData()
        } catch {
            throw RenderError.serialisation(file: file, reason: "\(error)")
        }
    }
}
