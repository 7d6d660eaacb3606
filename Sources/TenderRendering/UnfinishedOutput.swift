public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that exists only while it is being written — a pack's staging folder, the
/// temporary file of `diff --output` — registered so that an interrupted run removes it.
///
/// A writer registers its path (`whileRegistered`) and does each file system step
/// (create a folder, write a file, swap a pack in) inside `step`. The CLI's SIGINT/
/// SIGTERM handler calls `abandon()`: it waits for the step in progress to finish (so
/// a swap is never cut in half), stops any further step from starting (the writer
/// simply waits there until the process exits), removes every registered path, and
/// returns. A pack folder is therefore as it was or wholly new, and no
/// `.tenderpack-new-*` folder or temporary file is left behind.
public enum UnfinishedOutput {
    private static let condition = NSCondition()
    nonisolated(unsafe) private static var registered: [String] = []
    nonisolated(unsafe) private static var busy = 0
    nonisolated(unsafe) private static var abandoning = false

    /// Runs `body` with `path` registered for removal on interruption.
    public static func whileRegistered<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        condition.lock()
        while abandoning { condition.wait() }
        registered.append(path)
        condition.unlock()
        defer {
            condition.lock()
            registered.removeAll { $0 == path }
            condition.unlock()
        }
        return try body()
    }

    /// One step of writing unfinished output, never interrupted half-way by `abandon()`.
    public static func step<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        while abandoning { condition.wait() }   // the process is exiting: go no further
        busy += 1
        condition.unlock()
        defer {
            condition.lock()
            busy -= 1
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// Waits for the step in progress, stops every later one, and removes every
    /// registered path. Call it only on the way out of the process. Returns the paths.
    @discardableResult
    public static func abandon() -> [String] {
        condition.lock()
        abandoning = true
        while busy > 0 { condition.wait() }
        let paths = registered
        registered = []
        condition.unlock()
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
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
