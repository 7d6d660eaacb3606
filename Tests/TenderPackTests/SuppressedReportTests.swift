import Foundation
import Testing
import TenderCLI
import TenderModel
import TenderValidation
import XMLKit

/// Suppressed findings (a waiver in the policy file, an approved change) in the CI
/// formats that used to leave them out: JUnit reports each as a skipped test case,
/// GitHub as a notice (never an error or a warning), and the step summary lists them
/// in their own sections.
@Suite("Suppressed findings in JUnit and GitHub", .serialized)
struct SuppressedReportTests {
    static let today = ["TENDERPACK_TODAY": "2027-03-31"]
    static let stale = "output.stale in Output/small/tender-pack.html"
    static let justification = "waived by Jo Bloggs, Commissioning Manager until 2027-03-31 (tenderpack-policy.yaml:2:5): "
        + "The pack is rebuilt by the release job."

    /// A repository whose pack is stale; waived when `waived`.
    func staleTree(waived: Bool) throws -> URL {
        let governance = GovernanceTests()
        let folder = try governance.makeTree()
        try governance.write("edited", "Output/small/tender-pack.html", in: folder)
        if waived { try governance.write(GovernanceTests.stalePackWaiver, "tenderpack-policy.yaml", in: folder) }
        return folder
    }

    static func testCase(_ xml: String, named name: String) throws -> XMLKit.XMLElement? {
        try XMLKit.XMLDocument(parsing: Data(xml.utf8), url: "junit.xml").root.descendants(named: "testcase")
            .first { $0.attribute("name") == name }
    }

    @Test("JUnit: a waived finding is a skipped test case of the same name, with who waived it until when and why")
    func junitSkipsAWaivedFinding() throws {
        let failing = try staleTree(waived: false)
        defer { try? FileManager.default.removeItem(at: failing) }
        let before = try SchemaCheck.run(["check", "--format", "junit"], in: failing, environment: Self.today)
        #expect(before.status == 1, "\(before)")
        let failed = try #require(try Self.testCase(before.stdout, named: Self.stale), "\(before.stdout)")
        #expect(failed.children.map(\.name) == ["failure"])

        let folder = try staleTree(waived: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SchemaCheck.run(["check", "--format", "junit"], in: folder, environment: Self.today)
        #expect(result.status == 0, "\(result)")
        let waived = try #require(try Self.testCase(result.stdout, named: Self.stale), "the same name: \(result.stdout)")
        let skipped = try #require(waived.children.first { $0.name == "skipped" }, "\(result.stdout)")
        #expect(waived.children.count == 1)
        #expect(skipped.attribute("message") == Self.justification)
        #expect(skipped.textContent.hasPrefix("Output/small/tender-pack.html:1:1: suppressed error: is out of date"))
        #expect(result.stdout.contains("tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\""), "\(result.stdout)")
        let files = try SchemaCheck.write([("waived.xml", result.stdout), ("failing.xml", before.stdout)], in: folder)
        if let verdicts = try SchemaCheck.xmllint(schema: SchemaCheck.junitSchema, files: files) {
            for file in files { #expect(verdicts[file.path] == "", "\(verdicts)") }
        }
    }

    @Test("GitHub: a waived finding is a notice, not an error; the step summary lists it under Waived")
    func githubNoticesAWaivedFinding() throws {
        let folder = try staleTree(waived: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        let result = try SchemaCheck.run(["check", "--format", "github"], in: folder,
                                         environment: Self.today.merging(["GITHUB_STEP_SUMMARY": summary.path]) { $1 })
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("::error") || $0.hasPrefix("::warning") }, "\(result)")
        let notice = try #require(lines.first { $0.hasPrefix("::notice ") }, "\(result)")
        #expect(notice.hasPrefix("::notice file=Output/small/tender-pack.html,line=1,col=1,title=output.stale (waived)::is out of date"))
        #expect(notice.contains("%0Asuppressed error: " + Self.justification + " [output.stale]"), "\(notice)")
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.hasPrefix("### tenderpack check: 0 errors, 0 warnings in 1 file, 1 suppressed\n"), "\(markdown)")
        let waived = try #require(markdown.components(separatedBy: "#### Waived").last, "\(markdown)")
        #expect(waived.contains("| error | output\\.stale | Output/small/tender\\-pack\\.html\\:1\\:1 | is out of date"), "\(markdown)")
        #expect(waived.contains("waived by Jo Bloggs, Commissioning Manager until 2027\\-03\\-31"), "\(markdown)")
        #expect(!markdown.contains("#### Approved"))

        let failing = try staleTree(waived: false)
        defer { try? FileManager.default.removeItem(at: failing) }
        let unwaived = try SchemaCheck.run(["check", "--format", "github"], in: failing, environment: Self.today)
        #expect(unwaived.stdout.hasPrefix("::error file=Output/small/tender-pack.html"), "\(unwaived)")
        #expect(!unwaived.stdout.contains("::notice"))
    }

    @Test("an approved change: skipped in JUnit, a notice titled approved, listed under Approved in the summary")
    func approvalsToo() throws {
        let file = TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml").path
        var report = try ValidationRun.run(paths: [file])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let location = SourceLocation(file: file, line: 12, column: 5)
        let finding = Diagnostic(ruleID: "diff.material-change", severity: .error, location: location,
                                 message: "changed since HEAD: hours 6 → 9")
        let source = SourceLocation(file: "tenderpack-approvals.yaml", line: 2, column: 5)
        let approval = Suppression(finding: finding, kind: .approval, by: "Jo | Bloggs", reason: "Agreed *by* the board",
                                   approvedOn: "2026-11-24", source: source)
        report.suppressed = [approval]

        let junit = try JUnitReporter().render(report, suiteName: "tenderpack check")
        let testCase = try #require(try Self.testCase(junit, named: "diff.material-change in \(file)"), "\(junit)")
        #expect(testCase.children.first?.attribute("message")
                == "approved by Jo | Bloggs on 2026-11-24 (tenderpack-approvals.yaml:2:5): Agreed *by* the board")
        #expect(!junit.contains("name=\"valid\""), "a file whose only finding is approved has no `valid` case")

        let github = GitHubReporter().render(report)
        #expect(github.hasPrefix("::notice file=\(file),line=12,col=5,title=diff.material-change (approved)::"), "\(github)")
        let markdown = GitHubStepSummary.markdown(report, title: "tenderpack check")
        let approved = try #require(markdown.components(separatedBy: "#### Approved").dropFirst().first, "\(markdown)")
        #expect(approved.contains("approved by Jo \\| Bloggs on 2026\\-11\\-24"), "the owner is escaped: \(markdown)")
        #expect(!markdown.contains("#### Waived"))
    }
}
