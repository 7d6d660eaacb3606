import Foundation
internal import XMLKit

/// The OASIS ODF 1.3 RELAX NG schemas under `Templates/schema/odf-1.3/`, compiled once
/// per process for each file's bytes (the main schema takes about a third of a second to
/// compile; a build renders many packs and the tests make many renderers).
struct ODFSchemas: Sendable {
    static let documentPath = "schema/odf-1.3/OpenDocument-v1.3-schema.rng"
    static let manifestPath = "schema/odf-1.3/OpenDocument-v1.3-manifest-schema.rng"

    /// `content.xml`, `styles.xml`, `meta.xml`, `settings.xml`.
    let document: XMLRelaxNG
    /// `META-INF/manifest.xml`.
    let manifest: XMLRelaxNG

    /// Compiles (or finds already compiled) the schemas of the templates folder's files.
    init(documentData: Data, documentURL: String, manifestData: Data, manifestURL: String) throws {
        document = try Self.compile(documentData, url: documentURL)
        manifest = try Self.compile(manifestData, url: manifestURL)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [Data: XMLRelaxNG] = [:]

    /// The compiled schema of `data` (a template's bytes), compiling it on first use.
    static func compile(_ data: Data, url: String) throws -> XMLRelaxNG {
        lock.lock()
        defer { lock.unlock() }
        if let schema = compiled[data] { return schema }
        let schema = try XMLRelaxNG(data: data, url: url)
        compiled[data] = schema
        return schema
    }
}
