import Foundation

/// The folder SARIF locations are relative to (`%SRCROOT%`): the top of the git
/// repository holding the current directory, or the current directory outside one.
/// Code scanning resolves `%SRCROOT%` to its checkout, so a finding in
/// `Specs/x.yaml` points at that file whichever folder `tenderpack` ran in.
public struct SourceRoot: Sendable, Equatable {
    /// The current directory's path below the root, as segments (empty at the root).
    public var prefix: [String]
    /// The root's absolute path, symbolic links resolved (for absolute file paths).
    public var path: String

    public init(prefix: [String], path: String) {
        self.prefix = prefix
        self.path = path
    }

    /// The root for the current directory: `git rev-parse --show-toplevel`, or the
    /// current directory when it is not in a repository (or git is not installed).
    public static func resolve() async -> SourceRoot {
        guard let top = try? await Git.run(["rev-parse", "--show-toplevel"]), top.status == 0,
              let prefix = try? await Git.run(["rev-parse", "--show-prefix"]), prefix.status == 0 else {
            return currentDirectory
        }
        return SourceRoot(prefix: segments(line(prefix.standardOutput)), path: line(top.standardOutput))
    }

    /// The current directory as the root (symbolic links resolved), as outside a repository.
    public static var currentDirectory: SourceRoot {
        SourceRoot(prefix: [], path: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path)
    }

    /// git's one line of output, without its final line feed (a trailing space is a name's).
    private static func line(_ data: Data) -> String {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Where a file is for SARIF: a path relative to the root (`uriBaseId`
    /// `%SRCROOT%`), or an absolute `file:` URI for a file outside the root.
    public enum Artifact: Sendable, Equatable {
        case relative(String)
        case absolute(String)
    }

    /// `file` as findings name it (relative to the current directory, or absolute).
    public func artifact(for file: String) -> Artifact {
        if file.hasPrefix("/") {
            let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
            let rootSegments = Self.segments(path)
            let fileSegments = Self.segments(resolved)
            if fileSegments.count > rootSegments.count, Array(fileSegments.prefix(rootSegments.count)) == rootSegments {
                return .relative(Self.encode(Array(fileSegments.dropFirst(rootSegments.count))))
            }
            return .absolute("file://" + Self.encode(Self.segments(resolved), absolute: true))
        }
        var stack = prefix
        for segment in Self.segments(file) {
            switch segment {
            case ".": continue
            case "..":
                if stack.isEmpty {
                    // Above the root: only an absolute URI can say where.
                    let absolute = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
                    return .absolute("file://" + Self.encode(Self.segments(absolute), absolute: true))
                }
                stack.removeLast()
            default: stack.append(segment)
            }
        }
        return .relative(Self.encode(stack))
    }

    /// Path segments as a URI path (RFC 3986): every byte outside the unreserved
    /// characters and the sub-delimiters (and `@`) percent-encoded, so `%` is `%25`, a
    /// space `%20`, `é` `%C3%A9`; `:` is always encoded, so a relative reference never
    /// reads as a scheme.
    public static func encode(_ segments: [String], absolute: Bool = false) -> String {
        (absolute ? "/" : "") + segments.map(encode(segment:)).joined(separator: "/")
    }

    static func encode(segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    private static let allowed: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@".utf8))
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
