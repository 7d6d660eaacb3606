import Foundation
internal import CLibXML2

/// A compiled XML Schema (XSD). Compile once and share: validation makes its own
/// context per call, so one schema may validate documents on several threads.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The parsed XSD: kept alive while the compiled schema may refer to it.
    private let source: XMLDocument

    /// Compiles a schema from its text. `url` resolves `xs:include`/`xs:import`.
    public init(data: Data, url: String? = nil) throws {
        let source: XMLDocument
        do {
            source = try XMLDocument(parsing: data, url: url)
        } catch let error as XMLKitError {
            throw XMLKitError.schemaCompilation(error.issues)
        }
        let collector = IssueCollector()
        let compiled: xmlSchemaPtr? = collector.capturing { context in
            guard let parser = xmlSchemaNewDocParserCtxt(source.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collectIssue, context)
            return xmlSchemaParse(parser)
        }
        guard let compiled, !collector.hasErrors else {
            if let compiled { xmlSchemaFree(compiled) }
            var issues = collector.issues
            if issues.isEmpty { issues = [XMLIssue(level: .fatal, message: "schema did not compile", file: url)] }
            throw XMLKitError.schemaCompilation(issues)
        }
        self.schema = compiled
        self.source = source
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
        xmlSchemaFree(schema)
    }

    /// Every way `document` breaks the schema, in the order libxml2 found them; empty
    /// when it is valid. A tree built in memory has no lines: see each issue's `path`.
    public func validate(_ document: XMLDocument) -> [XMLIssue] {
        let collector = IssueCollector()
        let result: Int32 = collector.capturing { context in
            guard let validation = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, collectIssue, context)
            return xmlSchemaValidateDoc(validation, document.pointer)
        }
        var issues = collector.issues
        if result != 0 && issues.isEmpty {
            issues = [XMLIssue(level: .error, message: "schema validation failed (libxml2 code \(result))")]
        }
        return issues
    }

    /// Throws `XMLKitError.invalid` unless `document` is valid.
    public func assertValid(_ document: XMLDocument) throws {
        let issues = validate(document)
        if !issues.isEmpty { throw XMLKitError.invalid(issues) }
    }

    /// Parses `data` safely and validates it: the issues then carry lines.
    public func validate(data: Data, url: String? = nil) throws -> [XMLIssue] {
        validate(try XMLDocument(parsing: data, url: url))
    }
}
