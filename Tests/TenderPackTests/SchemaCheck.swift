import Foundation
import Testing

/// Outputs judged by tools outside TenderPack: JSON and YAML against JSON Schemas with
/// Python's `jsonschema` (Tests/Schemas/check_schema.py), JUnit XML against the Jenkins
/// schema with `xmllint`. The schemas are copies in Tests/Schemas (see its README).
/// Missing tools skip the check, unless `CI` or `REQUIRE_VALIDATORS` is set.
enum SchemaCheck {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Schemas")
    static let script = folder.appendingPathComponent("check_schema.py")
    static let sarifSchema = folder.appendingPathComponent("sarif/sarif-schema-2.1.0.json")
    static let junitSchema = folder.appendingPathComponent("junit/jenkins-xunit-junit-10.xsd")

    /// Each file's schema errors (empty when valid), or nil when the tools are missing
    /// and the run may skip them.
    static func validate(_ kind: String, schema: URL, files: [URL]) throws -> [String: [String]]? {
        guard let python = RenderingValidatorTests.tool("python3") else {
            if RenderingValidatorTests.required { Issue.record("python3 is not installed") }
            return nil
        }
        let result = try RenderingValidatorTests.run(python, [script.path, kind, schema.path] + files.map(\.path))
        if result.status == 2 {
            if RenderingValidatorTests.required { Issue.record("check_schema.py cannot run: \(result.output)") }
            return nil
        }
        guard let start = result.output.firstIndex(of: "{"),
              let object = try JSONSerialization.jsonObject(with: Data(result.output[start...].utf8)) as? [String: Any],
              let reported = object["files"] as? [String: [String]] else {
            Issue.record("check_schema.py gave no result: \(result.output)")
            return [:]
        }
        #expect(Set(reported.keys) == Set(files.map(\.path)), "\(result.output)")
        #expect((result.status == 0) == reported.values.allSatisfy(\.isEmpty), "\(result.output)")
        return reported
    }

    /// Writes each output to a file of its own in `folder`, for the validators.
    static func write(_ outputs: [(name: String, text: String)], in folder: URL) throws -> [URL] {
        try outputs.map { output in
            let url = folder.appendingPathComponent(output.name)
            try Data(output.text.utf8).write(to: url)
            return url
        }
    }

    /// `xmllint --schema` over files; each file's complaint (empty when valid), or nil
    /// when xmllint is missing and the run may skip it.
    static func xmllint(schema: URL, files: [URL]) throws -> [String: String]? {
        guard let xmllint = RenderingValidatorTests.tool("xmllint") else {
            if RenderingValidatorTests.required { Issue.record("xmllint is not installed (apt-get install libxml2-utils)") }
            return nil
        }
        var outcome: [String: String] = [:]
        for file in files {
            let result = try RenderingValidatorTests.run(xmllint, ["--noout", "--nonet", "--schema", schema.path, file.path])
            outcome[file.path] = result.status == 0 ? "" : result.output
        }
        return outcome
    }

    /// Runs the built binary in `directory`, with `input` (a file) as standard input.
    static func run(_ arguments: [String], in directory: URL, input: URL? = nil,
                    environment extra: [String: String] = [:]) throws -> TestSupport.RunResult {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["GITHUB_STEP_SUMMARY"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return TestSupport.RunResult(status: process.terminationStatus,
                                     stdout: String(decoding: outData, as: UTF8.self),
                                     stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs git quietly in `directory`.
    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A repository with one clean specification (Specs/small.yaml), the templates and
    /// a built Output/, committed.
    static func makeRepository() throws -> URL {
        let folder = try TestSupport.makeTemporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        try manager.copyItem(at: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"),
                             to: folder.appendingPathComponent("Specs/small.yaml"))
        try manager.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates"),
                             to: folder.appendingPathComponent("Templates"))
        let build = try run(["build"], in: folder)
        #expect(build.status == 0, "\(build)")
        try git(["init", "-q"], in: folder)
        try git(["add", "."], in: folder)
        try git(["commit", "-q", "-m", "base"], in: folder)
        return folder
    }
}
