import Foundation

/// Where command output goes, and whether it is a terminal (colour, carets, progress).
enum Terminal {
    static var standardOutputIsTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Exit codes beyond ArgumentParser's (0 success, 64 usage).
enum ExitStatus {
    /// The specifications have errors (or, for `build --check`, Output/ is stale).
    static let findings: Int32 = 1
    /// A path could not be read at all.
    static let unreadable: Int32 = 66
}
