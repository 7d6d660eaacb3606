import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks the specification paths a command was given before anything reads them, so
/// that a path that cannot be read is exit 66 with the reason — never "0 files checked",
/// and never a read that blocks on a FIFO or streams from a device.
///
/// A file must be a regular file (through symlinks) that can be opened; a folder must be
/// listable, and so must every folder below it that discovery would search (hidden
/// names are skipped, as discovery skips them); every `.yaml`/`.yml` entry below it
/// must be a regular file that can be opened.
enum InputPaths {
    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot read: \(reason)" }
    }

    static func check(_ paths: [String]) throws(Unreadable) {
        for path in paths { try check(path: path, named: true) }
    }

    /// `named` is true for a path given on the command line (any name is a candidate).
    private static func check(path: String, named: Bool) throws(Unreadable) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            var link = stat()
            if code == ENOENT, lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                throw Unreadable(path: path, reason: "a symbolic link to nothing (dangling)")
            }
            throw Unreadable(path: path, reason: describe(code))
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            try checkFolder(path)
        case S_IFREG:
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { throw Unreadable(path: path, reason: describe(errno)) }
            close(descriptor)
        default:
            throw Unreadable(path: path, reason: "not a regular file (\(kind(status.st_mode))); a specification must be a file")
        }
    }

    private static func checkFolder(_ path: String) throws(Unreadable) {
        guard let directory = opendir(path) else { throw Unreadable(path: path, reason: describe(errno)) }
        defer { closedir(directory) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw Unreadable(path: path, reason: describe(errno)) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names.sorted() {
            let child = prefix + name
            var link = stat()
            guard lstat(child, &link) == 0 else { continue }
            if (link.st_mode & S_IFMT) == S_IFDIR {
                try checkFolder(child)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                try check(path: child, named: false)
            }
        }
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links (a symlink loop)"
        case ENAMETOOLONG: return "the path is too long"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        default: return String(cString: strerror(code))
        }
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
