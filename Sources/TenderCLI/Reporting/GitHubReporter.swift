import TenderModel
import TenderValidation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
/// A suppressed finding (waived, or an approved change) is a `::notice`, titled
/// `rule-id (waived)` or `(approved)`, its message ending with who accepted it until
/// when and why: visible on the line, never an error or a warning, never failing.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        let kept = report.diagnostics.map { d in
            command(d.severity.rawValue, d, title: d.ruleID, extra: [])
        }
        let suppressed = report.suppressed.map { s in
            command("notice", s.finding, title: "\(s.finding.ruleID) (\(s.kind == .waiver ? "waived" : "approved"))",
                    extra: ["suppressed \(s.finding.severity.rawValue): " + s.justification])
        }
        return (kept + suppressed).joined()
    }

    private func command(_ kind: String, _ d: Diagnostic, title: String, extra: [String]) -> String {
        let file = VisibleText.escape(d.location.file)
        let properties = "file=\(escapeProperty(file)),line=\(d.location.line),col=\(d.location.column),title=\(escapeProperty(title))"
        let message = ([d.message] + d.notes + extra).map { VisibleText.escape($0) }.joined(separator: "\n")
        return "::\(kind) \(properties)::\(escapeData(message + " [\(d.ruleID)]"))\n"
    }

    /// Escapes by Unicode scalar: `\r\n` is one `Character` in Swift, so replacing the
    /// characters `\r` and `\n` would miss it.
    func escapeData(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    func escapeProperty(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    private func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = table.first(where: { $0.0 == scalar })?.1 { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
