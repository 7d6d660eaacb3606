import ArgumentParser

/// How much the text format says: `--quiet` (errors only) or `--verbose`.
enum Loudness: Sendable {
    /// Errors and the summary only: no warnings, no progress, no list of packs written.
    case quiet
    /// Everything; on a terminal, warnings rolled up by rule and file.
    case normal
    /// Also each file checked, with its own counts, before the summary; on a
    /// terminal, every warning in full (not rolled up by rule and file).
    case verbose
}

/// `--quiet` and `--verbose` of `validate`, `build` and `check`. They change only
/// the text format; json, sarif, junit and github reports are always complete.
struct LoudnessOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Text format: print errors only (no warnings, no progress, no packs written); the summary line is kept.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Text format: also list each file checked with its errors and warnings; on a terminal, every warning in full (not rolled up by rule).")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var loudness: Loudness { quiet ? .quiet : verbose ? .verbose : .normal }
}
