import Foundation
import TenderModel
import TenderValidation

/// SARIF 2.1.0, for code-scanning dashboards: every rule of the catalogue with its
/// descriptions, and every finding with its location.
public struct SARIFReporter: Sendable {
    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { let tool: Tool; let results: [Result] }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let informationUri: String
        let rules: [Rule]
    }
    struct Text: Encodable { let text: String }
    struct Rule: Encodable {
        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
    }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { let artifactLocation: Artifact; let region: Region }
    struct Artifact: Encodable { let uri: String }
    struct Region: Encodable { let startLine: Int; let startColumn: Int }

    public init() {}

    public func render(_ report: ValidationReport) throws -> String {
        let rules = RuleCatalogue.all
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let driver = Driver(
            name: "tenderpack", version: TenderPackVersion.current,
            informationUri: "https://github.com/tenderpack/tenderpack",
            rules: rules.map {
                Rule(id: $0.id, shortDescription: Text(text: $0.summary), fullDescription: Text(text: $0.rationale),
                     help: Text(text: "Run `tenderpack explain \($0.id)` for examples."),
                     defaultConfiguration: Configuration(level: $0.severity.rawValue))
            })
        let results = report.diagnostics.map { d in
            Result(ruleId: d.ruleID, ruleIndex: index[d.ruleID], level: d.severity.rawValue,
                   message: Text(text: ([d.message] + d.notes).joined(separator: "; ")),
                   locations: [Location(physicalLocation: PhysicalLocation(
                       artifactLocation: Artifact(uri: d.location.file),
                       region: Region(startLine: d.location.line, startColumn: d.location.column)))])
        }
        return try JSONOutput.encode(Log(runs: [Run(tool: Tool(driver: driver), results: results)]))
    }
}
