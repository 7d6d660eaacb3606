import Foundation
import TenderDiff
import XMLKit

/// A diff in the format asked for, as bytes.
enum DiffRendering {
    struct SchemaUnavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func render(_ diff: SpecificationDiff, format: DiffFormat, colour: Bool, templates: URL) throws -> Data {
        switch format {
        case .text:
            return Data(DiffTextReport(colour: colour).render(diff).utf8)
        case .json:
            return Data(try DiffJSONReport(toolVersion: TenderPackVersion.current).render(diff).utf8)
        case .html:
            return try Redline().render(diff)
        case .notice:
            return try ClarificationNotice().html(diff)
        case .noticeXML:
            let url = templates.appendingPathComponent(ClarificationNotice.schemaPath)
            let schema: XMLSchema
            do {
                schema = try XMLSchema(contentsOf: url)
            } catch {
                throw SchemaUnavailable(description: "\(url.path): cannot read the clarification notice schema: \(error)")
            }
            return try ClarificationNotice().xml(diff, schema: schema)
        }
    }
}
