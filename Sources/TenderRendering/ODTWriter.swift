import Foundation
internal import XMLKit
internal import TenderDocument

/// Writes a document tree as an OpenDocument text file (ODT, ODF 1.3).
///
/// Every XML part is built as a libxml2 tree and validated against the OASIS ODF 1.3
/// RELAX NG schemas (`Templates/schema/odf-1.3/`) before any byte is packaged: a part
/// that breaks the schema stops the build with `RenderError.schemaInvalid`, naming the
/// part, and nothing is written. The package is a `ZIPContainer`: `mimetype` first and
/// stored, then the parts in a fixed order, fixed dates, the same bytes on every run.
struct ODTWriter {
    let schemas: ODFSchemas
    let labels: Labels

    /// The file's parts in package order, each validated.
    func parts(_ tree: TenderDocument.Document, file: String) throws -> [ZIPContainer.Entry] {
        let content = ODTContent(tree: tree)
        let contentXML = try content.build()
        let stylesXML = ODTStyles(metadata: tree.metadata, labels: labels).document()
        let metaXML = meta(tree.metadata)
        let manifestXML = manifest(pictures: content.pictures.map(\.path))
        try check(contentXML, schemas.document, part: "content.xml", file: file)
        try check(stylesXML, schemas.document, part: "styles.xml", file: file)
        try check(metaXML, schemas.document, part: "meta.xml", file: file)
        try check(manifestXML, schemas.manifest, part: "META-INF/manifest.xml", file: file)
        var entries = [ZIPContainer.Entry(path: "mimetype", data: Data(ODFVocabulary.mediaType.utf8))]
        entries.append(.init(path: "content.xml", data: try serialise(contentXML, part: "content.xml", file: file)))
        entries.append(.init(path: "styles.xml", data: try serialise(stylesXML, part: "styles.xml", file: file)))
        entries.append(.init(path: "meta.xml", data: try serialise(metaXML, part: "meta.xml", file: file)))
        for picture in content.pictures { entries.append(.init(path: picture.path, data: picture.data)) }
        entries.append(.init(path: "META-INF/manifest.xml",
                             data: try serialise(manifestXML, part: "META-INF/manifest.xml", file: file)))
        return entries
    }

    /// The ODT's bytes.
    func write(_ tree: TenderDocument.Document, file: String) throws -> Data {
        let entries = try parts(tree, file: file)
        do {
            return try ZIPContainer(entries: entries).data()
        } catch {
            throw RenderError.serialisation(file: file, reason: "\(error)")
        }
    }

    /// `meta.xml`: title, language, subject and generator; no dates or editing times,
    /// which would change the bytes on every build.
    private func meta(_ metadata: DocumentMetadata) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "office:document-meta", declaring: ODFVocabulary.all)
        document.root.setQualifiedAttribute("office:version", ODFVocabulary.version)
        let meta = document.root.addChild("office:meta")
        meta.addChild("meta:generator", text: "TenderPack")
        meta.addChild("dc:title", text: metadata.title)
        if let subtitle = metadata.subtitle { meta.addChild("dc:subject", text: subtitle) }
        if let council = metadata.council { meta.addChild("meta:initial-creator", text: council) }
        meta.addChild("dc:language", text: metadata.language)
        if let reference = metadata.reference {
            meta.addChild("meta:user-defined", ["meta:name": "Reference"], text: reference)
        }
        meta.addChild("meta:user-defined", ["meta:name": "Specification"], text: metadata.specificationID)
        return document
    }

    private func manifest(pictures: [String]) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "manifest:manifest", declaring: [ODFVocabulary.manifest])
        let root = document.root
        root.setQualifiedAttribute("manifest:version", ODFVocabulary.version)
        root.addChild("manifest:file-entry", ["manifest:full-path": "/", "manifest:version": ODFVocabulary.version,
                                              "manifest:media-type": ODFVocabulary.mediaType])
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            root.addChild("manifest:file-entry", ["manifest:full-path": part, "manifest:media-type": "text/xml"])
        }
        for picture in pictures {
            root.addChild("manifest:file-entry", ["manifest:full-path": picture, "manifest:media-type": "image/svg+xml"])
        }
        return document
    }

    func check(_ document: XMLDocument, _ schema: XMLRelaxNG, part: String, file: String) throws {
        let issues = schema.validate(document)
        if !issues.isEmpty {
            throw RenderError.schemaInvalid(file: "\(file) (\(part), ODF 1.3)", messages: issues.map(\.description))
        }
    }

    private func serialise(_ document: XMLDocument, part: String, file: String) throws -> Data {
        do {
            return try document.xmlData(indented: false)
        } catch {
            throw RenderError.serialisation(file: "\(file) (\(part))", reason: "\(error)")
        }
    }
}
