import Foundation
internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only way libxml2 may read anything from outside the bytes XMLKit hands it.
///
/// At start-up XMLKit removes every libxml2 input handler (file, HTTP, FTP) and
/// installs a single handler that refuses everything, then replaces the external
/// entity loader with `confinedEntityLoader`. That loader serves exactly one kind of
/// request: while a schema is being compiled on this thread, the top-level document of
/// an `xs:include`, `xs:import` or `xs:redefine` that is a regular file inside the
/// schema's templates folder and has no DOCTYPE. Everything else — any URL scheme but
/// a local file, an external DTD, an external entity, a parameter entity, a FIFO, a
/// device, a file outside the folder through `..` or a symlink — is refused, and the
/// refusal is reported so that the schema is rejected rather than half-compiled.
enum ExternalResources {
    /// One refused request: what was asked for and why it was refused.
    struct Refusal: Sendable, Hashable {
        var resource: String
        var reason: String
    }

    private static let lock = NSLock()
    /// Schema compilation is serialised so that the loader knows which folder it serves.
    private static let compileLock = NSLock()
    nonisolated(unsafe) private static var owner: pthread_t?
    nonisolated(unsafe) private static var root: String?
    nonisolated(unsafe) private static var refusals: [Refusal] = []

    /// Installed once, from `XMLLibrary`'s one-time initialisation.
    static func install() {
        xmlCleanupInputCallbacks()
        // With no handler registered libxml2 would put its defaults (HTTP included) back
        // on the next file read; one handler that matches everything and opens nothing
        // keeps every path-based read closed.
        xmlRegisterInputCallbacks(refuseMatch, refuseOpen, refuseRead, refuseClose)
        xmlCleanupOutputCallbacks()
        xmlSetExternalEntityLoader(confinedEntityLoader)
    }

    /// Runs `body` (a schema compilation) with includes served from `folder` only; returns
    /// what it produced and every request the loader refused meanwhile.
    static func compiling<T>(includesUnder folder: String?, _ body: () throws -> T) rethrows -> (T, [Refusal]) {
        compileLock.lock()
        defer { compileLock.unlock() }
        lock.lock()
        owner = pthread_self()
        root = folder
        refusals = []
        lock.unlock()
        defer {
            lock.lock()
            owner = nil
            root = nil
            refusals = []
            lock.unlock()
        }
        let result = try body()
        lock.lock()
        let refused = refusals
        lock.unlock()
        return (result, refused)
    }

    /// The decision for one request; nil data means refused (and recorded).
    fileprivate static func serve(_ url: String, nested: Bool) -> (path: String, data: Data)? {
        lock.lock()
        let servesThisThread = owner.map { pthread_equal($0, pthread_self()) != 0 } ?? false
        let folder = root
        lock.unlock()
        func refuse(_ reason: String) -> (path: String, data: Data)? {
            lock.lock()
            if servesThisThread, refusals.count < 100 { refusals.append(Refusal(resource: url, reason: reason)) }
            lock.unlock()
            return nil
        }
        guard servesThisThread else {
            return refuse("external resources are only read for a schema's includes and imports")
        }
        if nested {
            return refuse("external DTDs and entities are never read")
        }
        guard let folder else {
            return refuse("this schema has no templates folder to include from")
        }
        guard let path = localPath(url) else {
            return refuse("only files inside the templates folder are read; network and other URL schemes never are")
        }
        let data: Data
        do {
            data = try ConfinedFile.read(path, inside: folder)
        } catch {
            return refuse(error.reason)
        }
        if hasDoctype(data, url: path) {
            return refuse("has a DOCTYPE; DTDs and entities are never read in templates")
        }
        return (path, data)
    }

    /// The file a URL names: a plain path or a `file:` URL; nil for any other scheme.
    static func localPath(_ url: String) -> String? {
        var text = url
        if let colon = text.firstIndex(of: ":"), let first = text.first, first.isLetter,
           text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }) {
            guard text[..<colon].lowercased() == "file" else { return nil }
            text = String(text[text.index(after: colon)...])
            if text.hasPrefix("//") {
                text.removeFirst(2)
                guard let slash = text.firstIndex(of: "/") else { return nil }
                let host = text[..<slash]
                guard host.isEmpty || host == "localhost" else { return nil }
                text = String(text[slash...])
            }
            return text.removingPercentEncoding
        }
        // libxml2 escapes a resolved path (a space becomes %20); prefer the file that exists.
        if access(text, F_OK) != 0, let decoded = text.removingPercentEncoding, access(decoded, F_OK) == 0 {
            return decoded
        }
        return text
    }

    /// Whether the document declares a DOCTYPE (parsed safely, messages discarded).
    static func hasDoctype(_ data: Data, url: String) -> Bool {
        guard let parser = xmlNewParserCtxt() else { return true }
        defer { xmlFreeParserCtxt(parser) }
        parser.pointee.sax.pointee.serror = ignoreIssue
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(parser, base, Int32(raw.count), url, nil, XMLDocument.safeParseOptions)
        }
        // The parser keeps the DOCTYPE's name even when the document then fails (an
        // entity loop, say): a DOCTYPE is refused whether or not the rest parses.
        let sawDoctype = parser.pointee.intSubName != nil || parser.pointee.extSubURI != nil
        guard let doc else { return sawDoctype }
        defer { xmlFreeDoc(doc) }
        return sawDoctype || doc.pointee.intSubset != nil || doc.pointee.extSubset != nil
    }
}

private let ignoreIssue: xmlStructuredErrorFunc = { _, _ in }

private let refuseMatch: xmlInputMatchCallback = { _ in 1 }
private let refuseOpen: xmlInputOpenCallback = { _ in nil }
private let refuseRead: xmlInputReadCallback = { _, _, _ in -1 }
private let refuseClose: xmlInputCloseCallback = { _ in -1 }

/// libxml2's external entity loader, replaced for the whole process.
private let confinedEntityLoader: xmlExternalEntityLoader = { url, _, context in
    guard let url else { return nil }
    // A request made while a document is already being read (inputNr > 0) is a DTD or
    // an entity inside it; a schema's include is a fresh document (inputNr == 0).
    let nested = (context?.pointee.inputNr ?? 0) > 0
    guard let (path, data) = ExternalResources.serve(String(cString: url), nested: nested) else { return nil }
    let buffer: xmlParserInputBufferPtr? = data.withUnsafeBytes { raw in
        guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else {
            return xmlParserInputBufferCreateMem("", 0, XML_CHAR_ENCODING_NONE)
        }
        return xmlParserInputBufferCreateMem(base, Int32(raw.count), XML_CHAR_ENCODING_NONE)
    }
    guard let buffer else { return nil }
    guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
        xmlFreeParserInputBuffer(buffer)
        return nil
    }
    // The file name resolves the included schema's own includes and names it in messages.
    input.pointee.filename = path.withCString { UnsafePointer(xmlStrdup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))) }
        .map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
    return input
}
