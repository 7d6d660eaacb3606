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

    static func render(_ diff: SpecificationDiff, format: DiffFormat, colour: Bool, templates: TemplateSet,
                       full: Bool = false) throws -> Data {
        /// Runs a template read, turning its errors into this type's (66 or 78).
        func template<T>(_ what: String, _ body: () throws -> T) throws -> T {
            do {
                return try body()
            } catch RenderError.invalidTemplate(let problem) {
                throw TemplateInvalid(problem: problem)
            } catch RenderError.template(let path, let reason) {
                throw TemplateUnavailable(description: "\(path): \(what): \(reason)")
            }
        }
        func stylesheet() throws -> String {
            try template("cannot use the redline and notice stylesheet") { try templates.stylesheet(DiffHTML.stylesheetPath) }
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
            let schema = try template("cannot use the clarification notice schema") {
                try templates.schema(ClarificationNotice.schemaPath)
            }
            return try ClarificationNotice.xml(diff, schema: schema)
        }
    }
}
