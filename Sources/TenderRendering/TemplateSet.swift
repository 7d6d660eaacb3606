public import Foundation
import TenderTemplates
public import XMLKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The templates a run uses: the defaults built into the binary (`BuiltInTemplates`,
/// every file of the package's `Templates/`), each replaced by the file at the same
/// relative path in an override folder when that folder has one. A council's
/// `Templates/` may therefore hold only the stylesheet it restyled.
///
/// Files read from the override folder are not trusted (see `ConfinedFile`): each must
/// be a regular file inside the folder. A path the folder does not have at all falls
/// back to the built-in; anything else there (a FIFO, a folder, a symlink out of the
/// folder, a dangling symlink) is used — and refused — rather than silently skipped.
public struct TemplateSet: Sendable {
    /// The folder whose files replace the built-ins (nil: built-ins only).
    public let overrides: URL?

    /// How messages name the built-in copy of a template: `built-in:css/tender-pack.css`.
    public static let builtInPrefix = "built-in:"

    /// One template as the run reads it.
    public struct File: Sendable {
        /// The path relative to the templates folder (`css/tender-pack.css`).
        public var relativePath: String
        public var data: Data
        /// How messages name it: the override file's path, or `built-in:<relative path>`.
        public var displayPath: String
        /// Whether the built-in copy was used.
        public var isBuiltIn: Bool
    }

    public init(overriding folder: URL?) {
        overrides = folder
    }

    /// The built-in templates alone.
    public static let builtIn = TemplateSet(overriding: nil)

    /// Every template path the tool knows (the built-ins), sorted.
    public static var paths: [String] { BuiltInTemplates.paths }

    /// The built-in bytes of one template.
    public static func builtInData(_ relativePath: String) -> Data? { BuiltInTemplates.data(relativePath) }

    /// The override folder a command uses: `explicit` (`--templates DIR`, which must
    /// exist) when given, else `default` (`Templates/` in the working directory) when it
    /// is there, else none.
    public static func resolve(explicit: String?, default defaultFolder: String = "Templates") -> TemplateSet {
        if let explicit { return TemplateSet(overriding: URL(fileURLWithPath: explicit, isDirectory: true)) }
        var status = stat()
        guard lstat(defaultFolder, &status) == 0 else { return .builtIn }
        return TemplateSet(overriding: URL(fileURLWithPath: defaultFolder, isDirectory: true))
    }

    /// Throws `RenderError.template` when the override folder is not a readable folder.
    public func checkFolder() throws {
        guard let overrides else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory) else {
            throw RenderError.template(path: overrides.path, reason: "cannot read: no such file or directory")
        }
        guard isDirectory.boolValue else {
            throw RenderError.template(path: overrides.path, reason: "cannot read: not a folder")
        }
        guard access(overrides.path, R_OK | X_OK) == 0 else {
            throw RenderError.template(path: overrides.path, reason: "cannot read: " + String(cString: strerror(errno)))
        }
    }

    /// Whether the override folder has anything at `relativePath` (a file, a folder, a
    /// FIFO, a symlink — even a dangling one).
    public func overrides(_ relativePath: String) -> Bool {
        guard let overrides else { return false }
        var status = stat()
        return lstat(overrides.appendingPathComponent(relativePath).path, &status) == 0
    }

    /// Reads one template: the override when the folder has one at that path, else the
    /// built-in. Throws `RenderError.template` (unreadable: exit 66) or
    /// `RenderError.invalidTemplate` (`template.file`: exit 78).
    public func read(_ relativePath: String) throws -> File {
        try checkFolder()
        if let overrides, self.overrides(relativePath) {
            let url = overrides.appendingPathComponent(relativePath)
            do {
                let data = try ConfinedFile.read(url.path, inside: overrides.path)
                return File(relativePath: relativePath, data: data, displayPath: url.path, isBuiltIn: false)
            } catch {
                switch error.kind {
                case .unreadable: throw RenderError.template(path: url.path, reason: "cannot read: \(error.reason)")
                case .refused:
                    throw RenderError.invalidTemplate(TemplateProblem(id: "template.file", path: url.path, message: error.reason))
                }
            }
        }
        guard let data = BuiltInTemplates.data(relativePath) else {
            throw RenderError.template(path: Self.builtInPrefix + relativePath, reason: "no such built-in template")
        }
        return File(relativePath: relativePath, data: data, displayPath: Self.builtInPrefix + relativePath, isBuiltIn: true)
    }

    /// Reads and checks a stylesheet (see `TemplateText.stylesheet`).
    public func stylesheet(_ relativePath: String) throws -> String {
        try stylesheet(read(relativePath))
    }

    /// Checks a stylesheet already read (see `TemplateText.stylesheet`).
    public func stylesheet(_ file: File) throws -> String {
        do {
            return try TemplateText.stylesheet(file.data, path: file.displayPath)
        } catch {
            throw RenderError.invalidTemplate(error)
        }
    }

    /// Reads and compiles a schema. An override schema may include files from the
    /// override folder only; a built-in schema includes nothing.
    public func schema(_ relativePath: String) throws -> XMLSchema {
        try schema(read(relativePath))
    }

    /// Compiles a schema already read.
    public func schema(_ file: File) throws -> XMLSchema {
        do {
            return try XMLSchema(data: file.data, url: file.displayPath,
                                 includesUnder: file.isBuiltIn ? nil : overrides)
        } catch let error as XMLKitError {
            let first = error.issues.first
            throw RenderError.invalidTemplate(TemplateProblem(
                id: "template.schema", path: file.displayPath, line: first?.line ?? 0, column: first?.column ?? 0,
                message: error.issues.isEmpty ? error.description : error.issues.map(\.message).joined(separator: "; ")))
        }
    }
}
