import Foundation
import Testing
import TenderCLI
import TenderValidation
import XMLKit

/// JUnit and GitHub for CI, through the built binary: every JUnit report of
/// `validate`, `check` and `diff` is valid against the Jenkins xUnit schema, with test
/// names that do not move with lines; `diff` reports changes as SARIF, JUnit and
/// GitHub findings; with `GITHUB_STEP_SUMMARY` set, `--format github` also appends a
/// Markdown summary with every finding, escaped.
@Suite("CI formats: JUnit, GitHub, diff", .serialized)
struct CIFormatTests {
    static let oddName = "typo,100%.yaml"
    static let consultation = "Specs/norfolk-remodel-consultation-2013.yaml"
    static let tender = "Specs/norfolk-remodel-tender-2013.yaml"

    static func testCases(_ xml: String) throws -> [XMLKit.XMLElement] {
        try XMLKit.XMLDocument(parsing: Data(xml.utf8), url: "junit.xml").root.descendants(named: "testcase")
    }

    // MARK: - Valid against the schemas

    @Test("every JUnit report (validate, check, diff) is valid against the Jenkins schema, and every diff SARIF log against SARIF 2.1.0")
    func everyReportIsValid() throws {
        let folder = try SARIFTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var junit: [(name: String, text: String)] = []
        var sarif: [(name: String, text: String)] = []
        func record(_ name: String, _ arguments: [String], in directory: URL, input: URL? = nil, status: Int32) throws {
            for format in ["junit", "sarif"] where format == "junit" || arguments[0] == "diff" {
                let result = try SchemaCheck.run(arguments + ["--format", format], in: directory, input: input)
                #expect(result.status == status, "\(arguments) \(format): \(result)")
                if format == "junit" { junit.append((name + ".xml", result.stdout)) } else { sarif.append((name + ".sarif", result.stdout)) }
            }
        }
        try record("validate-clean", ["validate", "clean.yaml"], in: folder, status: 0)
        try record("validate-odd", ["validate", Self.oddName, "Specs"], in: folder, status: 1)
        try record("validate-stdin", ["validate", "-"], in: folder, input: folder.appendingPathComponent(Self.oddName), status: 1)
        let repository = try SchemaCheck.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        try record("check-clean", ["check"], in: repository, status: 0)
        try record("diff-none", ["diff", "Specs/small.yaml", "HEAD:Specs/small.yaml"], in: repository, status: 0)
        let spec = repository.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "max: 6", with: "max: 9")
            .replacingOccurrences(of: "title: Small floating support service", with: "title: A small floating support service")
            .write(to: spec, atomically: true, encoding: .utf8)
        try record("check-findings", ["check", "--base", "HEAD"], in: repository, status: 1)
        try record("diff-changes", ["diff", "HEAD:Specs/small.yaml", "Specs/small.yaml", "--fail-on", "any"], in: repository, status: 1)
        try record("diff-norfolk", ["diff", Self.consultation, Self.tender], in: TestSupport.packageRoot, status: 0)
        try "id: [\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try record("diff-bad-side", ["diff", "broken.yaml", "clean.yaml"], in: folder, status: 1)

        let junitFiles = try SchemaCheck.write(junit, in: folder)
        if let verdicts = try SchemaCheck.xmllint(schema: SchemaCheck.junitSchema, files: junitFiles) {
            #expect(verdicts.count == junitFiles.count)
            for (path, complaint) in verdicts { #expect(complaint.isEmpty, "\(path): \(complaint)") }
        }
        let sarifFiles = try SchemaCheck.write(sarif, in: folder)
        #expect(sarifFiles.count == 4)
        if let verdicts = try SchemaCheck.validate("json", schema: SchemaCheck.sarifSchema, files: sarifFiles) {
            for (path, errors) in verdicts { #expect(errors.isEmpty, "\(path): \(errors)") }
        }
    }

    @Test("xmllint rejects a JUnit report the Jenkins schema does not allow (the test can fail)")
    func xmllintRejectsABadReport() throws {
        let folder = try SARIFTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SchemaCheck.run(["validate", "--format", "junit", Self.oddName], in: folder)
        let broken = result.stdout.replacingOccurrences(of: "<testcase classname=", with: "<testcase line=\"3\" classname=")
        #expect(broken != result.stdout)
        let files = try SchemaCheck.write([("broken.xml", broken)], in: folder)
        guard let verdicts = try SchemaCheck.xmllint(schema: SchemaCheck.junitSchema, files: files) else { return }
        #expect(verdicts[files[0].path]?.contains("line") == true, "\(verdicts)")
    }

    // MARK: - JUnit names

    @Test("JUnit test cases are named by rule and file, not line; the location opens the body; names stay when lines move")
    func junitNamesSurviveLineMoves() throws {
        let folder = try SARIFTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try SchemaCheck.run(["validate", "--format", "junit", Self.oddName], in: folder)
        #expect(before.stdout == (try SchemaCheck.run(["validate", "--format", "junit", Self.oddName], in: folder)).stdout)
        let file = folder.appendingPathComponent(Self.oddName)
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("# moved\n# down\n" + text).write(to: file, atomically: true, encoding: .utf8)
        let after = try SchemaCheck.run(["validate", "--format", "junit", Self.oddName], in: folder)
        let old = try Self.testCases(before.stdout)
        let new = try Self.testCases(after.stdout)
        #expect(old.count >= 2)
        #expect(old.map { $0.attribute("name") } == new.map { $0.attribute("name") })
        #expect(old.map { $0.attribute("name") ?? "" }.allSatisfy { !$0.contains(":") && $0.hasSuffix(" in \(Self.oddName)") || $0.contains(" in \(Self.oddName) (") })
        #expect(Set(old.compactMap { $0.attribute("name") }).count == old.count, "names must be unique in a file")
        #expect(old.first?.attribute("classname") == Self.oddName)
        for (a, b) in zip(old, new) {
            let bodyA = a.descendants(named: "failure").first?.textContent ?? a.descendants(named: "system-out").first?.textContent ?? ""
            let bodyB = b.descendants(named: "failure").first?.textContent ?? b.descendants(named: "system-out").first?.textContent ?? ""
            #expect(bodyA.hasPrefix("\(Self.oddName):"), "\(bodyA)")
            #expect(bodyA != bodyB, "the body carries the line")
        }
    }

    @Test("the same rule twice in one file gives distinct names: `rule in file`, then `(2)`")
    func repeatedRulesAreNumbered() throws {
        let result = try SchemaCheck.run(["validate", "--format", "junit", Self.tender], in: TestSupport.packageRoot)
        let names = try Self.testCases(result.stdout).compactMap { $0.attribute("name") }
        let illustrative = names.filter { $0.hasPrefix("provenance.illustrative-at-tender in ") }
        #expect(illustrative.count > 10)
        #expect(illustrative.first == "provenance.illustrative-at-tender in \(Self.tender)")
        #expect(illustrative.dropFirst().first == "provenance.illustrative-at-tender in \(Self.tender) (2)")
        #expect(Set(names).count == names.count)
    }

    // MARK: - diff as findings

    @Test("diff --format sarif|junit|github reports changes as check --base does, located in the new file")
    func diffFindings() throws {
        let repository = try SchemaCheck.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let spec = repository.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "max: 6", with: "max: 9")
            .replacingOccurrences(of: "title: Small floating support service", with: "title: A small floating support service")
            .write(to: spec, atomically: true, encoding: .utf8)
        // Default threshold none: the material change is a warning; the editorial one is left out.
        let github = try SchemaCheck.run(["diff", "HEAD:Specs/small.yaml", "Specs/small.yaml", "--format", "github"], in: repository)
        #expect(github.status == 0, "\(github)")
        #expect(github.stdoutLines.count == 1, "\(github)")
        #expect(github.stdout.hasPrefix("::warning file=Specs/small.yaml,line=25,col=25,title=diff.material-change::changed since HEAD:Specs/small.yaml: Lot 1 · Support intensity · Maximum hours per week: 6 → 9"),
                "\(github)")
        // --fail-on any: both are errors, exit 1.
        let sarif = try SchemaCheck.run(["diff", "Specs/small.yaml", "HEAD:Specs/small.yaml", "--format", "sarif", "--fail-on", "any"],
                                        in: repository)
        #expect(sarif.status == 1, "\(sarif)")
        let results = try SARIFTests.results(sarif.stdout)
        #expect(Set(results.compactMap { $0["ruleId"] as? String }) == ["diff.material-change", "diff.editorial-change"])
        #expect(results.allSatisfy { $0["level"] as? String == "error" })
        // The new side is HEAD:Specs/small.yaml: located by its path from the top.
        #expect(try results.allSatisfy { try SARIFTests.artifact($0)["uri"] as? String == "Specs/small.yaml" })
        // --output writes the report to a file.
        let output = repository.appendingPathComponent("diff.xml")
        let junit = try SchemaCheck.run(["diff", "HEAD:Specs/small.yaml", "Specs/small.yaml", "--format", "junit", "--fail-on", "material",
                                         "--output", output.path], in: repository)
        #expect(junit.status == 1)
        #expect(junit.stdout.isEmpty)
        let cases = try Self.testCases(try String(contentsOf: output, encoding: .utf8))
        #expect(cases.map { $0.attribute("name") } == ["diff.material-change in Specs/small.yaml"])
        // A side with errors: its findings, in the format asked for, exit 1.
        let broken = repository.appendingPathComponent("broken.yaml")
        try "id: [\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try SchemaCheck.run(["diff", "broken.yaml", "Specs/small.yaml", "--format", "github"], in: repository)
        #expect(bad.status == 1)
        #expect(bad.stdout.hasPrefix("::error file=broken.yaml,line="), "\(bad)")
        #expect(bad.stdout.contains("title=yaml.syntax::"), "\(bad)")
    }

    // MARK: - GitHub step summary

    @Test("with GITHUB_STEP_SUMMARY, --format github appends every finding as Markdown; without it, writes nothing")
    func stepSummary() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        try "earlier step\n".write(to: summary, atomically: true, encoding: .utf8)
        let result = try SchemaCheck.run(["validate", "--format", "github", Self.tender], in: TestSupport.packageRoot,
                                         environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 0, "\(result)")
        let annotations = result.stdoutLines.count
        #expect(annotations > 10, "the case GitHub truncates: more than 10 warnings")
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.hasPrefix("earlier step\n### tenderpack validate: 0 errors, \(annotations) warnings in 1 file\n"), "\(markdown)")
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| warning | ") || $0.hasPrefix("| error | ") }
        #expect(rows.count == annotations)
        #expect(rows.first?.contains("Specs\\/norfolk") == false)
        #expect(rows.first?.contains("norfolk\\-remodel\\-tender\\-2013\\.yaml\\:") == true, "\(rows.first ?? "")")

        // Run twice: appended, not replaced.
        _ = try SchemaCheck.run(["validate", "--format", "github", Self.tender], in: TestSupport.packageRoot,
                                environment: ["GITHUB_STEP_SUMMARY": summary.path])
        let twice = try String(contentsOf: summary, encoding: .utf8)
        #expect(twice.components(separatedBy: "### tenderpack validate:").count == 3)

        // No variable: no file.
        let none = folder.appendingPathComponent("none.md")
        _ = try SchemaCheck.run(["validate", "--format", "github", Self.tender], in: TestSupport.packageRoot,
                                environment: ["GITHUB_STEP_SUMMARY": ""])
        #expect(!FileManager.default.fileExists(atPath: none.path))
        // An unwritable summary is a message on stderr; the report and exit status stand.
        let unwritable = try SchemaCheck.run(["validate", "--format", "github", Self.tender], in: TestSupport.packageRoot,
                                             environment: ["GITHUB_STEP_SUMMARY": folder.appendingPathComponent("no/such/file").path])
        #expect(unwritable.status == 0)
        #expect(unwritable.stdoutLines.count == annotations)
        #expect(unwritable.stderr.contains("GITHUB_STEP_SUMMARY"), "\(unwritable)")
    }

    @Test("the summary escapes Markdown: a hostile key is shown, never a table cell, link, tag or code")
    func stepSummaryEscapes() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spec.yaml")
        let key = "a|b <script>x</script> *em* `code` [l](http://x) @team $x$ &amp; #1"
        try Data((RuleExample.base + "\"\(key)\": 1\n").utf8).write(to: file)
        let report = try ValidationRun.run(paths: [file.path])
        #expect(report.diagnostics.count == 1)
        let markdown = GitHubStepSummary.markdown(report, title: "tenderpack validate")
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| error |") })
        // Exactly the five cell borders are unescaped pipes.
        let unescapedPipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(unescapedPipes == 5, "\(row)")
        for raw in ["<script>", "*em*", "`code`", "[l]", "](", "$x$", "http:"] {
            #expect(!row.contains(raw), "\(raw) in \(row)")
        }
        for escaped in ["\\<script\\>", "\\@team", "\\&amp;", "\\#1"] {
            #expect(row.contains(escaped), "\(escaped) not in \(row)")
        }
        #expect(GitHubStepSummary.escape("a\u{1B}[2Jb\nc") == "a\\\\u\\{1B\\}\\[2Jb\\\\u\\{A\\}c")
    }
}
