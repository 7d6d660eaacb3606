import Foundation
import TenderDiff
import TenderRendering
import XMLKit

/// A diff in the format asked for, as bytes.
enum DiffRendering {
    /// A template the format needs (the notice's schema, the stylesheet) cannot be read.
    struct TemplateUnavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// A template the format needs is there but unusable (exit 78).
    struct TemplateInvalid: Error, CustomStringConvertible {
        var problem: TemplateProblem
        var description: String { problem.description }
    }

    static func render(_ diff: SpecificationDiff, format: DiffFormat, colour: Bool, templates: URL,
                       full: Bool = false) throws -> Data {
        func stylesheet() throws -> String {
            let url = templates.appendingPathComponent(DiffHTML.stylesheetPath)
            let data: Data
            do {
                data = try ConfinedFile.read(url.path, inside: templates.path)
            } catch {
                if error.kind == .refused {
                    throw TemplateInvalid(problem: TemplateProblem(id: "template.file", path: url.path, message: error.reason))
                }
                throw TemplateUnavailable(description: "\(url.path): cannot read the redline and notice stylesheet: \(error.reason)")
            }
            do {
                return try TemplateText.stylesheet(data, path: url.path)
            } catch {
                throw TemplateInvalid(problem: error)
            }
        }
        switch format {
        case .text:
            return Data(DiffTextReport(colour: colour).render(diff).utf8)
        case .json:
            return Data(try DiffJSONReport(toolVersion: TenderPackVersion.current).render(diff).utf8)
        case .html:
            return try Redline(stylesheet: stylesheet(), full: full).render(diff)
        case .notice:
            return try ClarificationNotice(stylesheet: stylesheet()).html(diff)
        case .ocds, .sarif, .junit, .github:
            // Written by DiffCommand, which has both specifications (OCDSAmendment, DiffFindings).
            preconditionFailure("diff --format \(format.rawValue) is rendered from the specifications, not the diff alone")
        case .noticeXML:
            let url = templates.appendingPathComponent(ClarificationNotice.schemaPath)
            let schema: XMLSchema
            let data: Data
            do {
                data = try ConfinedFile.read(url.path, inside: templates.path)
            } catch {
                if error.kind == .refused {
                    throw TemplateInvalid(problem: TemplateProblem(id: "template.file", path: url.path, message: error.reason))
                }
                throw TemplateUnavailable(description: "\(url.path): cannot read the clarification notice schema: \(error.reason)")
            }
            do {
                schema = try XMLSchema(data: data, url: url.path, includesUnder: templates)
            } catch let error as XMLKitError {
                let first = error.issues.first
                throw TemplateInvalid(problem: TemplateProblem(
                    id: "template.schema", path: url.path, line: first?.line ?? 0, column: first?.column ?? 0,
                    message: error.issues.isEmpty ? error.description : error.issues.map(\.message).joined(separator: "; ")))
            }
            return try ClarificationNotice.xml(diff, schema: schema)
        }
    }
}
