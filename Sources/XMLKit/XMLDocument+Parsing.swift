import Foundation
internal import CLibXML2

extension XMLDocument {
    /// The only options XMLKit parses with: no network, no entity substitution, no DTD
    /// loading, libxml2's default limits (never `XML_PARSE_HUGE`). An external entity
    /// stays an unexpanded reference; an entity bomb is refused in well under a second.
    static let safeParseOptions = Int32(XML_PARSE_NONET.rawValue)

    /// Parses XML the tool reads (a schema, a report, a rendered file) safely.
    ///
    /// - Parameters:
    ///   - data: the document's bytes.
    ///   - url: its file or URL, used in messages and to resolve relative references.
    /// - Throws: `XMLKitError.parse` with every located message when it is not well-formed.
    public convenience init(parsing data: Data, url: String? = nil) throws {
        XMLLibrary.prepareThread()
        guard data.count < Int(Int32.max) else {
            throw XMLKitError.parse([XMLIssue(level: .fatal, message: "document larger than 2 GB", file: url)])
        }
        let collector = IssueCollector()
        let doc: xmlDocPtr? = try collector.capturing { context in
            guard let parser = xmlNewParserCtxt() else {
                throw XMLKitError.parse([XMLIssue(level: .fatal, message: "out of memory", file: url)])
            }
            defer { xmlFreeParserCtxt(parser) }
            parser.pointee.sax.pointee.serror = collectParserIssue
            parser.pointee._private = context
            return data.withUnsafeBytes { raw -> xmlDocPtr? in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                return xmlCtxtReadMemory(parser, base, Int32(raw.count), url, nil,
                                         XMLDocument.safeParseOptions)
            }
        }
        guard let doc, !collector.hasErrors, xmlDocGetRootElement(doc) != nil else {
            if let doc { xmlFreeDoc(doc) }
            var issues = collector.issues
            if issues.isEmpty {
                issues = [XMLIssue(level: .fatal, message: "document is empty or has no root element", file: url)]
            }
            throw XMLKitError.parse(issues)
        }
        self.init(owning: doc, kind: .xml)
    }

    /// Reads and parses a file safely (see `init(parsing:url:)`).
    public convenience init(contentsOf file: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw XMLKitError.unreadable(path: file.path, reason: error.localizedDescription)
        }
        try self.init(parsing: data, url: file.path)
    }
}
