import TenderModel
import TenderValidation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        report.diagnostics.map { d in
            let properties = "file=\(escapeProperty(d.location.file)),line=\(d.location.line),col=\(d.location.column),title=\(escapeProperty(d.ruleID))"
            let message = ([d.message] + d.notes).joined(separator: "\n")
            return "::\(d.severity.rawValue) \(properties)::\(escapeData(message + " [\(d.ruleID)]"))\n"
        }.joined()
    }

    func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
