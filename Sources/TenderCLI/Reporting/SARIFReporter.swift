import Foundation
import TenderModel
import TenderValidation

/// SARIF 2.1.0, for code-scanning dashboards (documented in README.md, "SARIF").
///
/// - Every id a result can carry has a `rules` entry (the catalogue, and the findings
///   of `check`, `diff` and the policy file), with `explain`'s text as `help`.
/// - Locations are relative to `%SRCROOT%` — the git repository's top, or the current
///   directory outside one — and percent-encoded (`typo,100%.yaml` is
///   `typo,100%25.yaml`). `originalUriBaseIds` describes the root without its absolute
///   path, so the log is byte-identical on every machine; a file outside the root has
///   an absolute `file:` URI. A specification read from standard input with no
///   `--stdin-filename` has no URI: its location is described, with its region.
/// - `partialFingerprints` hash the rule, the file, the finding's key path in the
///   specification (or, for a finding with none, its message without positions) and
///   an occurrence number — never a line — so a finding keeps its identity when the
///   lines above it move.
public struct SARIFReporter: Sendable {
    /// The property `partialFingerprints` carries (name/version, as SARIF asks).
    public static let fingerprintName = "tenderpackFindingHash/v1"
    public static let rootID = "%SRCROOT%"

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: BaseLocation]
        let columnKind = "unicodeCodePoints"
        let results: [Result]
    }
    struct BaseLocation: Encodable { let description: Text }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let version: String
        let semanticVersion: String
        let informationUri: String
        let rules: [Rule]
    }
    struct Text: Encodable { let text: String }
    struct Help: Encodable { let text: String; let markdown: String }
    struct Rule: Encodable {
        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Help
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
        let partialFingerprints: [String: String]
        /// For a waived or approved finding (`check`): kind external (the acceptance is in
        /// the policy file or the ledger, not in the specification), with the justification.
        var suppressions: [SuppressionEntry]? = nil
    }
    struct SuppressionEntry: Encodable {
        let kind: String
        let status: String
        let justification: String
    }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { let artifactLocation: Artifact; let region: Region }
    struct Artifact: Encodable {
        var uri: String?
        var uriBaseId: String?
        var description: Text?
    }
    struct Region: Encodable { let startLine: Int; let startColumn: Int }

    /// The root locations are relative to (`await SourceRoot.resolve()`); the current
    /// directory when not given.
    public var root: SourceRoot?
    /// Names of specifications read from standard input with no real path: their
    /// results have no URI.
    public var unlocatedFiles: Set<String> = [StandardInput.defaultName]
    /// Findings' files that are not paths from the current directory: `REV:path` sides
    /// of `diff`, mapped to their path from the root.
    public var rootRelativeFiles: [String: String] = [:]

    public init(root: SourceRoot? = nil) {
        self.root = root
    }

    public func render(_ report: ValidationReport) throws -> String {
        let root = root ?? SourceRoot.currentDirectory
        let driver = Driver(
            name: "tenderpack", version: TenderPackVersion.current, semanticVersion: TenderPackVersion.current,
            informationUri: "https://github.com/tenderpack/tenderpack",
            rules: RuleHelp.all.map {
                Rule(id: $0.id, shortDescription: Text(text: $0.summary), fullDescription: Text(text: $0.rationale),
                     help: Help(text: $0.text, markdown: $0.markdown),
                     defaultConfiguration: Configuration(level: $0.level))
            })
        let keyPaths = FindingFingerprint.keyPaths(report.specifications)
        var occurrences: [String: Int] = [:]
        var artifacts: [String: Artifact] = [:]
        // Suppressed findings are results too, carrying their suppression (SARIF §3.35).
        let entries: [(Diagnostic, Suppression?)] = (report.diagnostics.map { ($0, nil) }
            + report.suppressed.map { ($0.finding, $0) }).sorted { $0.0 < $1.0 }
        let results = entries.map { d, suppression in
            let artifact = artifacts[d.location.file] ?? self.artifact(for: d.location.file, root: root)
            artifacts[d.location.file] = artifact
            let hash = FindingFingerprint.hash(ruleID: d.ruleID, file: artifact.uri ?? d.location.file,
                                               keyPath: keyPaths[d.location], message: d.message)
            occurrences[hash, default: 0] += 1
            return Result(ruleId: d.ruleID, ruleIndex: RuleHelp.index[d.ruleID], level: d.severity.rawValue,
                          message: Text(text: ([d.message] + d.notes).joined(separator: "; ")),
                          locations: [Location(physicalLocation: PhysicalLocation(
                              artifactLocation: artifact,
                              region: Region(startLine: max(1, d.location.line), startColumn: max(1, d.location.column))))],
                          partialFingerprints: [Self.fingerprintName: "\(hash):\(occurrences[hash] ?? 1)"],
                          suppressions: suppression.map {
                              [SuppressionEntry(kind: "external", status: "accepted", justification: $0.justification)]
                          })
        }
        let base = BaseLocation(description: Text(text:
            "The top of the git repository tenderpack ran in (git rev-parse --show-toplevel), or the folder it ran in "
            + "outside a repository. Its absolute path is left out so that the log is the same on every machine."))
        return try JSONOutput.encode(Log(runs: [Run(tool: Tool(driver: driver), originalUriBaseIds: [Self.rootID: base],
                                                    results: results)]))
    }

    func artifact(for file: String, root: SourceRoot) -> Artifact {
        if unlocatedFiles.contains(file) {
            return Artifact(description: Text(text: "standard input (\(file)); give --stdin-filename PATH for a location"))
        }
        if let path = rootRelativeFiles[file] {
            return Artifact(uri: SourceRoot.encode(path.split(separator: "/").map(String.init)), uriBaseId: Self.rootID)
        }
        switch root.artifact(for: file) {
        case .relative(let uri): return Artifact(uri: uri, uriBaseId: Self.rootID)
        case .absolute(let uri): return Artifact(uri: uri)
        }
    }
}

/// The identity of a finding that survives line moves (see `SARIFReporter`).
public enum FindingFingerprint {
    /// Each value's key path (`lots/central/requirements/r1/strength`) by where it is written.
    static func keyPaths(_ specifications: [Specification]) -> [SourceLocation: String] {
        var paths: [SourceLocation: String] = [:]
        for specification in specifications {
            for field in specification.structuredFields() where paths[field.location] == nil {
                paths[field.location] = field.keyPath
            }
        }
        return paths
    }

    /// FNV-1a 64 over the rule, the file, the key path (when the finding is at a value)
    /// and the message with line and column numbers taken out; 16 hex digits.
    public static func hash(ruleID: String, file: String, keyPath: String?, message: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in [ruleID, file, keyPath ?? "", withoutPositions(message)].enumerated() {
            if index > 0 {
                hash ^= 0x1F
                hash = hash &* 0x0000_0100_0000_01B3
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `at 12:5`, `line 12`, `column 5` lose their numbers: they move with the text.
    public static func withoutPositions(_ message: String) -> String {
        message.replacing(/\d+:\d+/, with: "#:#")
            .replacing(/\b(line|column|lines|columns) \d+/) { "\($0.output.1) #" }
    }
}
