import Foundation
internal import CLibXML2

/// A compiled XML Schema (XSD). Compile once and share: validation makes its own
/// context per call, so one schema may validate documents on several threads.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The parsed XSD: kept alive while the compiled schema may refer to it.
    private let source: XMLDocument

    /// Compiles a schema from its text. `url` names it in messages and resolves
    /// `xs:include`/`xs:import`/`xs:redefine`, which are read only when `includesUnder`
    /// is given, and then only as regular files inside that folder (see
    /// `ExternalResources`): a schema that asks for anything else — the network, a file
    /// outside the folder, a FIFO, a DTD or an entity — is refused with
    /// `XMLKitError.refused`, located at the request when it is in this schema's text.
    public init(data: Data, url: String? = nil, includesUnder folder: URL? = nil) throws {
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
        let (compiled, refusals): (xmlSchemaPtr?, [ExternalResources.Refusal]) = ExternalResources.compiling(
            includesUnder: folder?.path
        ) {
            collector.capturing { context in
                guard let parser = xmlSchemaNewDocParserCtxt(source.pointer) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, collectIssue, context)
                return xmlSchemaParse(parser)
            }
        }
        if !refusals.isEmpty {
            if let compiled { xmlSchemaFree(compiled) }
            throw XMLKitError.refused(refusals.map { source.locate($0, file: url) })
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

    /// Reads and compiles a schema file; it may include files from its own folder only.
    public convenience init(contentsOf file: URL) throws {
        try self.init(contentsOf: file, includesUnder: file.deletingLastPathComponent())
    }

    /// Reads and compiles a schema file that must be, like everything it includes, a
    /// regular file inside `folder` (the templates folder).
    public convenience init(contentsOf file: URL, includesUnder folder: URL) throws {
        let data: Data
        do {
            data = try ConfinedFile.read(file.path, inside: folder.path)
        } catch {
            switch error.kind {
            case .unreadable: throw XMLKitError.unreadable(path: file.path, reason: error.reason)
            case .refused: throw XMLKitError.refused([XMLIssue(level: .fatal, message: error.reason, file: file.path)])
            }
        }
        try self.init(data: data, url: file.path, includesUnder: folder)
    }

    /// The 1-based line of the first `needle` in `data` (1 when absent).
    static func line(of needle: String, in data: Data) -> Int {
        let bytes = [UInt8](data)
        let pattern = [UInt8](needle.utf8)
        guard bytes.count >= pattern.count, !pattern.isEmpty else { return 1 }
        var line = 1
        for index in 0...(bytes.count - pattern.count) {
            if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern { return line }
            if bytes[index] == 0x0A { line += 1 }
        }
        return 1
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

extension XMLDocument {
    /// Whether the document has a DOCTYPE (an internal or external subset).
    var hasDoctype: Bool {
        pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil
    }

    /// A refused request as an issue, at the `xs:include`/`xs:import`/`xs:redefine`
    /// of this schema that asked for it (an included schema's own request is reported
    /// at the file, naming the resource).
    func locate(_ refusal: ExternalResources.Refusal, file: String?) -> XMLIssue {
        let message = "\(refusal.resource) refused: \(refusal.reason)"
        guard let root = xmlDocGetRootElement(pointer) else { return XMLIssue(level: .fatal, message: message, file: file) }
        var node = root.pointee.children
        while let current = node {
            defer { node = current.pointee.next }
            guard current.pointee.type == XML_ELEMENT_NODE,
                  let name = current.pointee.name.map({ String(cString: $0) }),
                  ["include", "import", "redefine"].contains(name),
                  let location = xmlGetProp(current, "schemaLocation") else { continue }
            defer { tp_xmlFree(location) }
            var resolved = String(cString: location)
            if ExternalResources.localPath(resolved) != nil, !resolved.hasPrefix("/"), !resolved.lowercased().hasPrefix("file:"),
               let base = pointer.pointee.URL.map({ String(cString: $0) }) {
                resolved = URL(fileURLWithPath: base).deletingLastPathComponent().appendingPathComponent(resolved).path
            }
            let requested = refusal.resource
            func standard(_ path: String) -> String {
                URL(fileURLWithPath: path.removingPercentEncoding ?? path).standardizedFileURL.path
            }
            if resolved == requested || resolved.removingPercentEncoding == requested.removingPercentEncoding
                || (!resolved.contains("://") && standard(resolved) == standard(requested)) {
                return XMLIssue(level: .fatal, message: "xs:\(name) of " + message, file: file,
                                line: Int(xmlGetLineNo(current)))
            }
        }
        return XMLIssue(level: .fatal, message: message, file: file)
    }
}
