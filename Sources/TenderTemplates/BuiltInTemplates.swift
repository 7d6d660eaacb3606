public import Foundation

/// The default templates — every file under the package's `Templates/` folder,
/// embedded in the binary at build time by the EmbedTemplates plugin. The binary
/// needs no `Templates/` folder (nor a SwiftPM resource bundle) beside it; a
/// `Templates/` folder or `--templates DIR` only overrides these file by file.
public enum BuiltInTemplates {
    /// Each file's path relative to `Templates/` (`/`-separated), in sorted order.
    public static let paths: [String] = embeddedTemplateFiles.map(\.path)

    /// The bytes of each file, by relative path.
    public static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for (path, base64) in embeddedTemplateFiles {
            guard let data = Data(base64Encoded: base64) else {
                preconditionFailure("embedded template \(path) is not base64; the generated source is corrupt")
            }
            files[path] = data
        }
        return files
    }()

    /// The bytes of one built-in template, or nil when there is none at that path.
    public static func data(_ path: String) -> Data? { files[path] }

    /// The SHA-256 of one built-in template (64 lowercase hex digits), computed when the
    /// package was built, or nil for a path that is not a built-in template.
    public static func sha256(_ path: String) -> String? { embeddedTemplateDigests[path] }
}
