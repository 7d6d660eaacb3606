import Foundation
internal import XMLKit

/// What the renderer reads from `Templates/`: the stylesheet, the wording and the
/// schemas. Read and compiled once, then shared by every render (it is `Sendable`).
struct RenderTemplates: Sendable {
    static let stylesheetPath = "css/tender-pack.css"
    /// What only the PDF engine reads (running header, contents page numbers, fonts).
    static let pdfStylesheetPath = "css/pdf.css"
    static let labelsPath = "labels/en-GB.json"
    static let tenderPackSchemaPath = "schema/tender-pack.xsd"
    static let outcomeScheduleSchemaPath = "schema/outcome-schedule.xsd"

    let stylesheet: String
    let pdfStylesheet: String
    let labels: Labels
    let tenderPackSchema: XMLSchema
    let outcomeScheduleSchema: XMLSchema
    /// The ODF 1.3 RELAX NG schemas every ODT part is validated against; nil when the
    /// renderer was made for a build without ODT (`odf()` compiles them then, if asked).
    let odfSchemas: ODFSchemas?
    /// The two RELAX NG files as read: bytes and how messages name them.
    private let odfSources: (document: (Data, String), manifest: (Data, String))
    /// The bytes of every template read, by path inside the templates folder (for the
    /// pack's manifest.json), whether it came from the override folder or is built in.
    let sources: [String: Data]

    /// Reads the templates from `folder` over the built-ins (see `TemplateSet`).
    init(folder: URL) throws {
        try self.init(source: TemplateSet(overriding: folder))
    }

    /// The compiled ODF schemas: those compiled when the templates were read, else
    /// compiled now (once per process for the same bytes; see `ODFSchemas`).
    func odf() throws -> ODFSchemas {
        if let odfSchemas { return odfSchemas }
        return try Self.compileODF(odfSources.document, odfSources.manifest)
    }

    /// Compiling the main ODF schema is about 1.3 billion instructions (three quarters of a
    /// whole Norfolk build with every format), so it happens only when ODT is built.
    private static func compileODF(_ document: (Data, String), _ manifest: (Data, String)) throws -> ODFSchemas {
        do {
            return try ODFSchemas(documentData: document.0, documentURL: document.1,
                                  manifestData: manifest.0, manifestURL: manifest.1)
        } catch let error as XMLKitError {
            let first = error.issues.first
            throw RenderError.invalidTemplate(TemplateProblem(
                id: "template.schema", path: first?.file ?? document.1, line: first?.line ?? 0, column: first?.column ?? 0,
                message: error.issues.isEmpty ? error.description : error.issues.map(\.message).joined(separator: "; ")))
        }
    }

    /// Reads every template through `source`: an override folder's file when it has one
    /// at that path, else the built-in copy embedded in the binary.
    /// `compilesODF`: compile the ODF RELAX NG schemas now (a build that makes ODT files),
    /// so that a broken override schema stops the run before any specification is read.
    /// Their bytes are read either way (the pack's manifest.json records every template).
    init(source: TemplateSet, compilesODF: Bool = true) throws {
        try source.checkFolder()
        // Each template is read once, and its bytes kept for the pack's manifest.json.
        // Every override is a regular file inside its folder (no FIFO, device, or symlink
        // out of it); schemas include only from inside it and never touch the network.
        var sources: [String: Data] = [:]
        func read(_ path: String) throws -> TemplateSet.File {
            let file = try source.read(path)
            sources[path] = file.data
            return file
        }
        stylesheet = try source.stylesheet(read(Self.stylesheetPath))
        pdfStylesheet = try source.stylesheet(read(Self.pdfStylesheetPath))
        let labelsFile = try read(Self.labelsPath)
        labels = try Labels.load(labelsFile.data, path: labelsFile.displayPath)
        tenderPackSchema = try source.schema(read(Self.tenderPackSchemaPath))
        outcomeScheduleSchema = try source.schema(read(Self.outcomeScheduleSchemaPath))
        func relaxNG(_ path: String) throws -> (Data, String) {
            let file = try read(path)
            return (file.data, file.displayPath)
        }
        odfSources = (try relaxNG(ODFSchemas.documentPath), try relaxNG(ODFSchemas.manifestPath))
        odfSchemas = compilesODF ? try Self.compileODF(odfSources.document, odfSources.manifest) : nil
        self.sources = sources
    }
}
