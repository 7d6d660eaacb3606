import Dispatch
import Foundation

/// Runs git for the commands that read a specification at a revision (`diff REV:path`,
/// `check --base REV`). Only reads: never changes the repository.
enum Git {
    struct Output {
        var status: Int32
        var standardOutput: Data
        var standardError: String

        /// git's first line of complaint, for a message.
        var reason: String {
            let line = standardError.split(separator: "\n").first.map(String.init) ?? "git exited with status \(status)"
            return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
        }
    }

    /// Why git could not give what was asked.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws(Failure) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        // Read both pipes at once, so a chatty git never blocks on a full pipe.
        let errorData = ErrorBuffer()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw Failure(description: "git is not installed (or not on PATH)")
        }
        return Output(status: process.terminationStatus, standardOutput: data,
                      standardError: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Checks that `revision` names a commit.
    static func verify(revision: String, in directory: URL? = nil) throws(Failure) {
        let result = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: directory)
        guard result.status == 0 else {
            let probe = try run(["rev-parse", "--git-dir"], in: directory)
            if probe.status != 0 { throw Failure(description: probe.reason) }
            throw Failure(description: "unknown revision `\(revision)`")
        }
    }

    /// The bytes of `path` at `revision`; nil when the revision has no such file.
    /// `path` is relative to the repository's top unless it starts with `./` or `../`.
    static func file(_ path: String, at revision: String, in directory: URL? = nil) throws(Failure) -> Data? {
        try verify(revision: revision, in: directory)
        let result = try run(["cat-file", "blob", "\(revision):\(path)"], in: directory)
        return result.status == 0 ? result.standardOutput : nil
    }

    /// Paths (relative to `directory`) of files under `folder` at `revision`.
    static func files(under folder: String, at revision: String, in directory: URL? = nil) throws(Failure) -> [String] {
        let result = try run(["ls-tree", "-r", "--name-only", "--full-name", revision, "--", folder], in: directory)
        guard result.status == 0 else { throw Failure(description: result.reason) }
        let prefix = try run(["rev-parse", "--show-prefix"], in: directory)
        let base = String(decoding: prefix.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").map { line in
            let full = String(line)
            return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
        }
    }
}

private final class ErrorBuffer: @unchecked Sendable {
    var data = Data()
}
