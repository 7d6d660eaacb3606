public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that exists only while it is being written — a pack's staging folder, the
/// temporary file of `diff --output` — registered so that an interrupted run removes it.
///
/// A writer registers its path and does all its work (write, swap, tidy) holding one
/// process-wide lock. The CLI's SIGINT/SIGTERM handler calls `abandon()`, which takes
/// the same lock — so it waits for a swap in progress to finish, never interrupts it —
/// removes whatever is still registered, and keeps the lock until the process exits, so
/// no writer can start anything new. A pack folder is therefore as it was or wholly new,
/// and no `.tenderpack-new-*` folder or temporary file is left behind.
public enum UnfinishedOutput {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: [String] = []

    /// Runs `body` with `path` registered for removal on interruption.
    public static func whileRegistered<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        registered.append(path)
        defer {
            registered.removeAll { $0 == path }
            lock.unlock()
        }
        return try body()
    }

    /// Removes every registered path and never releases the lock: call it only on the
    /// way out of the process. Returns the paths it removed.
    @discardableResult
    public static func abandon() -> [String] {
        lock.lock()
        let paths = registered
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        registered = []
        return paths
    }
}

/// An exclusive advisory lock (`flock`) on an output folder, held for a whole build, so
/// that two builds into one folder take turns instead of interleaving. The lock is on
/// the folder itself (no lock file to commit or to go stale); the kernel releases it
/// when the process ends, however it ends.
public final class OutputLock {
    private let descriptor: Int32

    /// Creates the folder if needed and locks it, calling `waiting` once if another
    /// process holds the lock (then waiting for it).
    public init(folder: URL, waiting: () -> Void) throws(PackWriter.WriteError) {
        try PackWriter(outputFolder: folder).prepareFolder()
        let path = folder.standardizedFileURL.path
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .io(path: path, reason: "cannot write: " + String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .io(path: path, reason: "cannot lock the output folder: " + reason)
            }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw .io(path: path, reason: "cannot lock the output folder: " + reason)
                }
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
