import Foundation
import XMLKit
import TenderLoading
import TenderModel

/// One side of `tenderpack diff`: a file, or `REV:path` read through git.
struct DiffInput {
    enum Problem: Error {
        /// The argument is malformed (exit 64).
        case usage(String)
        /// The file or revision cannot be read (exit 66).
        case unreadable(String)
    }

    /// How findings and reports name it: the argument as written.
    let displayPath: String
    /// The bytes read; emptied once the side is loaded.
    var data: Data
    /// For `REV:path`: the path, from the repository's top (SARIF locates findings by it).
    var repositoryPath: String? = nil

    /// Reads an argument: an existing file is a file; otherwise `REV:path` is a
    /// revision and a path (relative to the repository's top, as git reads it).
    static func read(_ argument: String) async throws(Problem) -> DiffInput {
        guard !argument.isEmpty else { throw .usage("an empty argument is neither a path nor REV:path") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .unreadable("\(argument): is a directory; diff compares two specification files") }
            // A regular file only: a FIFO or a device would block or never end.
            do {
                return DiffInput(displayPath: argument, data: try ConfinedFile.read(argument, inside: nil, limit: Int.max))
            } catch {
                throw .unreadable("\(argument): cannot read: \(error.reason)")
            }
        }
        guard let colon = argument.firstIndex(of: ":") else {
            throw .unreadable("\(argument): cannot read: no such file")
        }
        let revision = String(argument[..<colon])
        let path = String(argument[argument.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty else {
            throw .usage("`\(argument)`: write REV:path, with a revision before the colon and a path after it")
        }
        do {
            guard let data = try await Git.file(path, at: revision) else {
                throw Problem.unreadable("\(argument): cannot read: `\(path)` does not exist at revision `\(revision)`")
            }
            return DiffInput(displayPath: argument, data: data, repositoryPath: path)
        } catch let failure as Git.Failure {
            throw .unreadable("\(argument): cannot read: \(failure.description)")
        } catch let problem as Problem {
            throw problem
        } catch {
            throw .unreadable("\(argument): cannot read: \(error)")
        }
    }

    func load() -> LoadResult {
        SpecLoader.load(data: data, file: displayPath)
    }
}
