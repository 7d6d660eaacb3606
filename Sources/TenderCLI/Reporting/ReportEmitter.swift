import TenderValidation

/// Writes a validation report in the chosen format: findings on standard output,
/// the summary (text format only) on standard error.
enum ReportEmitter {
    static func emit(_ report: ValidationReport, format: ReportFormat, suiteName: String,
                     loudness: Loudness = .normal) async throws {
        switch format {
        case .text:
            var reporter = Terminal.standardOutputReporter
            // A person at a terminal reads a summary; a pipe or a file gets every finding.
            reporter.rollsUpWarnings = reporter.terminal && loudness == .normal
            var shown = report
            if loudness == .quiet { shown.diagnostics = report.diagnostics.filter { $0.severity == .error } }
            Terminal.write(reporter.render(shown))
            if loudness == .verbose {
                let byFile = Dictionary(grouping: report.diagnostics, by: \.location.file)
                for file in report.files {
                    let findings = byFile[file] ?? []
                    let errors = findings.filter { $0.severity == .error }.count
                    let warnings = findings.count - errors
                    Terminal.writeError("checked \(VisibleText.escape(file)): "
                        + (errors == 1 ? "1 error" : "\(errors) errors") + ", "
                        + (warnings == 1 ? "1 warning" : "\(warnings) warnings") + "\n")
                }
            }
            Terminal.writeError(reporter.summary(report) + "\n")
        case .json, .sarif, .junit, .github:
            Terminal.write(try await MachineReport.render(report, format: format, suiteName: suiteName))
            guard format == .github else { return }
            GitHubStepSummary.appendIfRequested(report, title: suiteName)
        }
    }
}
