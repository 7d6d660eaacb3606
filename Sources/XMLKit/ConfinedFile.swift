public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads template files (and the files a schema includes) safely: regular files only,
/// never a FIFO or a device that could block or stream forever, and — when a folder is
/// given — only files whose real path (every symlink and `..` resolved) lies inside it.
public enum ConfinedFile {
    /// Templates are small; anything larger is refused rather than read into memory.
    public static let maximumSize = 16 * 1024 * 1024

    /// Why a file was not read.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable {
            /// Missing, or the system would not let us read it (exit 66 territory).
            case unreadable
            /// It exists but must not be read: not a regular file, outside the folder, too big.
            case refused
        }

        public var kind: Kind
        public var path: String
        public var reason: String

        public var description: String { "\(path): \(reason)" }
    }

    /// The real path of `path` when it is a regular file inside `folder` (any folder when nil).
    public static func check(_ path: String, inside folder: String?) throws(Failure) -> String {
        guard !path.isEmpty else { throw Failure(kind: .unreadable, path: path, reason: "empty path") }
        guard let real = realPath(path) else {
            let code = errno
            throw Failure(kind: code == ELOOP ? .refused : .unreadable, path: path, reason: describe(code))
        }
        if let folder {
            guard let realFolder = realPath(folder) else {
                throw Failure(kind: .unreadable, path: folder, reason: describe(errno))
            }
            let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
            guard real.hasPrefix(prefix) else {
                throw Failure(kind: .refused, path: path,
                              reason: "resolves to \(real), outside the templates folder \(realFolder); only files inside it are read")
            }
        }
        var info = stat()
        guard stat(real, &info) == 0 else { throw Failure(kind: .unreadable, path: path, reason: describe(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(kind: .refused, path: path, reason: "not a regular file (\(fileKind(info.st_mode))); only regular files are read")
        }
        return real
    }

    /// Reads `path` under the rules above. The file is opened non-blocking and checked
    /// again after opening, so a FIFO swapped in at the last moment still cannot block.
    public static func read(_ path: String, inside folder: String?, limit: Int = maximumSize) throws(Failure) -> Data {
        let real = try check(path, inside: folder)
        let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(kind: .unreadable, path: path, reason: describe(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(kind: .refused, path: path, reason: "not a regular file; only regular files are read")
        }
        guard Int(info.st_size) <= limit else {
            throw Failure(kind: .refused, path: path, reason: "larger than \(limit / 1024 / 1024) MB")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(kind: .unreadable, path: path, reason: describe(errno))
            }
            data.append(contentsOf: buffer[0..<count])
            guard data.count <= limit else {
                throw Failure(kind: .refused, path: path, reason: "larger than \(limit / 1024 / 1024) MB")
            }
        }
        return data
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case ELOOP: return "too many levels of symbolic links (a symlink loop)"
        case EACCES: return "permission denied"
        case ENOTDIR: return "a path component is not a folder"
        case ENAMETOOLONG: return "path too long"
        default: return String(cString: strerror(code))
        }
    }

    static func fileKind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }
}

/// `read(2)`, named so the enum's own `read` does not shadow it.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
