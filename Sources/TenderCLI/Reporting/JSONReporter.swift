import Foundation
import TenderModel
import TenderValidation

/// The versioned JSON report. Shape (version 1), documented in Docs/Reports.md:
/// `{version, tool: {name, version}, files: [path], summary: {errors, warnings},
/// findings: [{rule, severity, file, line, column, message, notes}]}`.
public struct JSONReporter: Sendable {
    public static let formatVersion = 1

    struct Document: Encodable {
        struct Tool: Encodable { let name: String; let version: String }
        struct Summary: Encodable { let errors: Int; let warnings: Int }
        struct Finding: Encodable {
            let rule: String
            let severity: String
            let file: String
            let line: Int
            let column: Int
            let message: String
            let notes: [String]
        }
        let version: Int
        let tool: Tool
        let files: [String]
        let summary: Summary
        let findings: [Finding]
    }

    public init() {}

    public func render(_ report: ValidationReport) throws -> String {
        let document = Document(
            version: Self.formatVersion,
            tool: .init(name: "tenderpack", version: TenderPackVersion.current),
            files: report.files,
            summary: .init(errors: report.errorCount, warnings: report.warningCount),
            findings: report.diagnostics.map {
                .init(rule: $0.ruleID, severity: $0.severity.rawValue, file: $0.location.file,
                      line: $0.location.line, column: $0.location.column, message: $0.message, notes: $0.notes)
            })
        return try JSONOutput.encode(document)
    }
}

/// Deterministic JSON: sorted keys, two-space indentation, a final newline.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
