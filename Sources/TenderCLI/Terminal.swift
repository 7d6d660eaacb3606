import ArgumentParser
import Foundation

/// `--color`: whether findings and diffs are coloured.
enum ColourChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Colour on a terminal, unless `NO_COLOR` is set; `FORCE_COLOR` forces it.
    case auto
    case always
    case never
}

/// The `--color` option of every command that colours (validate, build, check, diff).
struct ColourOptions: ParsableArguments {
    @Option(name: .customLong("color"),
            help: "Colour: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), always or never.")
    var colour: ColourChoice = .auto

    /// Makes this run's choice the one `Terminal` decides by. Call first in `run()`.
    func apply() { Terminal.colourChoice = colour }
}

/// Where command output goes, and whether it is a terminal (colour, carets, progress).
enum Terminal {
    /// The `--color` choice of the running command (set once, before any output).
    nonisolated(unsafe) static var colourChoice: ColourChoice = .auto

    /// Whether a stream is coloured — the one place that decides. Precedence:
    /// `--color always|never`, then `NO_COLOR` (any non-empty value: no colour), then
    /// `FORCE_COLOR` (any non-empty value: colour, even in a pipe), then whether the
    /// stream is a terminal (and `TERM` is not `dumb`).
    static func colours(_ descriptor: Int32, choice: ColourChoice = colourChoice,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: break
        }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if let value = environment["FORCE_COLOR"], !value.isEmpty { return true }
        return isTerminal(descriptor, environment: environment)
    }

    static func isTerminal(_ descriptor: Int32,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(descriptor) == 1 && environment["TERM"] != "dumb"
    }

    /// Standard output is a terminal: the offending line is shown under a caret.
    static var standardOutputIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// Standard error is a terminal: carets, and a build's progress line.
    static var standardErrorIsTerminal: Bool { isTerminal(STDERR_FILENO) }

    /// Whether what is written to standard output is coloured.
    static var standardOutputColours: Bool { colours(STDOUT_FILENO) }

    /// Whether what is written to standard error is coloured.
    static var standardErrorColours: Bool { colours(STDERR_FILENO) }

    /// A text reporter for findings written to standard output.
    static var standardOutputReporter: TextReporter {
        TextReporter(terminal: standardOutputIsTerminal, colour: standardOutputColours)
    }

    /// A text reporter for findings written to standard error.
    static var standardErrorReporter: TextReporter {
        TextReporter(terminal: standardErrorIsTerminal, colour: standardErrorColours)
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
