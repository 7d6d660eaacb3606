import Foundation
internal import XMLKit
import TenderModel
internal import TenderDocument

/// Writes a document tree as a Word document (DOCX, Office Open XML transitional).
///
/// Parts are libxml2 trees, packaged by `ZIPContainer` in a fixed order with fixed
/// dates; `docProps/core.xml` carries the issue date (or none), never the time of the
/// build, so two builds give the same bytes.
struct DOCXWriter {
    let labels: Labels

    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// The package's parts, in order.
    func parts(_ tree: TenderDocument.Document, file: String) throws -> [ZIPContainer.Entry] {
        let body = DOCXBody(tree: tree)
        let document = body.build()
        var parts: [(String, XMLDocument)] = []
        parts.append(("[Content_Types].xml", contentTypes(pictures: !body.pictures.isEmpty)))
        parts.append(("_rels/.rels", packageRelationships()))
        parts.append(("docProps/core.xml", core(tree.metadata)))
        parts.append(("docProps/app.xml", app()))
        parts.append(("word/document.xml", document))
        parts.append(("word/_rels/document.xml.rels", documentRelationships(body.relationships)))
        parts.append(("word/styles.xml", DOCXStyles.styles(language: tree.metadata.language)))
        parts.append(("word/numbering.xml", DOCXStyles.numbering(body.lists)))
        parts.append(("word/settings.xml", DOCXStyles.settings(language: tree.metadata.language)))
        parts.append(("word/header1.xml", header(tree.metadata)))
        parts.append(("word/footer1.xml", footer()))
        var entries: [ZIPContainer.Entry] = []
        for (path, part) in parts {
            do {
                entries.append(.init(path: path, data: try part.xmlData(indented: false)))
            } catch {
                throw RenderError.serialisation(file: "\(file) (\(path))", reason: "\(error)")
            }
        }
        for picture in body.pictures { entries.append(.init(path: picture.path, data: picture.data)) }
        return entries
    }

    /// The DOCX's bytes.
    func write(_ tree: TenderDocument.Document, file: String) throws -> Data {
        let entries = try parts(tree, file: file)
        do {
            return try ZIPContainer(entries: entries).data()
        } catch {
            throw RenderError.serialisation(file: file, reason: "\(error)")
        }
    }

    private func contentTypes(pictures: Bool) -> XMLDocument {
        let document = XMLDocument(root: "Types", namespace: DOCXVocabulary.contentTypes)
        let root = document.root
        root.addElement("Default", attributes: ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        root.addElement("Default", attributes: ["Extension": "xml", "ContentType": "application/xml"])
        if pictures { root.addElement("Default", attributes: ["Extension": "svg", "ContentType": "image/svg+xml"]) }
        let overrides = [
            ("/word/document.xml", Self.documentType + ".document.main+xml"),
            ("/word/styles.xml", Self.documentType + ".styles+xml"),
            ("/word/numbering.xml", Self.documentType + ".numbering+xml"),
            ("/word/settings.xml", Self.documentType + ".settings+xml"),
            ("/word/header1.xml", Self.documentType + ".header+xml"),
            ("/word/footer1.xml", Self.documentType + ".footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for (part, type) in overrides { root.addElement("Override", attributes: ["PartName": part, "ContentType": type]) }
        return document
    }

    private func packageRelationships() -> XMLDocument {
        let document = XMLDocument(root: "Relationships", namespace: DOCXVocabulary.relationships)
        let root = document.root
        root.addElement("Relationship", attributes: ["Id": "rId1", "Type": DOCXVocabulary.officeRelationship + "officeDocument",
                                                     "Target": "word/document.xml"])
        root.addElement("Relationship", attributes: [
            "Id": "rId2", "Type": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "Target": "docProps/core.xml",
        ])
        root.addElement("Relationship", attributes: ["Id": "rId3", "Type": DOCXVocabulary.officeRelationship + "extended-properties",
                                                     "Target": "docProps/app.xml"])
        return document
    }

    private func documentRelationships(_ extra: [(id: String, type: String, target: String, external: Bool)]) -> XMLDocument {
        let document = XMLDocument(root: "Relationships", namespace: DOCXVocabulary.relationships)
        let root = document.root
        let fixed = [("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
                     ("rIdSettings", "settings", "settings.xml"), (DOCXBody.headerRelationship, "header", "header1.xml"),
                     (DOCXBody.footerRelationship, "footer", "footer1.xml")]
        for (id, type, target) in fixed {
            root.addElement("Relationship", attributes: ["Id": id, "Type": DOCXVocabulary.officeRelationship + type, "Target": target])
        }
        for relationship in extra {
            let element = root.addElement("Relationship", attributes: [
                "Id": relationship.id, "Type": relationship.type, "Target": relationship.target,
            ])
            if relationship.external { element.setAttribute("TargetMode", "External") }
        }
        return document
    }

    /// Title, subject, creator and language; created and modified on the issue date when
    /// the document has one — never the time of the build.
    private func core(_ metadata: DocumentMetadata) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "cp:coreProperties", declaring: [
            XMLNamespace("cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            XMLNamespace("dc", "http://purl.org/dc/elements/1.1/"),
            XMLNamespace("dcterms", "http://purl.org/dc/terms/"),
            XMLNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ])
        let root = document.root
        root.addChild("dc:title", text: metadata.title)
        if let subtitle = metadata.subtitle { root.addChild("dc:subject", text: subtitle) }
        if let council = metadata.council { root.addChild("dc:creator", text: council) }
        root.addChild("cp:keywords", text: metadata.reference ?? metadata.specificationID)
        root.addChild("dc:language", text: metadata.language)
        if let date = metadata.issueDate, let year = Optional(date.year) {
            let stamp = String(format: "%04d-%02d-%02dT00:00:00Z", year, date.month ?? 1, date.day ?? 1)
            root.addChild("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
            root.addChild("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: stamp)
        }
        return document
    }

    private func app() -> XMLDocument {
        let document = XMLDocument(root: "Properties", namespace: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
        document.root.addElement("Application", text: "TenderPack")
        return document
    }

    private func header(_ metadata: DocumentMetadata) -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "w:hdr", declaring: [DOCXVocabulary.w, DOCXVocabulary.r])
        let paragraph = document.root.addChild("w:p")
        paragraph.addChild("w:pPr").addChild("w:pStyle", ["w:val": "Header"])
        var running = metadata.title
        if let reference = metadata.reference { running += " — " + reference }
        paragraph.addChild("w:r").addChild("w:t", text: running)
        return document
    }

    /// "Page x of y" with PAGE and NUMPAGES fields where the label's placeholders are.
    private func footer() -> XMLDocument {
        let document = XMLDocument(qualifiedRoot: "w:ftr", declaring: [DOCXVocabulary.w, DOCXVocabulary.r])
        let paragraph = document.root.addChild("w:p")
        paragraph.addChild("w:pPr").addChild("w:pStyle", ["w:val": "Footer"])
        let parts = labels["document.pageXOfY"].components(separatedBy: "%@")
        for (index, part) in parts.enumerated() {
            if !part.isEmpty {
                paragraph.addChild("w:r").addChild("w:t", ["xml:space": "preserve"], text: part)
            }
            let field: String? = index == 0 && parts.count > 1 ? "PAGE" : (index == 1 && parts.count > 2 ? "NUMPAGES" : nil)
            if let field {
                paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "begin"])
                paragraph.addChild("w:r").addChild("w:instrText", ["xml:space": "preserve"], text: " \(field) ")
                paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "separate"])
                paragraph.addChild("w:r").addChild("w:t", text: "1")
                paragraph.addChild("w:r").addChild("w:fldChar", ["w:fldCharType": "end"])
            }
        }
        return document
    }
}
