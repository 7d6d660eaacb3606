import Foundation
import Testing
import TenderModel
import XMLKit

/// `tenderpack diff` and `tenderpack check`, run as a user runs them.
@Suite(.serialized) struct DiffCommandTests {
    static let consultation = "Specs/norfolk-remodel-consultation-2013.yaml"
    static let tender = "Specs/norfolk-remodel-tender-2013.yaml"
    static let hostile = "<script>alert('x')</script> & \"quoted\" ]]> <![CDATA[x]]>"

    func run(_ arguments: [String], in directory: URL? = nil) throws -> TestSupport.RunResult {
        try TestSupport.runTenderpack(arguments, in: directory)
    }

    @discardableResult
    func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func textIsTheGoldenAndFailOnSetsTheExitCode() throws {
        let plain = try run(["diff", Self.consultation, Self.tender])
        #expect(plain.status == 0, "\(plain)")
        try Golden.check(plain.stdout, named: "norfolk-consultation-to-tender.txt")
        #expect(!plain.stdout.contains("\u{1B}["), "no colour without a terminal")
        #expect(try run(["diff", Self.consultation, Self.tender, "--fail-on", "none"]).status == 0)
        #expect(try run(["diff", Self.consultation, Self.tender, "--fail-on", "material"]).status == 1)
        #expect(try run(["diff", Self.consultation, Self.tender, "--fail-on", "any"]).status == 1)
        #expect(try run(["diff", Self.tender, Self.tender, "--fail-on", "any"]).status == 0)
        #expect(try run(["diff", Self.tender, Self.tender, "--fail-on", "sometimes"]).status == 64)
        #expect(try run(["diff", Self.tender]).status == 64)
        #expect(try run(["diff", Self.tender, "Specs/missing.yaml"]).status == 66)
    }

    @Test func jsonIsVersionedWithAChangesArray() throws {
        let result = try run(["diff", Self.consultation, Self.tender, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        let changes = try #require(object?["changes"] as? [[String: Any]])
        #expect(changes.count > 30)
        let strength = changes.first { $0["keyPath"] as? String == "lots/complex-needs-support/requirements/work-with-nsft/strength" }
        #expect(strength?["classification"] as? String == "material")
        #expect(strength?["old"] as? String == "should")
        #expect(strength?["reference"] as? String == "2.4")
    }

    @Test func noticeXMLIsSchemaValidAndOutputIsWrittenToAFile() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notice.xml")
        let result = try run(["diff", Self.consultation, Self.tender, "--format", "notice-xml", "--output", file.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let schema = try XMLSchema(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/schema/clarification-notice.xsd"))
        let data = try Data(contentsOf: file)
        #expect(try schema.validate(data: data).isEmpty)
        let notice = try XMLDocument(parsing: data)
        let changes = notice.root.descendants(named: "change")
        #expect(changes.count > 20)
        #expect(changes.allSatisfy { $0.attribute("fingerprint")?.count == 16 })
        #expect(changes.contains { $0.children.first { $0.name == "reference" }?.textContent == "2.4" })
    }

    @Test func redlineAndNoticeAreStyledFromTemplates() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates"), to: templates)
        try Data("ins { color: rebeccapurple; }".utf8).write(to: templates.appendingPathComponent("css/diff.css"))
        for format in ["html", "notice"] {
            let restyled = try run(["diff", Self.consultation, Self.tender, "--format", format, "--templates", templates.path])
            #expect(restyled.status == 0, "\(restyled)")
            #expect(restyled.stdout.contains("<style>ins { color: rebeccapurple; }</style>"))
        }
        // A stylesheet missing from the folder falls back to the built-in one; a folder
        // that does not exist is an unreadable path.
        try FileManager.default.removeItem(at: templates.appendingPathComponent("css/diff.css"))
        let builtIn = try run(["diff", Self.consultation, Self.tender, "--format", "html", "--templates", templates.path])
        #expect(builtIn.status == 0, "\(builtIn)")
        let css = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/css/diff.css"), encoding: .utf8)
        #expect(builtIn.stdout.contains(css.prefix(200)))
        let missing = try run(["diff", Self.consultation, Self.tender, "--format", "html", "--templates", folder.appendingPathComponent("nope").path])
        #expect(missing.status == 66, "\(missing)")
        #expect(missing.stderr.contains("nope"))
        #expect(missing.stdout.isEmpty)
    }

    @Test func hostileTextStaysEscapedInTheRedlineAndTheNotice() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try String(contentsOf: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"), encoding: .utf8)
        let new = old.replacingOccurrences(of: "text: Visit each person at home.",
                                           with: "text: 'Visit each person at home. \(Self.hostile.replacingOccurrences(of: "'", with: "''"))'")
            .replacingOccurrences(of: "strength: should", with: "strength: must")
        try old.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try new.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        let schema = TestSupport.packageRoot.appendingPathComponent("Templates").path
        for format in ["html", "notice", "notice-xml"] {
            // No policy here: the requirement's new wording is material, so in the notice too.
            let result = try run(["diff", "old.yaml", "new.yaml", "--format", format, "--templates", schema], in: folder)
            #expect(result.status == 0, "\(format): \(result)")
            #expect(!result.stdout.contains("<script>"), "raw <script> in \(format)")
            #expect(!result.stdout.contains("]]>"), "raw ]]> in \(format)")
            #expect(!result.stdout.contains("<![CDATA["), "raw CDATA in \(format)")
            #expect(result.stdout.contains("&lt;script&gt;"), "escaped text missing in \(format)")
            #expect(result.stdout.contains("&amp;"), "escaped & missing in \(format)")
        }
        // The notice names the changed requirements with their clause numbers.
        let notice = try run(["diff", "old.yaml", "new.yaml", "--format", "notice", "--templates", schema], in: folder)
        #expect(notice.stdout.contains("1.2"))
        #expect(notice.stdout.contains("<html lang=\"en-GB\">"))
    }

    @Test func revisionsAreReadThroughGit() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        let small = try String(contentsOf: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"), encoding: .utf8)
        try small.write(to: spec, atomically: true, encoding: .utf8)
        try git(["init", "-q"], in: folder)
        try git(["add", "spec.yaml"], in: folder)
        try git(["commit", "-q", "-m", "first"], in: folder)
        try small.replacingOccurrences(of: "max: 6", with: "max: 8").write(to: spec, atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-am", "second"], in: folder)
        let result = try run(["diff", "HEAD~1:spec.yaml", "spec.yaml"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("HEAD~1:spec.yaml (version 1.0) → spec.yaml (version 1.0)"))
        #expect(result.stdout.contains("material   changed  Lot 1 · Support intensity · Maximum hours per week: 6 → 8"))
        #expect(try run(["diff", "HEAD~1:spec.yaml", "HEAD:spec.yaml", "--fail-on", "material"], in: folder).status == 1)
        let missingRevision = try run(["diff", "HEAD~7:spec.yaml", "spec.yaml"], in: folder)
        #expect(missingRevision.status == 66)
        #expect(missingRevision.stderr.contains("HEAD~7:spec.yaml: cannot read: unknown revision"))
        let missingPath = try run(["diff", "HEAD:nothing.yaml", "spec.yaml"], in: folder)
        #expect(missingPath.status == 66)
        #expect(missingPath.stderr.contains("does not exist at revision"))
        #expect(try run(["diff", ":spec.yaml", "spec.yaml"], in: folder).status == 64)
    }

    @Test func aSideWithErrorsIsReportedAndNotCompared() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id: broken\ntitle: [unclosed\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["diff", "bad.yaml", TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.yaml:"))
    }

    // MARK: check

    /// A repository with one specification, the templates and a built Output/.
    func makeTree() throws -> URL {
        let folder = try TestSupport.makeTemporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        try manager.copyItem(at: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"),
                             to: folder.appendingPathComponent("Specs/small.yaml"))
        try manager.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates"),
                             to: folder.appendingPathComponent("Templates"))
        let build = try run(["build"], in: folder)
        #expect(build.status == 0, "\(build)")
        return folder
    }

    @Test func checkPassesOnACleanTree() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["check"], in: folder)
        #expect(result.status == 0, "\(result)")
        let elsewhere = try run(["check", "--root", folder.path], in: TestSupport.packageRoot)
        #expect(elsewhere.status == 0, "\(elsewhere)")
    }

    @Test func checkFailsOnAStaleOutput() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("Output/small/tender-pack.html")
        try Data("stale".utf8).write(to: page)
        let result = try run(["check", "--format", "github"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("file=Output/small/tender-pack.html"))
        #expect(result.stdout.contains("[output.stale]"))
    }

    @Test func checkFailsOnAValidationError() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "areas: all", with: "areas: [south]")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let result = try run(["check"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Specs/small.yaml:"))
        #expect(result.stdout.contains("error:"))
    }

    @Test func checkWithABaseDiffsChangedSpecificationsUnderThePolicy() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try git(["init", "-q"], in: folder)
        try git(["add", "."], in: folder)
        try git(["commit", "-q", "-m", "base"], in: folder)
        let spec = folder.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8).replacingOccurrences(of: "max: 6", with: "max: 9")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        #expect(try run(["build"], in: folder).status == 0)
        // Default threshold none: the material change is a warning, the exit code 0.
        let lenient = try run(["check", "--base", "HEAD"], in: folder)
        #expect(lenient.status == 0, "\(lenient)")
        #expect(lenient.stdout.contains("warning: changed since HEAD: Lot 1 · Support intensity · Maximum hours per week: 6 → 9 [diff.material-change]"))
        // The policy makes material changes fail.
        try "check:\n  failOn: material\n".write(to: folder.appendingPathComponent("tenderpack-policy.yaml"), atomically: true, encoding: .utf8)
        let strict = try run(["check", "--base", "HEAD", "--format", "json"], in: folder)
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stdout.contains("\"rule\" : \"diff.material-change\""))
        #expect(try run(["check", "--base", "HEAD", "--fail-on", "none"], in: folder).status == 0)
        #expect(try run(["check", "--base", "no-such-revision"], in: folder).status == 66)
        // A mistyped policy is a finding in the same report.
        try "check:\n  failsOn: material\n".write(to: folder.appendingPathComponent("tenderpack-policy.yaml"), atomically: true, encoding: .utf8)
        let typo = try run(["check", "--base", "HEAD"], in: folder)
        #expect(typo.status == 1)
        #expect(typo.stdout.contains("tenderpack-policy.yaml:2:3: error:"))
        // A policy named on the command line must exist, for check as for diff.
        let missing = try run(["check", "--policy", "no-such-policy.yaml"], in: folder)
        #expect(missing.status == 66, "\(missing)")
        #expect(missing.stderr.contains("no-such-policy.yaml"))
        #expect(try run(["diff", "Specs/small.yaml", "Specs/small.yaml", "--policy", "no-such-policy.yaml"], in: folder).status == 66)
    }

    @Test func explainListsTheClassificationTable() throws {
        let result = try run(["explain", "diff.classification"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("lots.requirements.strength"))
        #expect(result.stdout.contains("material"))
        #expect(try run(["explain", "diff.material-change"]).status == 0)
        #expect(try run(["explain", "output.stale"]).status == 0)
    }
}
