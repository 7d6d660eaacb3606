internal import CLibXML2

/// One message from libxml2 — a parse error, a schema violation — as plain data.
///
/// `line` is 0 when libxml2 knows no line (a tree built in memory has none); `path`
/// then says which node it is about (an XPath such as `/tp:tenderPack/tp:lot[2]`).
public struct XMLIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable {
        case warning
        case error
        case fatal
    }

    public var level: Level
    public var message: String
    /// The document's URL or file, when libxml2 knows it.
    public var file: String?
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// The XPath of the node the issue is about, when there is one.
    public var path: String?
    /// libxml2's error code (`xmlParserErrors`), for tests that need to tell errors apart.
    public var code: Int

    public init(level: Level, message: String, file: String? = nil, line: Int = 0, column: Int = 0,
                path: String? = nil, code: Int = 0) {
        self.level = level
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.code = code
    }

    public var description: String {
        var place = file ?? "<memory>"
        if line > 0 { place += ":\(line)" }
        if column > 0 { place += ":\(column)" }
        if let path { place += " (\(path))" }
        return "\(place): \(level.rawValue): \(message)"
    }
}

/// What went wrong in XMLKit, with libxml2's own messages.
public enum XMLKitError: Error, Sendable, CustomStringConvertible {
    /// The input is not well-formed XML (or is refused: an entity loop, too deep).
    case parse([XMLIssue])
    /// An XML Schema could not be compiled.
    case schemaCompilation([XMLIssue])
    /// A document does not conform to its schema.
    case invalid([XMLIssue])
    /// libxml2 could not serialise a document (out of memory, a broken tree).
    case serialisation(String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A schema asked for something XMLKit never reads: the network, a file outside its
    /// templates folder, a FIFO or device, a DTD or an external entity.
    case refused([XMLIssue])

    public var issues: [XMLIssue] {
        switch self {
        case .parse(let issues), .schemaCompilation(let issues), .invalid(let issues), .refused(let issues): return issues
        case .serialisation, .unreadable: return []
        }
    }

    public var description: String {
        switch self {
        case .parse(let issues): return "not well-formed XML:\n" + XMLKitError.lines(issues)
        case .schemaCompilation(let issues): return "XML Schema does not compile:\n" + XMLKitError.lines(issues)
        case .invalid(let issues): return "document is not valid against its schema:\n" + XMLKitError.lines(issues)
        case .serialisation(let reason): return "could not serialise document: \(reason)"
        case .unreadable(let path, let reason): return "could not read \(path): \(reason)"
        case .refused(let issues): return "refused:\n" + XMLKitError.lines(issues)
        }
    }

    private static func lines(_ issues: [XMLIssue]) -> String {
        issues.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Collects libxml2's structured errors during one synchronous call.
final class IssueCollector {
    private(set) var issues: [XMLIssue] = []
    /// libxml2 can repeat itself thousands of times on hostile input; keep the first ones.
    private let limit = 100

    func append(_ error: UnsafePointer<xmlError>) {
        guard issues.count < limit else { return }
        let e = error.pointee
        let level: XMLIssue.Level
        switch e.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        var message = e.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while message.last?.isNewline == true { message.removeLast() }
        var path: String?
        if let node = e.node {
            let nodePtr = node.assumingMemoryBound(to: xmlNode.self)
            if let cPath = xmlGetNodePath(nodePtr) {
                path = String(cString: cPath)
                tp_xmlFree(cPath)
            }
        }
        issues.append(XMLIssue(level: level, message: message,
                               file: e.file.map { String(cString: $0) },
                               line: Int(e.line), column: Int(e.int2), path: path, code: Int(e.code)))
    }

    var hasErrors: Bool { issues.contains { $0.level != .warning } }

    /// Runs `body` with this thread's structured error channel pointing at the collector.
    /// The body must be synchronous: the channel is per thread.
    func capturing<T>(_ body: (UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        XMLLibrary.prepareThread()
        let context = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(context, collectIssue)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body(context) }
    }
}

/// The structured error channel: `userData` is an unretained `IssueCollector`.
let collectIssue: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue().append(error)
}

/// The parser context's own channel: libxml2 passes the context, whose `_private`
/// holds the unretained `IssueCollector`.
let collectParserIssue: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = context.pointee._private else { return }
    Unmanaged<IssueCollector>.fromOpaque(collector).takeUnretainedValue().append(error)
}
