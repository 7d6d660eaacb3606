import TenderValidation

/// Writes a validation report in the chosen format: findings on standard output,
/// the summary (text format only) on standard error.
enum ReportEmitter {
    static func emit(_ report: ValidationReport, format: ReportFormat, suiteName: String) throws {
        switch format {
        case .text:
            let reporter = Terminal.standardOutputReporter
            Terminal.write(reporter.render(report))
            Terminal.writeError(reporter.summary(report) + "\n")
        case .json:
            Terminal.write(try JSONReporter().render(report))
        case .sarif:
            Terminal.write(try SARIFReporter().render(report))
        case .junit:
            Terminal.write(try JUnitReporter().render(report, suiteName: suiteName))
        case .github:
            Terminal.write(GitHubReporter().render(report))
        }
    }
}
