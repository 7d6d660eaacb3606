import Foundation
import Testing

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
}
