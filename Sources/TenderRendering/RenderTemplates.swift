import Foundation
internal import XMLKit

/// What the renderer reads from `Templates/`: the stylesheet, the wording and the
/// schemas. Read and compiled once, then shared by every render (it is `Sendable`).
struct RenderTemplates: Sendable {
    static let stylesheetPath = "css/tender-pack.css"
    static let labelsPath = "labels/en-GB.json"
    static let tenderPackSchemaPath = "schema/tender-pack.xsd"
    static let outcomeScheduleSchemaPath = "schema/outcome-schedule.xsd"

    let stylesheet: String
    let labels: Labels
    let tenderPackSchema: XMLSchema
    let outcomeScheduleSchema: XMLSchema

    init(folder: URL) throws {
        func read(_ path: String) throws -> Data {
            let url = folder.appendingPathComponent(path)
            do {
                return try Data(contentsOf: url)
            } catch {
                throw RenderError.template(path: url.path, reason: "cannot read: \(error.localizedDescription)")
            }
        }
        func schema(_ path: String) throws -> XMLSchema {
            let url = folder.appendingPathComponent(path)
            do {
                return try XMLSchema(data: try read(path), url: url.path)
            } catch let error as XMLKitError {
                throw RenderError.template(path: url.path, reason: error.description)
            }
        }
        stylesheet = String(decoding: try read(Self.stylesheetPath), as: UTF8.self)
        labels = try Labels.load(try read(Self.labelsPath), path: folder.appendingPathComponent(Self.labelsPath).path)
        tenderPackSchema = try schema(Self.tenderPackSchemaPath)
        outcomeScheduleSchema = try schema(Self.outcomeScheduleSchemaPath)
    }
}
