import ArgumentParser
import TenderLoading
import TenderValidation

/// `tenderpack validate [PATH...]`: load and check specifications.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Load and check specifications.",
        discussion: """
            Exit status: 0 when no errors were found, 1 when a specification has errors, \
            64 on a usage error, 66 when a path cannot be read.
            """)

    @Argument(help: "Specification files or folders (default: Specs/).")
    var paths: [String] = []

    @Option(help: "Report format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    func run() throws {
        var report: ValidationReport
        do {
            report = try ValidationRun.run(paths: paths.isEmpty ? ["Specs"] : paths)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        if warningsAsErrors { report = report.promotingWarnings() }
        try ReportEmitter.emit(report, format: format, suiteName: "tenderpack validate")
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
