import Foundation

/// The versioned JSON form of a diff (documented in Docs/Diff.md). Version 1:
/// `{version, tool, old, new, summary, changes: [...]}`; keys with no value are left out.
public struct DiffJSONReport: Sendable {
    public static let formatVersion = 1

    struct Document: Encodable {
        struct Tool: Encodable { let name: String; let version: String }
        struct Side: Encodable { let file: String; let id: String; let title: String; let version: String }
        struct Summary: Encodable { let changes: Int; let material: Int; let editorial: Int }
        struct Lot: Encodable { let id: String; let number: Int; let title: String }
        struct Location: Encodable { let file: String; let line: Int; let column: Int }
        struct Words: Encodable { let op: String; let text: String }
        struct Coverage: Encodable { let dropped: [String]; let added: [String] }
        struct Entry: Encodable {
            let kind: String
            let classification: String
            let path: String
            let key: [String]
            let keyPath: String
            let field: String
            let reference: String?
            let oldReference: String?
            let lot: Lot?
            let absorbedInto: Lot?
            let old: String?
            let new: String?
            let words: [Words]?
            let coverage: Coverage?
            let note: String?
            let location: Location?
            let fingerprint: String
            /// The short reference the notice gives a material change ("C-01").
            let changeReference: String?
        }
        let version: Int
        let tool: Tool
        let old: Side
        let new: Side
        let summary: Summary
        let changes: [Entry]
    }

    public var toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func render(_ diff: SpecificationDiff) throws -> String {
        func side(_ s: SpecificationDiff.Side) -> Document.Side {
            .init(file: s.file, id: s.id, title: s.title, version: s.version)
        }
        func lot(_ l: Change.LotSummary?) -> Document.Lot? {
            l.map { .init(id: $0.id, number: $0.number, title: $0.title) }
        }
        let material = diff.materialChanges.count
        var references: [String: String] = [:]
        for (index, change) in diff.noticeChanges.enumerated() where references[change.fingerprint] == nil {
            references[change.fingerprint] = ChangeReference.make(index + 1)
        }
        let document = Document(
            version: Self.formatVersion, tool: .init(name: "tenderpack", version: toolVersion),
            old: side(diff.old), new: side(diff.new),
            summary: .init(changes: diff.changes.count, material: material, editorial: diff.changes.count - material),
            changes: diff.changes.map { c in
                Document.Entry(
                    kind: c.kind.rawValue, classification: c.classification.rawValue, path: c.path, key: c.key,
                    keyPath: c.keyPath, field: c.fieldKey, reference: c.reference, oldReference: c.oldReference,
                    lot: lot(c.lot), absorbedInto: lot(c.absorbedInto), old: c.old, new: c.new,
                    words: c.words?.segments.map { .init(op: $0.operation.rawValue, text: $0.text) },
                    coverage: c.coverage.map { .init(dropped: $0.dropped, added: $0.added) }, note: c.note,
                    location: c.location.map { .init(file: $0.file, line: $0.line, column: $0.column) },
                    fingerprint: c.fingerprint, changeReference: references[c.fingerprint])
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
