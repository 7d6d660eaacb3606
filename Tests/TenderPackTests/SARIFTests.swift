import Foundation
import Testing
import TenderCLI
import TenderValidation

/// SARIF for code scanning, through the built binary: every log that `validate` and
/// `check` write (`diff`'s: CIFormatTests) — with findings, without, with an odd file name, from
/// standard input — is valid against the SARIF 2.1.0 schema (with URI format checks);
/// locations are relative to `%SRCROOT%` and percent-encoded; every rule id a result
/// carries is described; fingerprints survive line moves.
@Suite("SARIF", .serialized)
struct SARIFTests {
    static let oddName = "typo,100%.yaml"

    static func log(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text.prefix(300))")
    }

    static func run0(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        return try #require(runs.first)
    }

    static func results(_ text: String) throws -> [[String: Any]] {
        try #require(try run0(log(text))["results"] as? [[String: Any]])
    }

    static func artifact(_ result: [String: Any]) throws -> [String: Any] {
        let locations = try #require(result["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        return try #require(physical["artifactLocation"] as? [String: Any])
    }

    static func region(_ result: [String: Any]) throws -> (line: Int, column: Int) {
        let locations = try #require(result["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Any])
        return (region["startLine"] as? Int ?? 0, region["startColumn"] as? Int ?? 0)
    }

    static func fingerprint(_ result: [String: Any]) -> String? {
        (result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintName]
    }

    /// A folder (not a repository) holding a clean spec, a bad spec with an odd name,
    /// and a bad spec under a folder with a space and a non-ASCII name.
    static func makeFolder() throws -> URL {
        let folder = try TestSupport.makeTemporaryDirectory()
        try Data(RuleExample.base.utf8).write(to: folder.appendingPathComponent("clean.yaml"))
        try FileManager.default.copyItem(at: TestSupport.badFixture("semantic-unknown-area.yaml"),
                                         to: folder.appendingPathComponent(oddName))
        let nested = folder.appendingPathComponent("Specs/Ward é 2")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.badFixture("unknown-key-lot.yaml"),
                                         to: nested.appendingPathComponent("[lot] #1.yaml"))
        return folder
    }

    // MARK: - Valid against the schema

    @Test("every SARIF log from validate and check is valid SARIF 2.1.0, URIs included")
    func everyLogIsValid() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [(name: String, text: String)] = []
        func record(_ name: String, _ arguments: [String], in directory: URL, input: URL? = nil, status: Int32) throws {
            let result = try SchemaCheck.run(arguments, in: directory, input: input)
            #expect(result.status == status, "\(arguments): \(result)")
            outputs.append((name + ".sarif", result.stdout))
        }
        try record("validate-clean", ["validate", "--format", "sarif", "clean.yaml"], in: folder, status: 0)
        try record("validate-odd", ["validate", "--format", "sarif", Self.oddName, "Specs"], in: folder, status: 1)
        try record("validate-stdin", ["validate", "--format", "sarif", "-"], in: folder,
                   input: folder.appendingPathComponent(Self.oddName), status: 1)
        try record("validate-stdin-named", ["validate", "--format", "sarif", "--stdin-filename", "Specs/x y%.yaml", "-"],
                   in: folder, input: folder.appendingPathComponent(Self.oddName), status: 1)
        try record("validate-absolute", ["validate", "--format", "sarif", folder.appendingPathComponent(Self.oddName).path],
                   in: TestSupport.packageRoot, status: 1)

        let repository = try SchemaCheck.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        try record("check-clean", ["check", "--format", "sarif"], in: repository, status: 0)
        let spec = repository.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "max: 6", with: "max: 9").write(to: spec, atomically: true, encoding: .utf8)
        try "check:\n  failsOn: material\n".write(to: repository.appendingPathComponent("tenderpack-policy.yaml"),
                                                 atomically: true, encoding: .utf8)
        // A changed spec (diff.material-change), a stale pack (output.stale), a mistyped policy (policy.invalid).
        try record("check-findings", ["check", "--format", "sarif", "--base", "HEAD"], in: repository, status: 1)
        let check = try Self.results(try #require(outputs.last?.text))
        let ids = Set(check.compactMap { $0["ruleId"] as? String })
        #expect(ids.isSuperset(of: ["diff.material-change", "output.stale", "policy.invalid"]), "\(ids)")

        let files = try SchemaCheck.write(outputs, in: folder)
        guard let verdicts = try SchemaCheck.validate("json", schema: SchemaCheck.sarifSchema, files: files) else { return }
        for (path, errors) in verdicts {
            #expect(errors.isEmpty, "\(path): \(errors)")
        }
    }

    @Test("the checker rejects a log whose URI is not percent-encoded (the test can fail)")
    func theCheckerRejectsABadURI() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SchemaCheck.run(["validate", "--format", "sarif", Self.oddName], in: folder)
        let broken = result.stdout.replacingOccurrences(of: "typo,100%25.yaml", with: "typo,100%.yaml")
        #expect(broken != result.stdout)
        let files = try SchemaCheck.write([("broken.sarif", broken)], in: folder)
        guard let verdicts = try SchemaCheck.validate("json", schema: SchemaCheck.sarifSchema, files: files) else { return }
        #expect(verdicts[files[0].path]?.contains { $0.contains("is not a 'uri-reference'") } == true, "\(verdicts)")
    }

    // MARK: - Locations

    @Test("locations are relative to %SRCROOT%, percent-encoded, and standard input has none")
    func locations() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let odd = try SchemaCheck.run(["validate", "--format", "sarif", Self.oddName, "Specs"], in: folder)
        let log = try Self.log(odd.stdout)
        let run = try Self.run0(log)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(bases.keys.sorted() == [SARIFReporter.rootID])
        #expect(bases[SARIFReporter.rootID]?["uri"] == nil, "the log must not depend on the machine's paths")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        var uris: Set<String> = []
        for result in try #require(run["results"] as? [[String: Any]]) {
            let artifact = try Self.artifact(result)
            #expect(artifact["uriBaseId"] as? String == SARIFReporter.rootID)
            uris.insert(try #require(artifact["uri"] as? String))
        }
        #expect(uris == ["typo,100%25.yaml", "Specs/Ward%20%C3%A9%202/%5Blot%5D%20%231.yaml"], "\(uris)")

        // From a subfolder of a repository, paths are from the repository's top.
        let repository = try SchemaCheck.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let spec = repository.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "areas: all", with: "areas: [south]").write(to: spec, atomically: true, encoding: .utf8)
        let inside = try SchemaCheck.run(["validate", "--format", "sarif", "small.yaml"],
                                         in: repository.appendingPathComponent("Specs"))
        let insideURIs = Set(try Self.results(inside.stdout).map { try Self.artifact($0)["uri"] as? String })
        #expect(insideURIs == ["Specs/small.yaml"], "\(inside)")
        let above = try SchemaCheck.run(["validate", "--format", "sarif", "../Specs/small.yaml"],
                                        in: repository.appendingPathComponent("Templates"))
        #expect(Set(try Self.results(above.stdout).map { try Self.artifact($0)["uri"] as? String }) == ["Specs/small.yaml"])

        // A file outside the root: an absolute file URI, no base.
        let outside = try SchemaCheck.run(["validate", "--format", "sarif", folder.appendingPathComponent(Self.oddName).path],
                                          in: TestSupport.packageRoot)
        for result in try Self.results(outside.stdout) {
            let artifact = try Self.artifact(result)
            #expect(artifact["uriBaseId"] == nil)
            #expect((artifact["uri"] as? String)?.hasPrefix("file:///") == true)
            #expect((artifact["uri"] as? String)?.hasSuffix("/typo,100%25.yaml") == true)
        }

        // Standard input with no name: no URI, a description, the region kept.
        let stdin = try SchemaCheck.run(["validate", "--format", "sarif", "-"], in: folder,
                                        input: folder.appendingPathComponent(Self.oddName))
        let stdinResults = try Self.results(stdin.stdout)
        #expect(!stdinResults.isEmpty)
        for result in stdinResults {
            let artifact = try Self.artifact(result)
            #expect(artifact["uri"] == nil, "\(artifact)")
            #expect(((artifact["description"] as? [String: Any])?["text"] as? String)?.contains("standard input") == true)
            #expect(try Self.region(result).line > 1)
        }
        // Named with --stdin-filename: located like a file.
        let named = try SchemaCheck.run(["validate", "--format", "sarif", "--stdin-filename", "Specs/x y%.yaml", "-"], in: folder,
                                        input: folder.appendingPathComponent(Self.oddName))
        #expect(Set(try Self.results(named.stdout).map { try Self.artifact($0)["uri"] as? String }) == ["Specs/x%20y%25.yaml"])
    }

    @Test("percent-encoding: unreserved characters and sub-delimiters stay, everything else is encoded",
          arguments: [
              ("typo,100%.yaml", "typo,100%25.yaml"), ("a b.yaml", "a%20b.yaml"), ("é.yaml", "%C3%A9.yaml"),
              ("a:b.yaml", "a%3Ab.yaml"), ("x?y#z.yaml", "x%3Fy%23z.yaml"), ("~_-.!$&'()*+;=@", "~_-.!$&'()*+;=@"),
              ("[1]<2>\"3\"`4`{5}|6\\7^8", "%5B1%5D%3C2%3E%223%22%604%60%7B5%7D%7C6%5C7%5E8"),
          ])
    func percentEncoding(_ input: String, _ expected: String) {
        #expect(SourceRoot.encode([input]) == expected)
        #expect(SourceRoot(prefix: ["Specs"], path: "/repo").artifact(for: "./" + input) == .relative("Specs/" + expected))
    }

    @Test("paths are normalised against the root: `.`, `..` and a prefix; above the root is absolute")
    func normalisation() {
        let root = SourceRoot(prefix: ["a", "b"], path: "/repo")
        #expect(root.artifact(for: "x.yaml") == .relative("a/b/x.yaml"))
        #expect(root.artifact(for: "../../Specs/./x.yaml") == .relative("Specs/x.yaml"))
        #expect(root.artifact(for: "/repo/Specs/x.yaml") == .relative("Specs/x.yaml"))
        #expect(root.artifact(for: "/elsewhere/x y.yaml") == .absolute("file:///elsewhere/x%20y.yaml"))
        if case .absolute = root.artifact(for: "../../../x.yaml") {} else { Issue.record("above the root must be absolute") }
    }

    // MARK: - Rules

    @Test("every rule id a result can carry has a rule with help from explain and a default level")
    func rules() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SchemaCheck.run(["validate", "--format", "sarif", "clean.yaml"], in: folder)
        let run = try Self.run0(try Self.log(result.stdout))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        let catalogue = try SchemaCheck.run(["rules", "--format", "json"], in: folder)
        let catalogueIDs = try #require(try JSONSerialization.jsonObject(with: Data(catalogue.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        #expect(Set(ids).isSuperset(of: catalogueIDs))
        #expect(Set(ids).isSuperset(of: ["output.stale", "diff.material-change", "diff.editorial-change",
                                         "diff.base-unreadable", "policy.invalid"]))
        for rule in rules {
            let id = rule["id"] as? String ?? "?"
            let help = try #require(rule["help"] as? [String: String], "\(id)")
            #expect(help["markdown"]?.contains("tenderpack explain \(id)") == true, "\(id)")
            #expect(!(help["text"] ?? "").isEmpty)
            let short = ((rule["shortDescription"] as? [String: Any])?["text"] as? String) ?? ""
            #expect(short.count > 0, "\(id)")
            let level = ((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String) ?? "none"
            #expect(Set(["error", "warning"]).contains(level), "\(id)")
        }
        // Examples are fenced YAML in the help.
        let area = try #require(rules.first { $0["id"] as? String == "reference.area" })
        let markdown = try #require((area["help"] as? [String: String])?["markdown"])
        #expect(markdown.contains("```yaml\n"), "\(markdown)")
        #expect(markdown.contains("↓"))
    }

    // MARK: - Fingerprints and determinism

    @Test("partialFingerprints survive lines inserted above a finding; the log is byte-identical run to run")
    func fingerprintsSurviveLineMoves() throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try SchemaCheck.run(["validate", "--format", "sarif", Self.oddName], in: folder)
        let again = try SchemaCheck.run(["validate", "--format", "sarif", Self.oddName], in: folder)
        #expect(before.stdout == again.stdout)
        let file = folder.appendingPathComponent(Self.oddName)
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("# a comment\n# another\n\n" + text).write(to: file, atomically: true, encoding: .utf8)
        let after = try SchemaCheck.run(["validate", "--format", "sarif", Self.oddName], in: folder)
        let old = try Self.results(before.stdout)
        let new = try Self.results(after.stdout)
        #expect(old.count == new.count)
        #expect(old.count >= 2)
        for (a, b) in zip(old, new) {
            #expect(try Self.region(b).line == Self.region(a).line + 3)
            #expect(Self.fingerprint(a) != nil)
            #expect(Self.fingerprint(a) == Self.fingerprint(b), "\(a) vs \(b)")
        }
        #expect(Set(old.compactMap(Self.fingerprint)).count == old.count, "fingerprints must tell findings apart")
    }

    @Test("positions in a message do not change the fingerprint")
    func messagesLosePositions() {
        #expect(FindingFingerprint.withoutPositions("the limit is at Specs/x.yaml:12:5") == "the limit is at Specs/x.yaml:#:#")
        #expect(FindingFingerprint.withoutPositions("q1: 30 at line 14, column 3") == "q1: 30 at line #, column #")
        #expect(FindingFingerprint.hash(ruleID: "a", file: "f", keyPath: "k", message: "m")
            != FindingFingerprint.hash(ruleID: "a", file: "f", keyPath: "k2", message: "m"))
    }
}

