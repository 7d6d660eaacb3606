import Foundation
import Testing
import TenderCLI
import TenderValidation
import XMLKit

/// Tests that run the built `tenderpack` binary and check its exit status, standard
/// output and standard error, as CI and officers see them.
@Suite("End to end", .serialized)
struct EndToEndTests {
    /// A folder holding one clean specification (the rule examples' base) as `clean.yaml`.
    final class CleanSpec {
        let folder: URL
        let file: URL
        init() throws {
            folder = try TestSupport.makeTemporaryDirectory()
            file = folder.appendingPathComponent("clean.yaml")
            try Data(RuleExample.base.utf8).write(to: file)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// Bad fixtures whose findings, together, span several files, lines and severities.
    static let badFiles = [
        "semantic-unknown-area.yaml", "semantic-kpi-target-120.yaml", "unknown-key-lot.yaml", "bidi-override.yaml",
    ]
    static var badPaths: [String] { badFiles.map { TestSupport.badFixture($0).path } }

    static var headline: Regex<(Substring, Substring, Substring, Substring, Substring, Substring, Substring)> {
        /^(.+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9.\-]+)\]$/
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> TestSupport.RunResult {
        try TestSupport.runTenderpack(arguments, in: directory)
    }

    // MARK: - The binary is there

    @Test("the tenderpack binary is found next to the tests")
    func binaryIsFound() {
        #expect(TestSupport.executableURL != nil, "\(TestSupport.ExecutableNotFound())")
    }

    // MARK: - text

    @Test("text: a clean spec prints nothing on stdout and exits 0")
    func textClean() throws {
        let clean = try CleanSpec()
        let result = try Self.run(["validate", clean.file.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains("1 file checked: no findings"), "\(result)")
    }

    @Test("text: findings are `path:line:col: severity: message [id]`, sorted, without ANSI escapes")
    func textBad() throws {
        let result = try Self.run(["validate"] + Self.badPaths)
        #expect(result.status == 1, "\(result)")
        #expect(!result.stdout.contains("\u{1B}"), "escape sequences when stdout is not a terminal")
        #expect(!result.stderr.contains("\u{1B}"))
        var keys: [(String, Int, Int, String)] = []
        for line in result.stdoutLines {
            if line.hasPrefix("    note: ") { continue }
            guard let match = line.wholeMatch(of: Self.headline) else {
                Issue.record("not a finding line: \(line)")
                continue
            }
            keys.append((String(match.1), Int(match.2) ?? 0, Int(match.3) ?? 0, String(match.6)))
        }
        #expect(keys.count >= 5, "\(result)")
        let sorted = keys.sorted { ($0.0, $0.1, $0.2, $0.3) < ($1.0, $1.1, $1.2, $1.3) }
        #expect(keys.map { "\($0)" } == sorted.map { "\($0)" }, "findings are not sorted")
        // Every file is there, and the expected findings with their locations.
        let area = TestSupport.badFixture("semantic-unknown-area.yaml").path
        #expect(result.stdout.contains("\(area):25:13: error: area `nort` is not defined under `areas:` [reference.area]"))
        #expect(result.stdout.contains("    note: did you mean `north`?"))
        let bidi = TestSupport.badFixture("bidi-override.yaml").path
        #expect(keys.contains { $0.0 == bidi && $0.3 == "text.bidirectional-control" })
        #expect(result.stdout.contains(": warning: "))
        #expect(result.stderr.contains("4 files checked:"), "\(result)")
    }

    // MARK: - json

    @Test("json: version 1, findings with rule, file, line and column")
    func json() throws {
        let clean = try CleanSpec()
        let good = try Self.run(["validate", "--format", "json", clean.file.path])
        #expect(good.status == 0, "\(good)")
        let goodObject = try #require(try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any])
        #expect(goodObject["version"] as? Int == 1)
        #expect((goodObject["findings"] as? [Any])?.isEmpty == true)
        #expect(goodObject["files"] as? [String] == [clean.file.path])

        let bad = try Self.run(["validate", "--format", "json"] + Self.badPaths)
        #expect(bad.status == 1, "\(bad)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count >= 5)
        for finding in findings {
            #expect(finding["rule"] is String)
            #expect(["error", "warning"].contains(finding["severity"] as? String))
            #expect(Self.badPaths.contains(finding["file"] as? String ?? ""))
            #expect((finding["line"] as? Int ?? 0) >= 1)
            #expect((finding["column"] as? Int ?? 0) >= 1)
            #expect(!(finding["message"] as? String ?? "").isEmpty)
        }
        #expect(findings.contains {
            $0["rule"] as? String == "kpi.target-out-of-range" && $0["line"] as? Int == 30 && $0["column"] as? Int == 17
        })
        let summary = try #require(object["summary"] as? [String: Int])
        #expect((summary["errors"] ?? 0) > 0)
        #expect(summary["warnings"] == 1)
    }

    // MARK: - sarif

    @Test("sarif: 2.1.0, every rule of `rules --format json`, located results")
    func sarif() throws {
        let rules = try Self.run(["rules", "--format", "json"])
        #expect(rules.status == 0, "\(rules)")
        let catalogue = try #require(try JSONSerialization.jsonObject(with: Data(rules.stdout.utf8)) as? [[String: Any]])
        let ruleIDs = catalogue.compactMap { $0["id"] as? String }
        #expect(ruleIDs.count >= 25)

        let clean = try CleanSpec()
        for (paths, status) in [([clean.file.path], Int32(0)), (Self.badPaths, Int32(1))] {
            let result = try Self.run(["validate", "--format", "sarif"] + paths)
            #expect(result.status == status, "\(result)")
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            let runs = try #require(log["runs"] as? [[String: Any]])
            #expect(runs.count == 1)
            let tool = try #require(runs[0]["tool"] as? [String: Any])
            let driver = try #require(tool["driver"] as? [String: Any])
            let described = try #require(driver["rules"] as? [[String: Any]])
            let describedIDs = described.compactMap { $0["id"] as? String }
            // The catalogue, and the findings of check, diff and the policy file.
            #expect(Set(describedIDs).isSuperset(of: ruleIDs))
            #expect(describedIDs == describedIDs.sorted())
            for rule in described {
                let short = (rule["shortDescription"] as? [String: Any])?["text"] as? String
                let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String
                #expect(!(short ?? "").isEmpty, "rule \(rule["id"] ?? "?") has no short description")
                #expect(!(full ?? "").isEmpty, "rule \(rule["id"] ?? "?") has no full description")
            }
            let results = try #require(runs[0]["results"] as? [[String: Any]])
            if status == 0 {
                #expect(results.isEmpty)
                continue
            }
            #expect(results.count >= 5)
            for item in results {
                let ruleID = try #require(item["ruleId"] as? String)
                #expect(ruleIDs.contains(ruleID))
                if let index = item["ruleIndex"] as? Int, describedIDs.indices.contains(index) {
                    #expect(describedIDs[index] == ruleID, "ruleIndex does not point at \(ruleID)")
                } else {
                    Issue.record("result for \(ruleID) has no valid ruleIndex")
                }
                #expect(["error", "warning", "note"].contains(item["level"] as? String))
                let locations = try #require(item["locations"] as? [[String: Any]])
                let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
                let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
                // Relative to the repository's top (the package root here), percent-encoded.
                let root = SourceRoot(prefix: [], path: TestSupport.packageRoot.resolvingSymlinksInPath().path)
                let expected = paths.map { path -> String in
                    switch root.artifact(for: path) {
                    case .relative(let uri), .absolute(let uri): return uri
                    }
                }
                #expect(expected.contains(uri ?? ""), "\(uri ?? "no uri") is not one of \(expected)")
                let region = try #require(physical["region"] as? [String: Any])
                #expect((region["startLine"] as? Int ?? 0) >= 1)
                #expect((region["startColumn"] as? Int ?? 0) >= 1)
            }
        }
    }

    // MARK: - junit

    @Test("junit: well-formed XML with a <failure type=rule-id> per error")
    func junit() throws {
        let clean = try CleanSpec()
        let good = try Self.run(["validate", "--format", "junit", clean.file.path])
        #expect(good.status == 0, "\(good)")
        let goodDocument = try XMLKit.XMLDocument(parsing: Data(good.stdout.utf8), url: "clean.xml")
        #expect(goodDocument.root.name == "testsuites")
        #expect(goodDocument.root.descendants(named: "failure").isEmpty)
        #expect(goodDocument.root.descendants(named: "testcase").contains { $0.attribute("name") == "valid" })

        let bad = try Self.run(["validate", "--format", "junit"] + Self.badPaths)
        #expect(bad.status == 1, "\(bad)")
        let document = try XMLKit.XMLDocument(parsing: Data(bad.stdout.utf8), url: "bad.xml")
        #expect(document.root.name == "testsuites")
        let suites = document.root.descendants(named: "testsuite")
        #expect(Set(suites.compactMap { $0.attribute("name") }) == Set(Self.badPaths))
        let failures = document.root.descendants(named: "failure")
        #expect(failures.count >= 4)
        #expect(failures.contains { $0.attribute("type") == "reference.area" })
        #expect(failures.contains { $0.attribute("type") == "schema.unknown-key" })
        for failure in failures {
            #expect(RuleCatalogue.rule(id: failure.attribute("type") ?? "") != nil)
            #expect(!(failure.attribute("message") ?? "").isEmpty)
        }
        // The warning is not a failure.
        #expect(!failures.contains { $0.attribute("type") == "text.bidirectional-control" })
        #expect(document.root.attribute("failures") == String(failures.count))
    }

    // MARK: - github

    @Test("github: workflow commands `::error file=…,line=…,col=…`")
    func github() throws {
        let clean = try CleanSpec()
        let good = try Self.run(["validate", "--format", "github", clean.file.path])
        #expect(good.status == 0, "\(good)")
        #expect(good.stdout.isEmpty, "\(good)")

        let bad = try Self.run(["validate", "--format", "github"] + Self.badPaths)
        #expect(bad.status == 1, "\(bad)")
        let lines = bad.stdoutLines
        #expect(lines.count >= 5)
        for line in lines {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file="), "\(line)")
            #expect(line.wholeMatch(of: /::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z0-9.\-]+::.+ \[[a-z0-9.\-]+\]/) != nil,
                    "\(line)")
        }
        let area = TestSupport.badFixture("semantic-unknown-area.yaml").path
        #expect(lines.contains { $0.hasPrefix("::error file=\(area),line=25,col=13,title=reference.area::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=") && $0.contains("text.bidirectional-control") })
    }

    // MARK: - Exit codes and options

    @Test("--warnings-as-errors turns a warning-only file into exit 1")
    func warningsAsErrors() throws {
        let path = TestSupport.badFixture("bidi-override.yaml").path
        let plain = try Self.run(["validate", path])
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stdout.contains(": warning: "))
        let strict = try Self.run(["validate", "--warnings-as-errors", path])
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stdout.contains(": error: "), "\(strict)")
        #expect(strict.stdout.contains("[text.bidirectional-control]"))
    }

    @Test("a path that does not exist exits 66 with the path on stderr")
    func missingPath() throws {
        let clean = try CleanSpec()
        let missing = clean.folder.appendingPathComponent("no-such-spec.yaml").path
        let result = try Self.run(["validate", missing])
        #expect(result.status == 66, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.contains(missing), "\(result)")
        #expect(result.stderr.contains("cannot read"), "\(result)")
    }

    @Test("usage errors exit 64", arguments: [
        ["validate", "--bogus"],
        ["validate", "--format", "xml", "Specs"],
        ["rules", "--format", "sarif"],
        ["explain"],
        ["no-such-command"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(!result.stderr.isEmpty, "\(result)")
    }

    @Test("validate with no paths reads Specs/ in the current folder")
    func defaultSpecsFolder() throws {
        let clean = try CleanSpec()
        let specs = clean.folder.appendingPathComponent("Specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: clean.file, to: specs.appendingPathComponent("example.yaml"))
        let result = try Self.run(["validate"], in: clean.folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("1 file checked"), "\(result)")
        try FileManager.default.copyItem(at: TestSupport.badFixture("missing-title.yaml"),
                                         to: specs.appendingPathComponent("broken.yaml"))
        let broken = try Self.run(["validate"], in: clean.folder)
        #expect(broken.status == 1, "\(broken)")
        #expect(broken.stdout.hasPrefix("Specs/broken.yaml:2:1: error: "), "\(broken)")
    }

    @Test("the example specifications validate without errors")
    func exampleSpecs() throws {
        let result = try Self.run(["validate", "Specs"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains(": error: "), "\(result)")
    }

    // MARK: - Every bad input through the binary

    @Test("each bad input exits with its code and prints its finding", arguments: BadInputCorpus.expectations)
    func badInputThroughBinary(_ input: BadInput) throws {
        let path = TestSupport.badFixture(input.file).path
        let result = try Self.run(["validate", path])
        #expect(result.status == input.exitCode, "\(result)")
        let prefix = "\(path):\(input.line):\(input.column): \(input.severity.rawValue): "
        #expect(result.stdoutLines.contains { $0.hasPrefix(prefix) && $0.hasSuffix("[\(input.rule)]") },
                "expected `\(prefix)… [\(input.rule)]`\n\(result)")
        #expect(!result.stderr.contains("Fatal error"), "\(result)")
    }

    @Test("the whole corpus folder at once: exit 1, a finding for every file")
    func wholeCorpus() throws {
        let folder = TestSupport.fixturesURL.appendingPathComponent("bad").path
        let result = try Self.run(["validate", "--format", "json", folder])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = Set((object["findings"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String })
        let named = (object["files"] as? [String]) ?? []
        #expect(named.count == TestSupport.badFixtureNames.count)
        #expect(Set(named) == files, "files without a finding: \(Set(named).subtracting(files).sorted())")
    }

    /// Runs the binary on `text` with a watchdog: an input that hangs is killed and
    /// reported as not finishing, rather than hanging the test suite.
    static func runWithWatchdog(_ text: String, name: String, seconds: Double = 60) throws -> TestSupport.RunResult? {
        let clean = try CleanSpec()
        let file = clean.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["validate", "--format", "json", file.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        return TestSupport.RunResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }

    static func laughs(_ levels: Int) -> String {
        let names = "abcdefghijklmnop".map(String.init)
        var text = "id: example\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip(names, names.dropFirst()).prefix(levels - 1) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }

    /// Keys that are aliases of a billion-laughs list (nine levels of nine), with the line
    /// the refusal must point at (line 1 is `id`, lines 2–10 the anchors `a` to `i`).
    static let aliasKeys: [(key: String, line: Int)] = [
        ("? *i\n: boom\n", 11), ("*i : boom\n", 11), ("*i: boom\n", 11), ("x: {*i: boom}\n", 11),
        ("x:\n  *i: boom\n", 12),
    ]

    @Test("alias bombs used as keys finish with a finding at the key", arguments: aliasKeys)
    func aliasKeyBombsFinish(_ key: String, _ line: Int) throws {
        let text = Self.laughs(9) + key
        guard let result = try Self.runWithWatchdog(text, name: "bomb.yaml") else {
            Issue.record("`tenderpack validate` did not finish (killed after 60 s) on an alias bomb keyed by `\(key)`")
            return
        }
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "yaml.complex-key" && $0["line"] as? Int == line },
                "\(findings.prefix(3))")
    }

    // MARK: - rules and explain

    @Test("rules lists at least 25 rules, one per line, with severity and summary")
    func rules() throws {
        let result = try Self.run(["rules"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdoutLines
        #expect(lines.count >= 25)
        #expect(lines.count == RuleCatalogue.all.count)
        for line in lines {
            #expect(line.wholeMatch(of: /[a-z0-9.\-]+ +(error|warning) +\S.*/) != nil, "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("schema.unknown-key ") })
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("explain prints the summary, rationale and examples")
    func explain() throws {
        let result = try Self.run(["explain", "schema.unknown-key"])
        #expect(result.status == 0, "\(result)")
        let rule = try #require(RuleCatalogue.rule(id: "schema.unknown-key"))
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(result.stdout.hasPrefix("schema.unknown-key (error)"))
        #expect(result.stdout.contains(rule.summary))
        #expect(words(result.stdout).contains(words(rule.rationale)), "the rationale is not printed in full")
        #expect(result.stdout.contains("Reported"))
        #expect(result.stdout.contains("Not reported"))
        #expect(result.stdout.contains("hoursPerWek: {max: 3}"))
        #expect(result.stdout.contains("hoursPerWeek: {max: 3}"))
    }

    @Test("explain works for every rule in the catalogue")
    func explainEveryRule() throws {
        for rule in RuleCatalogue.all {
            let result = try Self.run(["explain", rule.id])
            #expect(result.status == 0, "\(rule.id): \(result)")
            #expect(result.stdout.hasPrefix("\(rule.id) (\(rule.severity.rawValue))"), "\(rule.id)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(rule.id) prints a raw control character")
        }
    }

    @Test("explain of an unknown id exits 64, suggesting the nearest id")
    func explainUnknown() throws {
        let close = try Self.run(["explain", "schema.unknown-kye"])
        #expect(close.status == 64, "\(close)")
        #expect(close.stderr.contains("did you mean `schema.unknown-key`?"), "\(close)")
        #expect(close.stdout.isEmpty)
        let far = try Self.run(["explain", "nonsense"])
        #expect(far.status == 64, "\(far)")
        #expect(far.stderr.contains("unknown rule `nonsense`"), "\(far)")
        #expect(!far.stderr.contains("did you mean"), "\(far)")
    }
}
