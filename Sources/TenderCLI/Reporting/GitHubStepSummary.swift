import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TenderModel
import TenderRendering
import TenderValidation

/// With `--format github` in GitHub Actions, the job summary: GitHub shows at most 10
/// annotations of each kind per step, so every finding is also appended, as a
/// Markdown table, to the file `GITHUB_STEP_SUMMARY` names. Text from a specification
/// is escaped so that it is shown, never read as Markdown or HTML.
public enum GitHubStepSummary {
    public static let variable = "GITHUB_STEP_SUMMARY"

    /// Appends the summary when `GITHUB_STEP_SUMMARY` is set; a file that cannot be
    /// written is reported on standard error and changes nothing else.
    static func appendIfRequested(_ report: ValidationReport, title: String) {
        guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else { return }
        let data = Data(markdown(report, title: title).utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            Terminal.writeError("tenderpack: \(variable) \(VisibleText.escape(path)): cannot write: \(String(cString: strerror(errno)))\n")
            return
        }
        let failure = DescriptorWrite.all(data, to: descriptor)
        close(descriptor)
        if failure != 0 {
            Terminal.writeError("tenderpack: \(variable) \(VisibleText.escape(path)): cannot write: \(String(cString: strerror(failure)))\n")
        }
    }

    /// The summary: a heading with the counts, then one table row per finding, in the
    /// report's order (path, line, column, rule).
    public static func markdown(_ report: ValidationReport, title: String) -> String {
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        let errors = report.errorCount == 1 ? "1 error" : "\(report.errorCount) errors"
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        let suppressed = report.suppressed.isEmpty ? "" : ", \(report.suppressed.count) suppressed"
        var out = "### \(escape(title)): \(errors), \(warnings) in \(files)\(suppressed)\n\n"
        if report.diagnostics.isEmpty {
            out += "No findings.\n\n"
        } else {
            out += "Every finding (the annotations show at most 10 of each kind).\n\n"
            out += "| Severity | Rule | Location | Finding |\n|---|---|---|---|\n"
            for d in report.diagnostics { out += row(d) + " |\n" }
            out += "\n"
        }
        return out + audit(report.suppressed.filter { $0.kind == .waiver }, heading: "Waived")
            + audit(report.suppressed.filter { $0.kind == .approval }, heading: "Approved")
    }

    private static func row(_ d: Diagnostic) -> String {
        let finding = ([d.message] + d.notes.map { "note: \($0)" }).map(escape).joined(separator: "<br>")
        return "| \(d.severity.rawValue) | \(escape(d.ruleID)) | \(escape(d.location.description)) | \(finding)"
    }

    /// The suppressed findings of one kind, each with who accepted it, until or since
    /// when, where and why: counted for nothing, never failing the run, but listed.
    private static func audit(_ suppressions: [Suppression], heading: String) -> String {
        guard !suppressions.isEmpty else { return "" }
        var out = "#### \(heading) (\(suppressions.count); not counted, never failing the run)\n\n"
        out += "| Severity | Rule | Location | Finding | Accepted |\n|---|---|---|---|---|\n"
        for s in suppressions { out += row(s.finding) + " | \(escape(s.justification)) |\n" }
        return out + "\n"
    }

    /// Markdown-inert text for a table cell: every ASCII punctuation character that
    /// GitHub's Markdown reads (`|`, `*`, `_`, `` ` ``, `[`, `<`, `&`, `#`, `$` for
    /// maths, `@` for mentions, `:` for autolinks …) backslash-escaped, as CommonMark
    /// allows for any ASCII punctuation; control characters and line breaks shown as
    /// escapes (VisibleText).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in VisibleText.escape(text).unicodeScalars {
            if markdownPunctuation.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    private static let markdownPunctuation = Set("\\`*_{}[]()<>#+-.!|~&:$^@".unicodeScalars)
}
