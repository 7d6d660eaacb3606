import Foundation

/// Shared helpers for the corpus and end-to-end tests: where the fixtures are, where
/// the built `tenderpack` binary is, and how to run it.
enum TestSupport {
    /// `Tests/TenderPackTests/Fixtures`, as copied into the test bundle.
    static var fixturesURL: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the test bundle has no Fixtures folder; is `resources: [.copy(\"Fixtures\")]` in Package.swift?")
        }
        return url
    }

    /// A bad input of the corpus.
    static func badFixture(_ name: String) -> URL {
        fixturesURL.appendingPathComponent("bad").appendingPathComponent(name)
    }

    /// Every file of the bad-input corpus, by name.
    static var badFixtureNames: [String] {
        let folder = fixturesURL.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The package's root folder (where `Package.swift` and `Specs/` are).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // TenderPackTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
    }

    /// The folder of clean specifications.
    static var specsURL: URL { packageRoot.appendingPathComponent("Specs") }

    /// A scratch folder of its own for one test, removed by the caller when it is done.
    static func makeTemporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tenderpack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: - The built binary

    /// The `tenderpack` executable built alongside this test bundle.
    ///
    /// SwiftPM puts the test bundle (`TenderPackPackageTests.xctest`, a folder on macOS
    /// and a file on Linux) and the executable in the same `.build/<triple>/<config>/`
    /// folder. Other places are tried in turn so that the tests also run from an IDE.
    static let executableURL: URL? = {
        // Builds in the tests make no PDFs (each takes seconds): every run of the
        // executable inherits this, unless the environment already names an engine.
        // PDFTests builds them on purpose (--pdf-engine weasyprint).
        setenv("TENDERPACK_PDF_ENGINE", "none", 0)
        let manager = FileManager.default
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["TENDERPACK_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        for bundle in [Bundle.module.bundleURL, Bundle.main.bundleURL] {
            var folder = bundle.deletingLastPathComponent()
            // Walk up a few levels: on macOS the bundle sits in <config>/, the module
            // bundle in <config>/ too, and Bundle.main may be inside Xcode's tooling.
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("tenderpack"))
                folder = folder.deletingLastPathComponent()
            }
        }
        if let arguments = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: arguments).deletingLastPathComponent().appendingPathComponent("tenderpack"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/tenderpack"))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               manager.isExecutableFile(atPath: candidate.path) {
                return candidate.standardizedFileURL
            }
        }
        return nil
    }()

    /// What a run of the binary produced.
    struct RunResult: Sendable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var stdoutLines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }

        var description: String {
            "exit \(status)\n--- stdout\n\(stdout.prefix(4_000))\n--- stderr\n\(stderr.prefix(4_000))"
        }
    }

    struct ExecutableNotFound: Error, CustomStringConvertible {
        var description: String {
            "the `tenderpack` executable was not found next to the test bundle; run `swift build` first or set TENDERPACK_EXECUTABLE"
        }
    }

    /// Runs `tenderpack` with `arguments` in `directory` (the package root by default),
    /// without a terminal, and waits for it.
    static func runTenderpack(_ arguments: [String], in directory: URL? = nil,
                              environment extra: [String: String] = [:]) throws -> RunResult {
        guard let executable = executableURL else { throw ExecutableNotFound() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so that a large report cannot fill a
        // pipe buffer and deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        process.waitUntilExit()
        group.wait()
        return RunResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}
