import ArgumentParser
import TenderValidation

/// `tenderpack validate [PATH...]`: load and check specifications.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check specifications.",
        discussion: """
            Exit status: 0 when no errors were found, 1 when a specification has errors, \
            64 on a usage error, 66 when a path cannot be read.
            """)

    @OptionGroup var options: SpecificationOptions

    @OptionGroup var colourOptions: ColourOptions

    @OptionGroup var loudnessOptions: LoudnessOptions

    @Option(name: .customLong("stdin-filename"), help: "The name findings give a specification read from standard input (`-`); default <stdin>.")
    var stdinFilename = StandardInput.defaultName

    func validate() throws {
        try StandardInput.check(paths: options.paths, name: stdinFilename)
    }

    func run() async throws {
        colourOptions.apply()
        let report = try options.validationReport(standardInputName: stdinFilename)
        try await ReportEmitter.emit(report, format: options.format, suiteName: "tenderpack validate",
                              loudness: loudnessOptions.loudness)
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
