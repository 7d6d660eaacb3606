import Foundation
import TenderModel
import TenderValidation

/// The versioned JSON report. Shape (version 1), documented in Docs/Reports.md:
/// `{version, tool: {name, version}, files: [path], summary: {errors, warnings},
/// findings: [{rule, severity, file, line, column, message, notes}]}`; from `check`,
/// when findings were waived or approved, also `suppressed: [{rule, severity, file,
/// line, column, message, notes, suppression: {kind, by, reason, expires | approvedOn,
/// source: {file, line, column}}}]`.
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
        /// Only when something was suppressed (waivers, approvals).
        let suppressed: [Suppressed]?

        struct Suppressed: Encodable {
            struct Source: Encodable { let file: String; let line: Int; let column: Int }
            struct Detail: Encodable {
                let kind: String
                let by: String
                let reason: String
                let expires: String?
                let approvedOn: String?
                let source: Source
            }
            let rule: String
            let severity: String
            let file: String
            let line: Int
            let column: Int
            let message: String
            let notes: [String]
            let suppression: Detail
        }
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
            },
            suppressed: report.suppressed.isEmpty ? nil : report.suppressed.map { s in
                let d = s.finding
                return .init(rule: d.ruleID, severity: d.severity.rawValue, file: d.location.file, line: d.location.line,
                             column: d.location.column, message: d.message, notes: d.notes,
                             suppression: .init(kind: s.kind.rawValue, by: s.by, reason: s.reason, expires: s.expires,
                                                approvedOn: s.approvedOn,
                                                source: .init(file: s.source.file, line: s.source.line, column: s.source.column)))
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
