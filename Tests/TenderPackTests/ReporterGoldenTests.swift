import Foundation
import Testing

/// Golden files for the report formats under Tests/TenderPackTests/Golden/reports:
/// compared whole; recorded (and the test failed) when missing or when
/// RECORD_SNAPSHOTS=1. Read every file you record.
enum ReportGolden {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/TenderPackTests/Golden/reports")

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(Comment(rawValue: "recorded \(name); read it, then run again"), sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            lines.append("line \(index + 1):\n  - \(index < a.count ? String(a[index]) : "")\n  + \(index < b.count ? String(b[index]) : "")")
            if lines.count == 10 { break }
        }
        Issue.record(Comment(rawValue: "\(name) differs from the golden:\n" + lines.joined(separator: "\n")), sourceLocation: sourceLocation)
    }
}

/// Every report format on a small fixed input, compared byte for byte with a golden
/// file; each run twice (two processes) and compared; levels and escaping asserted
/// on their own so a re-recorded golden cannot hide them.
@Suite("Report formats: goldens", .serialized)
struct ReporterGoldenTests {
    /// Six files in a scratch folder, named as a user would type them (relative), one
    /// of them with `,` `:` and `%` in its name.
    static func inputs() throws -> (folder: URL, files: [String]) {
        let folder = try TestSupport.makeTemporaryDirectory()
        let source = TestSupport.fixturesURL.appendingPathComponent("reports")
        let names = ["clean.yaml", "errors.yaml", "m-also-clean.yaml", "odd-name.yaml", "syntax.yaml", "warning.yaml"]
        var files: [String] = []
        for name in names {
            let target = name == "odd-name.yaml" ? "odd,name:100%.yaml" : name
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(target))
            files.append(target)
        }
        return (folder, files)
    }

    static func run(_ arguments: [String], in folder: URL) throws -> TestSupport.RunResult {
        try TestSupport.runTenderpack(arguments, in: folder, environment: ["NO_COLOR": "1", "GITHUB_STEP_SUMMARY": ""])
    }

    @Test("validate: every format matches its golden, and a second run is byte-identical",
          arguments: ["text", "json", "sarif", "junit", "github"])
    func validateFormat(_ format: String) throws {
        let (folder, files) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.run(["validate"] + files + ["--format", format], in: folder)
        let second = try Self.run(["validate"] + files.reversed() + ["--format", format], in: folder)
        #expect(first.status == 1, "\(first)")
        #expect(first.stdout == second.stdout, "two runs (files given in another order) differ")
        #expect(first.stderr == second.stderr)
        let ext = ["text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "github": "txt"][format]!
        var golden = first.stdout
        if format == "sarif" {
            // The results only, without their index into the rules: the catalogue changes
            // whenever a rule is added or reworded (its shape is checked against the SARIF
            // schema elsewhere; each index is checked in sarifLevels).
            let log = try #require(try JSONSerialization.jsonObject(with: Data(golden.utf8)) as? [String: Any])
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]]).map { $0.filter { $0.key != "ruleIndex" } }
            golden = String(decoding: try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
                            as: UTF8.self) + "\n"
        }
        try ReportGolden.check(golden, named: "validate-\(format).\(ext)")
        if format == "text" { try ReportGolden.check(first.stderr, named: "validate-text-stderr.txt") }
    }

    @Test("GitHub annotations escape , : % in properties and % and line breaks in messages")
    func githubEscaping() throws {
        let (folder, files) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["validate"] + files + ["--format", "github"], in: folder)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let odd = lines.filter { $0.contains("file=odd") }
        #expect(!odd.isEmpty, "\(result)")
        for line in odd {
            #expect(line.hasPrefix("::error file=odd%2Cname%3A100%25.yaml,line="), "\(line)")
        }
        // The unknown key `pay%rate` is quoted in the message: `%` escaped as data.
        #expect(odd.contains { $0.contains("pay%25rate") && !$0.contains("pay%rate") }, "\(odd)")
        // A note on the next line of a message: the line break escaped.
        #expect(lines.contains { $0.contains("::error file=errors.yaml,") && $0.contains("%0Adid you mean `north`?") }, "\(lines)")
        // Levels: the warning is a warning, errors are errors.
        #expect(lines.filter { $0.hasPrefix("::warning file=warning.yaml,") }.count == 1, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("::error file=warning.yaml") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") }, "\(lines)")
    }

    @Test("SARIF levels follow each finding's severity")
    func sarifLevels() throws {
        let (folder, files) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["validate"] + files + ["--format", "sarif"], in: folder)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let levels = results.map { ($0["ruleId"] as? String ?? "", $0["level"] as? String ?? "") }
        #expect(levels.contains { $0 == ("cover.out-of-hours-missing", "warning") }, "\(levels)")
        #expect(levels.filter { $0.1 == "warning" }.count == 1, "\(levels)")
        #expect(levels.contains { $0 == ("hours.min-exceeds-max", "error") }, "\(levels)")
        #expect(levels.contains { $0 == ("reference.area", "error") }, "\(levels)")
        #expect(levels.allSatisfy { $0.1 == "error" || $0.1 == "warning" })
        // Each result's index names its own rule.
        let rules = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])["rules"] as? [[String: Any]]
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules?[index]["id"] as? String == result["ruleId"] as? String)
            #expect((rules?[index]["defaultConfiguration"] as? [String: Any])?["level"] as? String == result["level"] as? String,
                    "\(result["ruleId"] ?? "")")
        }
    }

    @Test("JUnit: one suite per file in name order; errors fail, warnings pass")
    func junitShape() throws {
        let (folder, files) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["validate"] + files.reversed() + ["--format", "junit"], in: folder)
        let names = result.stdout.components(separatedBy: "<testsuite name=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.map(String.init)
        #expect(names == files.sorted(), "\(names)")
        #expect(result.stdout.contains("<failure message="), "\(result.stdout)")
        // The warning-only file's suite has no failure, and carries the warning as output.
        let warning = result.stdout.components(separatedBy: "<testsuite name=\"warning.yaml\"").last ?? ""
        let suite = warning.components(separatedBy: "</testsuite>").first ?? ""
        #expect(suite.contains("failures=\"0\""), "\(suite)")
        #expect(suite.contains("<system-out>") && !suite.contains("<failure"), "\(suite)")
    }

    // MARK: diff

    /// small.yaml and a copy with a material change (hours), an editorial one (the
    /// title), a requirement made stronger and an invented value.
    static func diffInputs() throws -> URL {
        let folder = try TestSupport.makeTemporaryDirectory()
        let small = try String(contentsOf: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"), encoding: .utf8)
        try small.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        let edited = small
            .replacingOccurrences(of: "title: Small floating support service", with: "title: Small floating support")
            .replacingOccurrences(of: "version: \"1.0\"", with: "version: \"1.1\"")
            .replacingOccurrences(of: "hoursPerWeek: {max: 6}", with: "hoursPerWeek: {max: !illustrative 8}")
            .replacingOccurrences(of: "        strength: should\n", with: "        strength: must\n")
        try edited.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("diff: every format matches its golden, and a second run is byte-identical",
          arguments: ["text", "json", "html", "notice", "notice-xml"])
    func diffFormat(_ format: String) throws {
        let folder = try Self.diffInputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["diff", "old.yaml", "new.yaml", "--format", format, "--templates",
                         TestSupport.packageRoot.appendingPathComponent("Templates").path]
        let first = try Self.run(arguments, in: folder)
        let second = try Self.run(arguments, in: folder)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == second.stdout, "two runs differ")
        let ext = ["text": "txt", "json": "json", "html": "html", "notice": "html", "notice-xml": "xml"][format]!
        // The stylesheet is a template (Templates/css/diff.css), not the report: it is
        // checked on its own, so it is left out of the golden.
        var golden = first.stdout
        if let open = golden.range(of: "<style>"), let close = golden.range(of: "</style>", range: open.upperBound..<golden.endIndex) {
            #expect(golden[open.upperBound..<close.lowerBound].contains(".illustrative"), "the page's stylesheet has no illustrative style")
            golden.replaceSubrange(open.upperBound..<close.lowerBound, with: "/* Templates/css/diff.css */")
        }
        try ReportGolden.check(golden, named: "diff-\(format).\(ext)")
    }

    @Test("diff --format ocds: the amendment release matches its golden, twice")
    func diffOCDS() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = try String(contentsOf: TestSupport.specsURL.appendingPathComponent("accommodation-pathway-2026.yaml"), encoding: .utf8)
        try spec.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        let edited = spec
            .replacingOccurrences(of: "version: \"1.0\"", with: "version: \"1.1\"")
            .replacingOccurrences(of: "date: 2026-04-10", with: "date: 2026-04-17")
            .replacingOccurrences(of: "Bidders may bid for one, two or all three lots.", with: "Bidders may bid for any of the lots.")
        try edited.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["diff", "old.yaml", "new.yaml", "--format", "ocds"]
        let first = try Self.run(arguments, in: folder)
        let second = try Self.run(arguments, in: folder)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == second.stdout, "two runs differ")
        // Exactly the one material change (the deadline), not the editorial wording.
        #expect(first.stdout.contains("1 material change (a bidder would price or propose differently)"), "\(first.stdout.prefix(2000))")
        #expect(!first.stdout.contains("Bidders may bid for any of the lots"))
        try ReportGolden.check(first.stdout, named: "diff-ocds.json")
    }
}
