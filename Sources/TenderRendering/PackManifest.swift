public import Foundation
import TenderTemplates
import Crypto

/// `manifest.json` in every pack folder: what the pack was made from and what it
/// holds, so that anyone can re-render it and compare (`tenderpack verify`).
///
/// It records the tool's version, the build options that change bytes, and the
/// SHA-256 of the specification, of every template the renderer read and of every file
/// written to the folder (itself excepted). Paths are sorted and nothing depends on the
/// clock or the machine, so the same inputs give the same manifest byte for byte.
public struct PackManifest: Sendable, Hashable, Codable {
    /// The manifest's name inside a pack folder.
    public static let fileName = "manifest.json"
    /// The shape of the manifest; raised when a key changes meaning or goes.
    public static let formatVersion = 1

    public struct Tool: Sendable, Hashable, Codable {
        public var name: String
        public var version: String
    }

    /// A file and its digest: `path` relative to the pack folder (files), to the
    /// templates folder (templates) or to the folder the build ran in (specification).
    public struct Entry: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
        public var bytes: Int

        public init(path: String, data: Data) {
            self.path = path
            self.sha256 = PackManifest.sha256(data)
            self.bytes = data.count
        }
    }

    public var version: Int
    public var tool: Tool
    /// Build options that change the bytes written (`ocidPrefix`).
    public var options: [String: String]
    public var specification: Entry
    public var templates: [Entry]
    public var files: [Entry]

    /// The manifest of a pack: `files` are every file written to the folder but the manifest.
    public init(toolVersion: String, options: [String: String], specificationPath: String, specification: Data,
                templates: [String: Data], files: [RenderedFile]) {
        version = Self.formatVersion
        tool = Tool(name: "tenderpack", version: toolVersion)
        self.options = options
        self.specification = Entry(path: specificationPath, data: specification)
        self.templates = templates.map { Entry(template: $0.key, data: $0.value) }.sorted { $0.path < $1.path }
        self.files = files.filter { $0.path != Self.fileName }.map { Entry(path: $0.path, data: $0.data) }
            .sorted { $0.path < $1.path }
    }

    /// The manifest as a pack file: JSON with sorted keys, two-space indentation and a
    /// final newline.
    public func renderedFile() throws -> RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return RenderedFile(path: Self.fileName, data: data)
    }

    /// Reads a manifest; throws when it is not one (a `DecodingError` says where).
    public static func decode(_ data: Data) throws -> PackManifest {
        try JSONDecoder().decode(PackManifest.self, from: data)
    }

    /// The SHA-256 of `data` as 64 lowercase hex digits.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

extension PackManifest.Entry {
    /// A template's entry: a template with the built-in bytes (the built-in itself, or an
    /// override folder's unchanged copy) takes the digest computed when the package was
    /// built, rather than hashing it again on every build; any other is hashed.
    init(template path: String, data: Data) {
        self.path = path
        if let digest = BuiltInTemplates.sha256(path), BuiltInTemplates.data(path) == data {
            sha256 = digest
        } else {
            sha256 = PackManifest.sha256(data)
        }
        bytes = data.count
    }
}
