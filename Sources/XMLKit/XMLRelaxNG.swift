import Foundation
internal import CLibXML2

/// A compiled RELAX NG schema (XML syntax), such as the OASIS ODF 1.3 schema.
///
/// Compile once and share: the ODF schema is large (about 18,000 lines; compiling it
/// takes a noticeable fraction of a second), and each validation makes its own context.
/// libxml2 does not promise that one compiled RELAX NG grammar may validate on several
/// threads at once, so validations of one schema take turns.
public final class XMLRelaxNG: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()
    /// Where the schema came from, for messages.
    public let url: String?

    /// Compiles a schema from its text. Nothing outside `data` is read: an
    /// `externalRef` or `include` is refused (XMLKit's loader opens no files for it),
    /// and the schema then fails to compile with libxml2's message.
    public init(data: Data, url: String? = nil) throws {
        let source: XMLDocument
        do {
            source = try XMLDocument(parsing: data, url: url)
        } catch let error as XMLKitError {
            throw XMLKitError.schemaCompilation(error.issues)
        }
        if source.hasDoctype {
            throw XMLKitError.refused([XMLIssue(
                level: .fatal, message: "the schema has a DOCTYPE; DTDs and entities are never read in templates",
                file: url, line: XMLSchema.line(of: "<!DOCTYPE", in: data))])
        }
        let collector = IssueCollector()
        let (compiled, refusals): (xmlRelaxNGPtr?, [ExternalResources.Refusal]) = ExternalResources.compiling(
            includesUnder: nil
        ) {
            collector.capturing { context in
                // The parser context works on its own copy of the document.
                guard let parser = xmlRelaxNGNewDocParserCtxt(source.pointer) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                xmlRelaxNGSetParserStructuredErrors(parser, collectIssue, context)
                return xmlRelaxNGParse(parser)
            }
        }
        guard let compiled, refusals.isEmpty, !collector.hasErrors else {
            if let compiled { xmlRelaxNGFree(compiled) }
            if !refusals.isEmpty { throw XMLKitError.refused(refusals.map { XMLIssue(level: .fatal, message: "\($0.resource) refused: \($0.reason)", file: url) }) }
            var issues = collector.issues
            if issues.isEmpty { issues = [XMLIssue(level: .fatal, message: "RELAX NG schema did not compile", file: url)] }
            throw XMLKitError.schemaCompilation(issues)
        }
        self.schema = compiled
        self.url = url
    }

    /// Reads and compiles a schema file.
    public convenience init(contentsOf file: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw XMLKitError.unreadable(path: file.path, reason: error.localizedDescription)
        }
        try self.init(data: data, url: file.path)
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Every way `document` breaks the schema, in the order libxml2 found them; empty
    /// when it is valid. A tree built in memory has no lines: see each issue's `path`.
    public func validate(_ document: XMLDocument) -> [XMLIssue] {
        lock.lock()
        defer { lock.unlock() }
        let collector = IssueCollector()
        let result: Int32 = collector.capturing { context in
            guard let validation = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(validation) }
            xmlRelaxNGSetValidStructuredErrors(validation, collectIssue, context)
            return xmlRelaxNGValidateDoc(validation, document.pointer)
        }
        var issues = collector.issues
        if result != 0 && issues.isEmpty {
            issues = [XMLIssue(level: .error, message: "RELAX NG validation failed (libxml2 code \(result))")]
        }
        return issues
    }

    /// Parses `data` safely and validates it: the issues then carry lines.
    public func validate(data: Data, url: String? = nil) throws -> [XMLIssue] {
        validate(try XMLDocument(parsing: data, url: url))
    }
}
