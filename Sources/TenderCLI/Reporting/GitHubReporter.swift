import TenderModel
import TenderValidation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        report.diagnostics.map { d in
            let file = VisibleText.escape(d.location.file)
            let properties = "file=\(escapeProperty(file)),line=\(d.location.line),col=\(d.location.column),title=\(escapeProperty(d.ruleID))"
            let message = ([d.message] + d.notes).map { VisibleText.escape($0) }.joined(separator: "\n")
            return "::\(d.severity.rawValue) \(properties)::\(escapeData(message + " [\(d.ruleID)]"))\n"
        }.joined()
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
