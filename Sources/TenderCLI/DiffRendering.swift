import Foundation
import TenderDiff
import XMLKit

/// A diff in the format asked for, as bytes.
enum DiffRendering {
    /// A template the format needs (the notice's schema, the stylesheet) cannot be read.
    struct TemplateUnavailable: Error, CustomStringConvertible {
        var description: String
    }

    static func render(_ diff: SpecificationDiff, format: DiffFormat, colour: Bool, templates: URL) throws -> Data {
        func stylesheet() throws -> String {
            let url = templates.appendingPathComponent(DiffHTML.stylesheetPath)
            do {
                return try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw TemplateUnavailable(description: "\(url.path): cannot read the redline and notice stylesheet")
            }
        }
        switch format {
        case .text:
            return Data(DiffTextReport(colour: colour).render(diff).utf8)
        case .json:
            return Data(try DiffJSONReport(toolVersion: TenderPackVersion.current).render(diff).utf8)
        case .html:
            return try Redline(stylesheet: stylesheet()).render(diff)
        case .notice:
            return try ClarificationNotice(stylesheet: stylesheet()).html(diff)
        case .noticeXML:
            let url = templates.appendingPathComponent(ClarificationNotice.schemaPath)
            let schema: XMLSchema
            do {
                schema = try XMLSchema(contentsOf: url)
            } catch {
                throw TemplateUnavailable(description: "\(url.path): cannot read the clarification notice schema: \(error)")
            }
            return try ClarificationNotice.xml(diff, schema: schema)
        }
    }
}
