import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of new files into a folder for `init` and `templates export`: all of
/// them or none. A file that already exists is never overwritten — every clash is
/// named and nothing is written (exit 73) — and a write that fails part-way removes
/// the files it had created.
enum NewFiles {
    struct Clash: Error, CustomStringConvertible {
        var folder: String
        var paths: [String]
        var description: String {
            "\(folder): refusing to overwrite \(paths.count == 1 ? "a file that exists" : "\(paths.count) files that exist"): "
                + paths.joined(separator: ", ") + "; nothing was written (move them away or choose another folder)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write: \(reason); nothing was written" }
    }

    /// `files` are relative paths (`/`-separated, no `..`) and their bytes.
    static func write(_ files: [(path: String, data: Data)], into folder: String) throws {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        func full(_ path: String) -> String { base.isEmpty ? "/" + path : base + "/" + path }
        var status = stat()
        let clashes = files.map(\.path).filter { lstat(full($0), &status) == 0 }
        if !clashes.isEmpty { throw Clash(folder: folder, paths: clashes) }
        var created: [String] = []
        var createdFolders: [String] = []
        func undo() {
            for path in created.reversed() { unlink(path) }
            for path in createdFolders.reversed() { rmdir(path) }
        }
        func makeFolder(_ path: String) throws {
            var components: [String] = []
            var current = path
            while !current.isEmpty, current != "/", current != ".", lstat(current, &status) != 0 {
                components.append(current)
                current = ParentPath.of(current)
            }
            for folder in components.reversed() {
                guard mkdir(folder, 0o755) == 0 else { throw Failure(path: folder, reason: String(cString: strerror(errno))) }
                createdFolders.append(folder)
            }
        }
        do {
            for file in files {
                let path = full(file.path)
                try makeFolder(ParentPath.of(path))
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
                created.append(path)
                defer { close(descriptor) }
                do {
                    try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: file.data)
                } catch {
                    throw Failure(path: path, reason: (error as NSError).localizedDescription)
                }
                guard fsync(descriptor) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
            }
        } catch {
            undo()
            throw error
        }
    }
}
