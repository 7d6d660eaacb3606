public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes rendered packs into an output folder so that each pack folder is, at every
/// instant, either as it was or wholly new — never a mix, even if the process is killed.
///
/// The new pack is written into a hidden staging folder inside the output folder (same
/// file system), then swapped with the old folder in one `renameat2(RENAME_EXCHANGE)`
/// on Linux (`renamex_np(RENAME_SWAP)` on macOS), and the old copy removed. Leftover
/// staging folders from a killed build (`.tenderpack-*`) are removed by the next write.
/// Pack ids and file paths are checked so nothing can be written outside the folder.
public struct PackWriter: Sendable {
    /// What `write` did to a pack folder.
    public enum Outcome: String, Sendable, Hashable {
        case created
        case updated
        case unchanged
    }

    public enum WriteError: Error, Sendable, CustomStringConvertible {
        /// A pack id or file path that would leave the output folder or is not a plain name.
        case unsafePath(String)
        case io(path: String, reason: String)
        /// A folder where a pack goes that TenderPack did not make (no `.tenderpack`
        /// marker, and files a build would not write): never replaced or deleted.
        case notMade(path: String)

        public var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write \(path): not a plain relative path inside the output folder"
            case .io(let path, let reason): return "\(path): \(reason)"
            case .notMade(let path):
                return "\(path): cannot write: the folder exists and was not made by tenderpack build (no \(PackWriter.markerName) marker); move it away or choose another --output"
            }
        }
    }

    static let stagingPrefix = ".tenderpack-"

    /// The file inside every pack folder a build makes: it names the specification, and
    /// only a folder holding it (with that name) is ever replaced wholesale or removed.
    /// Its bytes depend only on the pack id, so the committed Output/ stays deterministic.
    public static let markerName = ".tenderpack"

    /// The marker of pack `id`.
    public static func marker(for id: String) -> RenderedFile {
        RenderedFile(path: markerName, data: Data("""
            This folder is written by `tenderpack build` for specification \(id).
            A build replaces everything in it, and removes it when the specification is gone.

            """.utf8))
    }

    /// Whether `folder` is a pack folder a build made for `id` (its marker matches).
    public static func isMarked(_ folder: URL, id: String) -> Bool {
        let url = folder.appendingPathComponent(markerName)
        var status = stat()
        guard lstat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size < 4096 else { return false }
        return (try? Data(contentsOf: url)) == marker(for: id).data
    }

    public let outputFolder: URL
    /// A fault to inject (tests only; see `WriteFault`).
    public var fault: WriteFault?

    public init(outputFolder: URL) {
        self.outputFolder = outputFolder.standardizedFileURL
        self.fault = WriteFault.fromEnvironment
    }

    /// The folder a pack is written to: `<output>/<id>`.
    public func folder(forPack id: String) throws -> URL {
        guard PackWriter.isPlainName(id) else { throw WriteError.unsafePath(id) }
        return outputFolder.appendingPathComponent(id, isDirectory: true)
    }

    /// Replaces the pack folder `id` with exactly `files`; leaves it alone when it already
    /// holds exactly those bytes.
    @discardableResult
    public func write(_ files: [RenderedFile], pack id: String) throws -> Outcome {
        let target = try folder(forPack: id)
        for file in files where !PackWriter.isSafeRelativePath(file.path) { throw WriteError.unsafePath(file.path) }
        let files = files + [PackWriter.marker(for: id)]
        try createDirectory(outputFolder)
        removeLeftovers(for: id)
        var status = stat()
        let exists = lstat(target.path, &status) == 0
        if exists {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw WriteError.notMade(path: target.path) }
            guard PackWriter.isMarked(target, id: id) || PackWriter.holdsOnly(files, target) else {
                throw WriteError.notMade(path: target.path)
            }
            if PackComparison.compare(files, with: target).isUpToDate, PackWriter.isMarked(target, id: id) { return .unchanged }
        }

        let unique = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let staging = outputFolder.appendingPathComponent("\(PackWriter.stagingPrefix)new-\(id)-\(unique)", isDirectory: true)
        // Registered while it exists: a SIGINT or SIGTERM removes it (see UnfinishedOutput)
        // and never interrupts the swap half-way.
        return try UnfinishedOutput.whileRegistered(staging.path) {
            do {
                try UnfinishedOutput.step { try createDirectory(staging) }
                for file in files {
                    let url = staging.appendingPathComponent(file.path)
                    try UnfinishedOutput.step {
                        try createDirectory(url.deletingLastPathComponent())
                        try write(file.data, to: url)
                    }
                    if file.path == files.first?.path { try fault?.trigger(at: .fileWritten, path: url.path) }
                }
                try fault?.trigger(at: .staged, path: target.path)
                // The swap and the removal of the old copy are one step: a signal waits for both.
                return try UnfinishedOutput.step { () throws -> Outcome in
                    if exists {
                        if fault?.point != .movedAside, try exchange(staging, target) {
                            try? FileManager.default.removeItem(at: staging)   // now the old pack
                        } else {
                            // No atomic swap on this file system: move the old pack aside first.
                            // A kill between the two renames leaves it under `.tenderpack-old-…`,
                            // and the next write puts it back before doing anything else.
                            let old = outputFolder.appendingPathComponent("\(PackWriter.stagingPrefix)old-\(id)-\(unique)")
                            try move(target, to: old)
                            do {
                                try fault?.trigger(at: .movedAside, path: target.path)
                                try move(staging, to: target)
                            } catch {
                                _ = rename(old.path, target.path)   // put the old pack back
                                throw error
                            }
                            try? FileManager.default.removeItem(at: old)
                        }
                        return .updated
                    }
                    try move(staging, to: target)
                    return .created
                }
            } catch WriteError.io(let path, let reason) {
                try? FileManager.default.removeItem(at: staging)
                // Name the pack's own path, not the hidden staging folder's.
                var shown = path
                if path.hasPrefix(staging.path) { shown = target.path + path.dropFirst(staging.path.count) }
                throw WriteError.io(path: shown, reason: reason)
            } catch {
                try? FileManager.default.removeItem(at: staging)
                throw error
            }
        }
    }

    /// Creates the output folder (and its parents), or says why it cannot.
    public func prepareFolder() throws(WriteError) {
        do {
            try createDirectory(outputFolder)
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError.io(path: outputFolder.path, reason: "\(error)")
        }
    }

    /// A folder with no marker is replaced only when it holds nothing but regular files a
    /// build writes (a pack from a TenderPack before markers): nothing else can be lost.
    static func holdsOnly(_ files: [RenderedFile], _ folder: URL) -> Bool {
        let names = Set(files.map(\.path))
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        return entries.allSatisfy { name in
            var status = stat()
            return names.contains(name) && lstat(folder.appendingPathComponent(name).path, &status) == 0
                && (status.st_mode & S_IFMT) == S_IFREG
        }
    }

    /// Removes what killed builds left in the output folder: every `.tenderpack-new-*`
    /// staging folder, and `.tenderpack-old-*` copies (put back when their pack is
    /// missing). Call it only while holding the output folder's lock (`OutputLock`).
    public func removeStaleStaging() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []).sorted()
        for name in names where name.hasPrefix("\(PackWriter.stagingPrefix)new-") || name.hasPrefix("\(PackWriter.stagingPrefix)old-") {
            let url = outputFolder.appendingPathComponent(name)
            if name.hasPrefix("\(PackWriter.stagingPrefix)old-") {
                let rest = name.dropFirst("\(PackWriter.stagingPrefix)old-".count)
                // old-<id>-<pid>-<random>: the id is everything before the last two parts.
                let parts = rest.split(separator: "-")
                if parts.count > 2 {
                    let id = parts.dropLast(2).joined(separator: "-")
                    let target = outputFolder.appendingPathComponent(id)
                    if PackWriter.isPlainName(id), !FileManager.default.fileExists(atPath: target.path) {
                        try? move(url, to: target)
                        continue
                    }
                }
            }
            try? FileManager.default.removeItem(at: url)
        }
    }

    // MARK: Paths

    /// A single path component: no separators, not `.`/`..`, not hidden, not empty.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
            && !name.contains("\0") && name.utf8.count <= 200
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.isEmpty && parts.allSatisfy { isPlainName(String($0)) }
    }

    // MARK: File system

    private func removeLeftovers(for id: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []).sorted()
        let target = outputFolder.appendingPathComponent(id)
        for name in names where name.hasPrefix("\(PackWriter.stagingPrefix)old-\(id)-") {
            let url = outputFolder.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: target.path) {
                try? move(url, to: target)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        for name in names where name.hasPrefix("\(PackWriter.stagingPrefix)new-\(id)-") {
            try? FileManager.default.removeItem(at: outputFolder.appendingPathComponent(name))
        }
    }

    /// `mkdir -p` with the system's own reason when it fails (a file in the way, a
    /// read-only or immutable folder, a full disk).
    private func createDirectory(_ url: URL) throws {
        let path = url.standardizedFileURL.path
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw WriteError.io(path: path, reason: "cannot write: exists and is not a folder")
            }
            return
        }
        if errno == ENOTDIR { throw WriteError.io(path: path, reason: "cannot write: a part of the path is a file, not a folder") }
        let parent = url.standardizedFileURL.deletingLastPathComponent()
        if parent.path != path { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw WriteError.io(path: path, reason: "cannot write: " + String(cString: strerror(errno)))
        }
    }

    /// Writes a new file (never following a symlink planted in its place).
    private func write(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw WriteError.io(path: url.path, reason: "cannot write: " + String(cString: strerror(errno)))
        }
        var failure = DescriptorWrite.all(data, to: descriptor)
        if failure == 0, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            throw WriteError.io(path: url.path, reason: "cannot write: " + String(cString: strerror(failure)))
        }
    }

    private func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw WriteError.io(path: destination.path, reason: "cannot write: " + String(cString: strerror(errno)))
        }
    }

    /// Swaps two directories in one atomic step; false when the system cannot.
    private func exchange(_ first: URL, _ second: URL) throws -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 2
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let result = renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, renameExchange)
        #else
        let result = renamex_np(first.path, second.path, UInt32(RENAME_SWAP))
        #endif
        if result == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw WriteError.io(path: second.path, reason: "could not swap in the new pack: " + String(cString: strerror(errno)))
    }
}
