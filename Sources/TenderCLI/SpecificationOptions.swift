import ArgumentParser
import Foundation
import TenderValidation

/// The options every checking command shares: which specifications, how to report,
/// and whether warnings fail the run.
struct SpecificationOptions: ParsableArguments {
    @Argument(help: "Specification files or folders (default: Specs/).")
    var paths: [String] = []

    @Option(help: "Report format: text, json, sarif, junit or github.")
    var format: ReportFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    /// True when no paths were given: the whole of Specs/ is checked.
    var coversAllSpecs: Bool { paths.isEmpty }

    func validate() throws {
        if paths.contains("") { throw ValidationError("an empty path is not a specification file or folder") }
    }

    /// Like `validationReport()`, but `-` among the paths is a specification read from
    /// standard input (at most once), named `name` in findings.
    func validationReport(standardInputName name: String) throws -> ValidationReport {
        guard paths.contains("-") else { return try validationReport() }
        let files = paths.filter { $0 != "-" }
        var report: ValidationReport
        do {
            try InputPaths.check(files)
            let data = FileHandle.standardInput.readDataToEndOfFile()
            report = try ValidationRun.run(paths: files, standardInput: data, name: name)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        if warningsAsErrors { report = report.promotingWarnings() }
        return report
    }

    /// Loads and validates the specifications; exits 66 when a path cannot be read.
    func validationReport() throws -> ValidationReport {
        var report: ValidationReport
        do {
            try InputPaths.check(paths.isEmpty ? ["Specs"] : paths)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        do {
            report = try ValidationRun.run(paths: paths.isEmpty ? ["Specs"] : paths)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        if warningsAsErrors { report = report.promotingWarnings() }
        return report
    }
}
