import ArgumentParser
import Foundation

/// `-` as a path: a specification read from standard input (`validate`, and one side
/// of `diff`), named by `--stdin-filename` in findings.
enum StandardInput {
    static let defaultName = "<stdin>"

    /// `-` at most once, and a name that can stand in a location.
    static func check(paths: [String], name: String) throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("`-` (standard input) can be given only once")
        }
        if name.isEmpty { throw ValidationError("--stdin-filename needs a name; an empty one is not allowed") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError("--stdin-filename cannot hold a control character")
        }
    }
}

extension DiffInput {
    /// The whole of standard input, as one side.
    static func standardInput(name: String) -> DiffInput {
        DiffInput(displayPath: name, data: FileHandle.standardInput.readDataToEndOfFile())
    }
}
