import TenderValidation

/// A report in a machine format, as text: what `ReportEmitter` writes for `validate`,
/// `build` and `check`, and what `diff --format sarif|junit|github` writes.
enum MachineReport {
    /// `repositoryPaths` maps findings' files that are `REV:path` (a side of `diff`)
    /// to their path from the repository's top, for SARIF locations.
    static func render(_ report: ValidationReport, format: ReportFormat, suiteName: String,
                       repositoryPaths: [String: String] = [:]) async throws -> String {
        switch format {
        case .json: return try JSONReporter().render(report)
        case .sarif:
            var reporter = SARIFReporter(root: await SourceRoot.resolve())
            reporter.rootRelativeFiles = repositoryPaths
            return try reporter.render(report)
        case .junit: return try JUnitReporter().render(report, suiteName: suiteName)
        case .github: return GitHubReporter().render(report)
        case .text: return TextReporter(terminal: false, colour: false).render(report)
        }
    }
}
