import Foundation
import Subprocess

/// Runs git, in the current directory, for the commands that read a specification at a
/// revision (`diff REV:path`, `check --base REV`, `approve`). Only reads: never changes
/// the repository, never reaches a network, never prompts.
///
/// The process is run by swift-subprocess: both pipes are read while git runs (so a
/// chatty git never blocks), and what git writes is capped (`outputLimit`), so a huge
/// blob is a located refusal rather than unbounded memory.
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

    /// The most git may write to standard output (a blob read at a revision): larger
    /// than any specification the loader accepts.
    static let outputLimit = 256 << 20
    /// The most kept of what git writes to standard error.
    static let errorLimit = 1 << 20

    /// What git is run with: English messages, no pager, no prompt for credentials, and
    /// no fetching of objects a partial clone lacks (reads stay on this machine).
    static let environment: [Environment.Key: String?] = [
        "GIT_PAGER": "cat",
        "LC_ALL": "C",
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_NO_LAZY_FETCH": "1",
        "GIT_OPTIONAL_LOCKS": "0",
    ]

    static func run(_ arguments: [String]) async throws(Failure) -> Output {
        do {
            let result = try await Subprocess.run(
                .name("git"), arguments: Arguments(arguments),
                environment: .inherit.updating(environment),
                input: .none, output: .data(limit: outputLimit), error: .data(limit: errorLimit))
            let status: Int32
            switch result.terminationStatus {
            case .exited(let code): status = code
            case .signaled(let signal): throw Failure(description: "git was stopped by signal \(signal)")
            }
            return Output(status: status, standardOutput: result.standardOutput,
                          standardError: String(decoding: result.standardError, as: UTF8.self))
        } catch let failure as Failure {
            throw failure
        } catch let error as SubprocessError {
            switch error.code {
            case .executableNotFound: throw Failure(description: "git is not installed (or not on PATH)")
            case .outputLimitExceeded:
                throw Failure(description: "git wrote more than \(outputLimit >> 20) MiB; no specification is that large")
            default: throw Failure(description: "cannot run git: \(error)")
            }
        } catch {
            throw Failure(description: "cannot run git: \(error)")
        }
    }

    /// Checks that `revision` names a commit.
    static func verify(revision: String) async throws(Failure) {
        let result = try await run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        guard result.status == 0 else {
            let probe = try await run(["rev-parse", "--git-dir"])
            if probe.status != 0 { throw Failure(description: probe.reason) }
            throw Failure(description: "unknown revision `\(revision)`")
        }
    }

    /// The bytes of `path` at `revision`; nil when the revision has no such file.
    /// `path` is relative to the repository's top unless it starts with `./` or `../`.
    static func file(_ path: String, at revision: String) async throws(Failure) -> Data? {
        try await verify(revision: revision)
        let result = try await run(["cat-file", "blob", "\(revision):\(path)"])
        return result.status == 0 ? result.standardOutput : nil
    }

    /// Paths (relative to the current directory) of files under `folder` at `revision`.
    static func files(under folder: String, at revision: String) async throws(Failure) -> [String] {
        let result = try await run(["ls-tree", "-r", "--name-only", "--full-name", revision, "--", folder])
        guard result.status == 0 else { throw Failure(description: result.reason) }
        let prefix = try await run(["rev-parse", "--show-prefix"])
        let base = String(decoding: prefix.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").map { line in
            let full = String(line)
            return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
        }
    }
}
