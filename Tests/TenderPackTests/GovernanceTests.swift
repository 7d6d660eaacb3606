import Foundation
import Testing
import TenderRendering

/// Governance through the binary: git plumbing, waivers, the approval ledger and the
/// reproducibility manifest (`verify`).
@Suite(.serialized) struct GovernanceTests {
    func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> TestSupport.RunResult {
        try TestSupport.runTenderpack(arguments, in: directory, environment: environment)
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

    // MARK: git plumbing (swift-subprocess)

    @Test func gitMissingFromPathIsAnUnreadableRevisionNotACrash() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml")
        try FileManager.default.copyItem(at: small, to: folder.appendingPathComponent("spec.yaml"))
        let result = try run(["diff", "HEAD:spec.yaml", "spec.yaml"], in: folder, environment: ["PATH": folder.path])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("HEAD:spec.yaml: cannot read: git is not installed (or not on PATH)"), "\(result)")
    }

    @Test func outsideARepositoryGitsOwnReasonIsShown() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml")
        try FileManager.default.copyItem(at: small, to: folder.appendingPathComponent("spec.yaml"))
        let result = try run(["diff", "HEAD:spec.yaml", "spec.yaml"], in: folder,
                             environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("HEAD:spec.yaml: cannot read: not a git repository"), "\(result)")
    }

    // MARK: the tree the tests run in

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

    func write(_ text: String, _ path: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func read(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `sha256sum`'s answer: a second implementation to check the manifest against.
    func sha256sum(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    // MARK: manifest.json and verify

    @Test func sha256MatchesTheStandardVectors() {
        #expect(PackManifest.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(PackManifest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(PackManifest.sha256(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func everyPackRecordsItsInputsAndEveryFileWritten() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("Output/small")
        let manifest = try json(try read("Output/small/manifest.json", in: folder))
        #expect((manifest["tool"] as? [String: String])?["name"] == "tenderpack")
        let specification = try #require(manifest["specification"] as? [String: Any])
        #expect(specification["path"] as? String == "Specs/small.yaml")
        #expect(specification["sha256"] as? String == (try sha256sum(folder.appendingPathComponent("Specs/small.yaml"))))
        // Every file in the folder but the manifest, sorted, each with the digest sha256sum gives.
        let files = try #require(manifest["files"] as? [[String: Any]])
        let listed = files.compactMap { $0["path"] as? String }
        let present = PackComparison.listFiles(in: pack).filter { $0 != "manifest.json" }
        #expect(listed == present.sorted())
        #expect(listed.contains("tender-pack.html") && listed.contains(".tenderpack"))
        for file in files {
            let path = try #require(file["path"] as? String)
            #expect(file["sha256"] as? String == (try sha256sum(pack.appendingPathComponent(path))), "\(path)")
        }
        let templates = try #require(manifest["templates"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        #expect(templates.contains("css/tender-pack.css"))
        #expect(templates == templates.sorted())
        // Deterministic: a second build elsewhere writes the same bytes; no clock in it.
        let again = try run(["build", "--output", "Again"], in: folder)
        #expect(again.status == 0, "\(again)")
        #expect(try read("Again/small/manifest.json", in: folder) == (try read("Output/small/manifest.json", in: folder)))
        #expect(!(try read("Output/small/manifest.json", in: folder)).contains("2026"))
    }

    @Test func verifyReproducesAPackAndNamesEveryDifference() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try run(["verify"], in: folder)
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stderr.contains("verified 1 pack: every file reproduced exactly"))
        #expect(try run(["verify", "Output/small"], in: folder).status == 0)
        // A file edited by hand, one removed, one added.
        try write("edited", "Output/small/tender-pack.html", in: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Output/small/outcome-schedule.xml"))
        try write("mine", "Output/small/notes.txt", in: folder)
        let tampered = try run(["verify"], in: folder)
        #expect(tampered.status == 1, "\(tampered)")
        #expect(tampered.stdout.contains("Output/small/tender-pack.html:1:1: error: differs from a fresh render [verify.mismatch]"))
        #expect(tampered.stdout.contains("Output/small/outcome-schedule.xml:1:1: error: is missing: a fresh render writes it [verify.mismatch]"))
        #expect(tampered.stdout.contains("Output/small/notes.txt:1:1: error: is not written by a fresh render [verify.mismatch]"))
        #expect(!tampered.stdout.contains("input-changed"))
        // Inputs changed since the build: the specification and a template are named.
        #expect(try run(["build"], in: folder).status == 0)
        let spec = try read("Specs/small.yaml", in: folder)
        try write(spec.replacingOccurrences(of: "max: 6", with: "max: 7"), "Specs/small.yaml", in: folder)
        let css = try read("Templates/css/tender-pack.css", in: folder)
        try write(css + "\n/* restyled */\n", "Templates/css/tender-pack.css", in: folder)
        let changed = try run(["verify", "--format", "json"], in: folder)
        #expect(changed.status == 1, "\(changed)")
        let findings = try #require(try json(changed.stdout)["findings"] as? [[String: Any]])
        let named = Set(findings.map { "\($0["rule"] ?? ""):\($0["file"] ?? "")" })
        #expect(named.contains("verify.input-changed:Specs/small.yaml"))
        #expect(named.contains("verify.input-changed:Templates/css/tender-pack.css"))
        #expect(named.contains("verify.mismatch:Output/small/tender-pack.html"))
        #expect(named.contains("verify.mismatch:Output/small/manifest.json"))
        // A broken manifest, and a folder that is not there.
        try write(spec, "Specs/small.yaml", in: folder)
        try write(css, "Templates/css/tender-pack.css", in: folder)
        try write("{\"version\": 1}", "Output/small/manifest.json", in: folder)
        let broken = try run(["verify"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("Output/small/manifest.json:1:1: error: is not a tenderpack manifest"), "\(broken)")
        #expect(try run(["verify", "Nowhere"], in: folder).status == 66)
    }

    // MARK: waivers

    static let stalePackWaiver = """
        waivers:
          - rule: output.stale
            path: Output/small/*
            owner: Jo Bloggs, Commissioning Manager
            reason: The pack is rebuilt by the release job.
            expires: 2027-03-31

        """

    @Test func aWaivedFindingIsSuppressedAuditedAndDoesNotFail() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("edited", "Output/small/tender-pack.html", in: folder)
        #expect(try run(["check"], in: folder).status == 1)
        try write(Self.stalePackWaiver, "tenderpack-policy.yaml", in: folder)
        let today = ["TENDERPACK_TODAY": "2027-03-31"]
        let waived = try run(["check"], in: folder, environment: today)
        #expect(waived.status == 0, "\(waived)")
        #expect(waived.stdout.contains("audit: 1 waived, 0 approved"))
        #expect(waived.stdout.contains("Output/small/tender-pack.html:1:1: suppressed error: is out of date"))
        #expect(waived.stdout.contains("waived by Jo Bloggs, Commissioning Manager until 2027-03-31 (tenderpack-policy.yaml:2:5): The pack is rebuilt by the release job."))
        #expect(waived.stderr.contains("1 file checked: no findings, 1 suppressed"), "\(waived.stderr)")
        // JSON lists it apart; SARIF carries it as a result with an external suppression.
        let reportText = try run(["check", "--format", "json"], in: folder, environment: today).stdout
        let report = try json(reportText)
        #expect((report["findings"] as? [Any])?.isEmpty == true)
        // The published check report schema (Schemas/, closed) accepts the suppressed list.
        let files = try SchemaCheck.write([("check-waived.json", reportText)], in: folder)
        if let verdicts = try SchemaCheck.validate("json", schema: PublishedSchemaTests.folder
                                                    .appendingPathComponent("check-report-1.schema.json"), files: files) {
            #expect(verdicts[files[0].path]?.isEmpty == true, "\(verdicts)")
        }
        let suppressed = try #require((report["suppressed"] as? [[String: Any]])?.first)
        #expect(suppressed["rule"] as? String == "output.stale")
        let detail = try #require(suppressed["suppression"] as? [String: Any])
        #expect(detail["kind"] as? String == "waiver" && detail["expires"] as? String == "2027-03-31")
        let sarif = try json(try run(["check", "--format", "sarif"], in: folder, environment: today).stdout)
        let result = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let suppression = try #require((result["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external")
        #expect((suppression["justification"] as? String)?.contains("The pack is rebuilt by the release job.") == true)
        // By fingerprint, as SARIF gives it.
        let fingerprint = try #require(((result["partialFingerprints"] as? [String: String])?["tenderpackFindingHash/v1"])?
            .split(separator: ":").first.map(String.init))
        try write(Self.stalePackWaiver.replacingOccurrences(of: "path: Output/small/*", with: "fingerprint: \(fingerprint)"),
                  "tenderpack-policy.yaml", in: folder)
        #expect(try run(["check"], in: folder, environment: today).status == 0)
    }

    @Test func anExpiredWaiverIsAnErrorAndAnUnusedOneAWarning() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("edited", "Output/small/tender-pack.html", in: folder)
        try write(Self.stalePackWaiver, "tenderpack-policy.yaml", in: folder)
        let expired = try run(["check", "--today", "2027-04-01"], in: folder)
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("tenderpack-policy.yaml:6:14: error: the waiver of output.stale for Output/small/* expired on 2027-03-31 (today is 2027-04-01)"), "\(expired)")
        #expect(expired.stdout.contains("Output/small/tender-pack.html:1:1: error: is out of date"))
        // The finding fixed: the waiver matches nothing.
        #expect(try run(["build"], in: folder).status == 0)
        let unused = try run(["check", "--today", "2026-11-24"], in: folder)
        #expect(unused.status == 0, "\(unused)")
        #expect(unused.stdout.contains("tenderpack-policy.yaml:2:5: warning: the waiver of output.stale for Output/small/* matches no finding; remove it [policy.waiver-unused]"))
        #expect(try run(["check", "--today", "tomorrow"], in: folder).status == 64)
    }

    @Test func aMalformedWaiverIsALocatedPolicyError() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("""
            waivers:
              - rule: output.stael
                path: Output/small/*
                reason: no owner
                expires: 31/03/2027
              - rule: output.stale
                owner: Jo
                reason: neither path nor fingerprint
                expires: 2027-03-31
                colour: blue

            """, "tenderpack-policy.yaml", in: folder)
        let result = try run(["check", "--today", "2026-11-24"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("tenderpack-policy.yaml:2:5: error: a waiver needs `owner` [policy.invalid]"), "\(result)")
        #expect(result.stdout.contains("tenderpack-policy.yaml:5:14: error: `expires` must be an ISO date, YYYY-MM-DD"))
        #expect(result.stdout.contains("tenderpack-policy.yaml:6:5: error: a waiver needs `path` (a file or a glob) or `fingerprint`"))
        #expect(result.stdout.contains("tenderpack-policy.yaml:10:5: error: unknown key `colour` in a waiver"))
    }

    // MARK: the approval ledger

    func commitTree(_ folder: URL) throws {
        try git(["init", "-q"], in: folder)
        try git(["add", "."], in: folder)
        try git(["commit", "-q", "-m", "base"], in: folder)
    }

    func fingerprints(_ output: String) -> [String] {
        output.matches(of: /fingerprint ([0-9a-f]{16});/).map { String($0.output.1) }
    }

    @Test func approvedChangesDoNotFailAndStaleApprovalsAreReported() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("check:\n  failOn: material\n", "tenderpack-policy.yaml", in: folder)
        try commitTree(folder)
        let spec = try read("Specs/small.yaml", in: folder)
        try write(spec.replacingOccurrences(of: "max: 6", with: "max: 9")
            .replacingOccurrences(of: "strength: should", with: "strength: must"), "Specs/small.yaml", in: folder)
        #expect(try run(["build"], in: folder).status == 0)
        let failing = try run(["check", "--base", "HEAD"], in: folder)
        #expect(failing.status == 1, "\(failing)")
        let changes = fingerprints(failing.stdout)
        #expect(changes.count == 2, "\(failing.stdout)")
        // Unknown fingerprints write nothing.
        let unknown = try run(["approve", "0123456789abcdef", "--base", "HEAD", "--by", "Jo", "--reason", "x"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no change since HEAD has the fingerprint 0123456789abcdef"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("tenderpack-approvals.yaml").path))
        // Approved one at a time, in either order: the same ledger, sorted.
        let arguments = ["--base", "HEAD", "--by", "Jo Bloggs, Head of Commissioning", "--reason", "Agreed with \"the board\"",
                         "--today", "2026-11-24"]
        #expect(try run(["approve", changes[1]] + arguments, in: folder).status == 0)
        let first = try run(["approve", changes[0]] + arguments, in: folder)
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("approved \(changes[0]) in Specs/small.yaml"))
        let ledger = try read("tenderpack-approvals.yaml", in: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("tenderpack-approvals.yaml"))
        #expect(try run(["approve", changes[0], changes[1]] + arguments, in: folder).status == 0)
        #expect(try read("tenderpack-approvals.yaml", in: folder) == ledger)
        #expect(ledger.contains("approvedBy: \"Jo Bloggs, Head of Commissioning\""))
        #expect(ledger.contains("approvedOn: 2026-11-24"))
        #expect(ledger.contains("reason: \"Agreed with \\\"the board\\\"\""))
        let sorted = changes.sorted()
        #expect(ledger.range(of: sorted[0])!.lowerBound < ledger.range(of: sorted[1])!.lowerBound)
        #expect(try run(["approve", changes[0]] + arguments, in: folder).stderr.contains("already approved"))
        #expect(try read("tenderpack-approvals.yaml", in: folder) == ledger)
        // Both approved: check passes and lists them in the audit.
        let passing = try run(["check", "--base", "HEAD"], in: folder)
        #expect(passing.status == 0, "\(passing)")
        #expect(passing.stdout.contains("audit: 0 waived, 2 approved"))
        #expect(passing.stdout.contains("approved by Jo Bloggs, Head of Commissioning on 2026-11-24 (tenderpack-approvals.yaml:"))
        // Changed again: the new change fails, its old approval is stale.
        try write(spec.replacingOccurrences(of: "max: 6", with: "max: 10")
            .replacingOccurrences(of: "strength: should", with: "strength: must"), "Specs/small.yaml", in: folder)
        #expect(try run(["build"], in: folder).status == 0)
        let again = try run(["check", "--base", "HEAD"], in: folder)
        #expect(again.status == 1, "\(again)")
        #expect(again.stdout.contains("error: changed since HEAD: Lot 1 · Support intensity · Maximum hours per week: 6 → 10 [diff.material-change]"))
        #expect(again.stdout.contains("warning: the approval of changed: Lot 1 · Support intensity · Maximum hours per week: 6 → 9 in Specs/small.yaml matches no change since HEAD; remove it [approval.stale]"), "\(again.stdout)")
        #expect(again.stdout.contains("audit: 0 waived, 1 approved"))
    }

    @Test func aMalformedLedgerIsALocatedError() throws {
        let folder = try makeTree()
        defer { try? FileManager.default.removeItem(at: folder) }
        try commitTree(folder)
        try write("approvals:\n  - file: Specs/small.yaml\n    fingerprint: abc\n    approvedOn: soon\n", "tenderpack-approvals.yaml", in: folder)
        let result = try run(["check", "--base", "HEAD"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("tenderpack-approvals.yaml:4:17: error: `approvedOn` must be an ISO date, YYYY-MM-DD [approvals.invalid]"), "\(result)")
        #expect(result.stdout.contains("tenderpack-approvals.yaml:2:5: error: an approval needs `approvedBy`"))
    }
}
