public import Foundation

extension PackManifest {
    /// A specification's path as a manifest records it: relative to the current
    /// directory when inside it, without `./`, so the same build anywhere records the same.
    public static func recordedPath(_ file: String) -> String {
        var path = file
        let current = FileManager.default.currentDirectoryPath
        if path.hasPrefix("/"), path.hasPrefix(current + "/") { path = String(path.dropFirst(current.count + 1)) }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}

extension TenderPackRenderer {
    /// A pack's files as `tenderpack build` and the library's `TenderPack.build` both
    /// write them: `files` (any manifest.json among them left out) and manifest.json
    /// recording each of them and the pack's marker, the specification (its path as
    /// ``PackManifest/recordedPath(_:)`` gives it, and its bytes), every template this
    /// renderer read, the tool's version and the options that change bytes (`ocidPrefix`).
    ///
    /// - Parameters:
    ///   - files: every file the pack folder will hold but the marker and the manifest.
    ///   - id: the specification's id, which names the folder and its marker.
    ///   - specificationPath: where the specification was read from.
    ///   - specification: the specification's bytes.
    ///   - toolVersion: the version recorded (`TenderPackVersion.current`).
    /// - Returns: `files` followed by manifest.json.
    public func addingManifest(to files: [RenderedFile], pack id: String, specificationPath: String,
                               specification: Data, toolVersion: String = TenderPackVersion.current) throws -> [RenderedFile] {
        let files = files.filter { $0.path != PackManifest.fileName }
        let manifest = PackManifest(toolVersion: toolVersion, options: ["ocidPrefix": ocidPrefix],
                                    specificationPath: PackManifest.recordedPath(specificationPath),
                                    specification: specification, templates: templateFiles,
                                    files: files + [PackWriter.marker(for: id)])
        return files + [try manifest.renderedFile()]
    }
}
