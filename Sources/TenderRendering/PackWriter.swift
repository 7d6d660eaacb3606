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

        public var description: String {
            switch self {
            case .unsafePath(let path): return "refusing to write \(path): not a plain relative path inside the output folder"
            case .io(let path, let reason): return "\(path): \(reason)"
            }
        }
    }

    static let stagingPrefix = ".tenderpack-"

    public let outputFolder: URL

    public init(outputFolder: URL) {
        self.outputFolder = outputFolder.standardizedFileURL
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
        try createDirectory(outputFolder)
        removeLeftovers(for: id)
        let exists = FileManager.default.fileExists(atPath: target.path)
        if exists, PackComparison.compare(files, with: target).isUpToDate { return .unchanged }

        let unique = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let staging = outputFolder.appendingPathComponent("\(PackWriter.stagingPrefix)new-\(id)-\(unique)", isDirectory: true)
        do {
            try createDirectory(staging)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try createDirectory(url.deletingLastPathComponent())
                try write(file.data, to: url)
            }
            if exists {
                if try exchange(staging, target) {
                    try? FileManager.default.removeItem(at: staging)   // now the old pack
                } else {
                    // No atomic swap on this file system: move the old pack aside first.
                    // A kill between the two renames leaves it under `.tenderpack-old-…`,
                    // and the next write puts it back before doing anything else.
                    let old = outputFolder.appendingPathComponent("\(PackWriter.stagingPrefix)old-\(id)-\(unique)")
                    try move(target, to: old)
                    try move(staging, to: target)
                    try? FileManager.default.removeItem(at: old)
                }
                return .updated
            }
            try move(staging, to: target)
            return .created
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
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

    private func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw WriteError.io(path: url.path, reason: error.localizedDescription)
        }
    }

    private func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url)
        } catch {
            throw WriteError.io(path: url.path, reason: error.localizedDescription)
        }
    }

    private func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw WriteError.io(path: destination.path, reason: String(cString: strerror(errno)))
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
