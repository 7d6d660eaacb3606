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
    /// The ODF 1.3 RELAX NG schemas every ODT part is validated against.
    let odfSchemas: ODFSchemas
    /// The bytes of every template read, by path inside the templates folder (for the
    /// pack's manifest.json).
    let sources: [String: Data]

    init(folder: URL) throws {
        var sources: [String: Data] = [:]
        // Every template is a regular file inside the folder (no FIFO, device, or symlink
        // out of it); schemas include only from inside it and never touch the network.
        func read(_ path: String) throws -> Data {
            let url = folder.appendingPathComponent(path)
            do {
                let data = try ConfinedFile.read(url.path, inside: folder.path)
                sources[path] = data
                return data
            } catch {
                switch error.kind {
                case .unreadable: throw RenderError.template(path: url.path, reason: "cannot read: \(error.reason)")
                case .refused:
                    throw RenderError.invalidTemplate(TemplateProblem(id: "template.file", path: url.path, message: error.reason))
                }
            }
        }
        func schema(_ path: String) throws -> XMLSchema {
            let url = folder.appendingPathComponent(path)
            let data = try read(path)
            do {
                return try XMLSchema(data: data, url: url.path, includesUnder: folder)
            } catch let error as XMLKitError {
                let first = error.issues.first
                throw RenderError.invalidTemplate(TemplateProblem(
                    id: "template.schema", path: url.path, line: first?.line ?? 0, column: first?.column ?? 0,
                    message: error.issues.isEmpty ? error.description
                        : error.issues.map(\.message).joined(separator: "; ")))
            }
        }
        let stylesheetURL = folder.appendingPathComponent(Self.stylesheetPath)
        do {
            stylesheet = try TemplateText.stylesheet(try read(Self.stylesheetPath), path: stylesheetURL.path)
            pdfStylesheet = try TemplateText.stylesheet(try read(Self.pdfStylesheetPath),
                                                        path: folder.appendingPathComponent(Self.pdfStylesheetPath).path)
        } catch let problem as TemplateProblem {
            throw RenderError.invalidTemplate(problem)
        }
        labels = try Labels.load(try read(Self.labelsPath), path: folder.appendingPathComponent(Self.labelsPath).path)
        tenderPackSchema = try schema(Self.tenderPackSchemaPath)
        outcomeScheduleSchema = try schema(Self.outcomeScheduleSchemaPath)
        func relaxNG(_ path: String) throws -> (Data, String) { (try read(path), folder.appendingPathComponent(path).path) }
        let (documentRNG, documentURL) = try relaxNG(ODFSchemas.documentPath)
        let (manifestRNG, manifestURL) = try relaxNG(ODFSchemas.manifestPath)
        do {
            odfSchemas = try ODFSchemas(documentData: documentRNG, documentURL: documentURL,
                                        manifestData: manifestRNG, manifestURL: manifestURL)
        } catch let error as XMLKitError {
            let first = error.issues.first
            throw RenderError.invalidTemplate(TemplateProblem(
                id: "template.schema", path: first?.file ?? documentURL, line: first?.line ?? 0, column: first?.column ?? 0,
                message: error.issues.isEmpty ? error.description : error.issues.map(\.message).joined(separator: "; ")))
        }
        self.sources = sources
    }
}
