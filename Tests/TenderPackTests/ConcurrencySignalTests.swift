import Foundation
import Testing
import TenderRendering
#if canImport(Glibc)
import Glibc
#endif

/// Two builds into one folder, and builds stopped by signals: the built binary, real
/// processes, real signals, every wait bounded.
@Suite("Concurrent builds and signals", .serialized)
struct ConcurrencySignalTests {
    static var templates: String { TestSupport.packageRoot.appendingPathComponent("Templates").path }

    /// Reference packs of the original and the revised Specs/, built once.
    final class References: @unchecked Sendable {
        let root: URL
        let original: URL
        let revised: URL
        let a: [String: Data]
        let b: [String: Data]
        let ids: Set<String>
        let buildTime: Double

        init() throws {
            root = try TestSupport.makeTemporaryDirectory()
            original = TestSupport.specsURL
            revised = try BuildCommandTests.revisedSpecs(in: root)
            let start = Date()
            let first = try FaultSupport.run(["build", original.path, "--output", root.appendingPathComponent("a").path,
                                              "--templates", ConcurrencySignalTests.templates])
            buildTime = Date().timeIntervalSince(start)
            let second = try FaultSupport.run(["build", revised.path, "--output", root.appendingPathComponent("b").path,
                                               "--templates", ConcurrencySignalTests.templates])
            guard first.status == 0, second.status == 0 else { throw FaultSupport.Failure("reference builds failed: \(first) \(second)") }
            a = try BuildCommandTests.snapshot(root.appendingPathComponent("a"))
            b = try BuildCommandTests.snapshot(root.appendingPathComponent("b"))
            ids = Set(a.keys.map { String($0.split(separator: "/")[0]) })
        }

        /// Every pack in `folder` is absent, or exactly one of the two references; nothing
        /// hidden is left at the top of the folder.
        func checkWhole(_ folder: URL, _ context: String) throws {
            let now = try BuildCommandTests.snapshot(folder)
            for id in ids {
                let pack = BuildCommandTests.pack(id, in: now)
                #expect(pack.isEmpty || pack == BuildCommandTests.pack(id, in: a) || pack == BuildCommandTests.pack(id, in: b),
                        "\(context): pack \(id) is partial or a mix: \(pack.keys.sorted())")
            }
            let hidden = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }
            #expect(hidden.isEmpty, "\(context): left behind: \(hidden)")
        }
    }

    nonisolated(unsafe) static var cached: References?
    static let cacheLock = NSLock()

    static func references() throws -> References {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached { return cached }
        let made = try References()
        cached = made
        return made
    }

    /// Starts the binary without waiting, its stderr going to a file (readable while it runs).
    static func start(_ arguments: [String], stderr: URL) throws -> Process {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits at most `timeout` seconds; kills the process (SIGKILL) and returns false when it is still running.
    static func wait(_ process: Process, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return false
        }
        process.waitUntilExit()
        return true
    }

    @Test("two builds into one folder at once take turns: both succeed, every pack whole", arguments: 0..<4)
    func twoBuildsAtOnce(_ round: Int) throws {
        let references = try Self.references()
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        // Even rounds: both into a new folder; odd rounds: over an existing build.
        if round.isMultiple(of: 2) == false {
            try FileManager.default.copyItem(at: references.root.appendingPathComponent("a"), to: output)
        }
        let first = try Self.start(["build", references.original.path, "--output", output.path, "--templates", Self.templates],
                                   stderr: root.appendingPathComponent("first.err"))
        let second = try Self.start(["build", references.revised.path, "--output", output.path, "--templates", Self.templates],
                                    stderr: root.appendingPathComponent("second.err"))
        #expect(Self.wait(first, timeout: 30) && Self.wait(second, timeout: 30), "a build did not finish")
        let errors = try String(contentsOf: root.appendingPathComponent("first.err"), encoding: .utf8)
            + String(contentsOf: root.appendingPathComponent("second.err"), encoding: .utf8)
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "\(errors)")
        #expect(!errors.contains("Directory not empty"), "\(errors)")
        let now = try BuildCommandTests.snapshot(output)
        // Whichever ran second wrote every pack last: the folder is one whole build.
        #expect(now == references.a || now == references.b, "the folder mixes two builds or lacks files: \(now.keys.sorted())")
        try references.checkWhole(output, "round \(round)")
    }

    @Test("a second build waits for the lock, says so, then writes")
    func secondBuildWaits() throws {
        let references = try Self.references()
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        // Hold the lock a build takes (an exclusive flock on the output folder).
        let descriptor = open(output.path, O_RDONLY | O_DIRECTORY)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let log = root.appendingPathComponent("build.err")
        let build = try Self.start(["build", references.original.path, "--output", output.path, "--templates", Self.templates],
                                   stderr: log)
        var waited = false
        for _ in 0..<400 where !waited {
            usleep(10_000)
            waited = (try? String(contentsOf: log, encoding: .utf8))?.contains("waiting for another build writing to") ?? false
        }
        #expect(waited, "the waiting build never said so")
        #expect(build.isRunning, "the build did not wait for the lock")
        #expect(try BuildCommandTests.snapshot(output).isEmpty, "nothing may be written while another build holds the lock")
        flock(descriptor, LOCK_UN)
        close(descriptor)
        #expect(Self.wait(build, timeout: 30))
        #expect(build.terminationStatus == 0)
        #expect(try BuildCommandTests.snapshot(output) == references.a)
    }

    @Test("SIGTERM to a build waiting for the lock exits 143 at once and writes nothing", arguments: [SIGTERM, SIGINT, SIGHUP])
    func signalWhileWaiting(_ signal: Int32) throws {
        let references = try Self.references()
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let descriptor = open(output.path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let log = root.appendingPathComponent("build.err")
        let build = try Self.start(["build", references.original.path, "--output", output.path, "--templates", Self.templates],
                                   stderr: log)
        for _ in 0..<400 {
            if (try? String(contentsOf: log, encoding: .utf8))?.contains("waiting") == true { break }
            usleep(10_000)
        }
        let sent = Date()
        kill(build.processIdentifier, signal)
        #expect(Self.wait(build, timeout: 5), "the build ignored the signal")
        #expect(Date().timeIntervalSince(sent) < 2)
        #expect(build.terminationReason == .exit && build.terminationStatus == 128 + signal,
                "exit \(build.terminationStatus): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        #expect((try? String(contentsOf: log, encoding: .utf8))?.contains("interrupted by") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    /// A signal at a point spread over a build's length (a fixed table, so a failure repeats).
    struct SignalCase: Sendable, CustomTestStringConvertible {
        var signal: Int32
        /// The moment, as a fraction of a whole build's time.
        var fraction: Double
        var testDescription: String {
            let name = signal == SIGTERM ? "SIGTERM" : signal == SIGINT ? "SIGINT" : "SIGHUP"
            return "\(name) at \(Int(fraction * 100))% of a build"
        }
    }

    static let signalCases: [SignalCase] = [SIGTERM, SIGINT, SIGHUP].flatMap { signal in
        [0.6, 0.9].map { SignalCase(signal: signal, fraction: $0) }
    }

    @Test("a build stopped by a signal removes its staging, exits 128+N, and leaves packs whole", arguments: signalCases)
    func signalDuringBuild(_ testCase: SignalCase) throws {
        let references = try Self.references()
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        // Over the original build, so that killed packs are replaced (not only created).
        try FileManager.default.copyItem(at: references.root.appendingPathComponent("a"), to: output)
        var interrupted = 0
        for attempt in 0..<2 {
            let log = root.appendingPathComponent("build-\(attempt).err")
            let build = try Self.start(["build", (attempt.isMultiple(of: 2) ? references.revised : references.original).path,
                                        "--output", output.path, "--templates", Self.templates], stderr: log)
            usleep(useconds_t(references.buildTime * testCase.fraction * 1_000_000))
            kill(build.processIdentifier, testCase.signal)
            #expect(Self.wait(build, timeout: 20), "the build ignored the signal")
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(build.terminationReason == .exit, "killed by the signal instead of handling it: \(text)")
            #expect(build.terminationStatus == 0 || build.terminationStatus == 128 + testCase.signal, "exit \(build.terminationStatus): \(text)")
            if build.terminationStatus == 128 + testCase.signal {
                interrupted += 1
                #expect(text.contains("interrupted by"), "\(text)")
            }
            try references.checkWhole(output, "\(testCase.testDescription), attempt \(attempt)")
        }
        // Afterwards a build completes the folder and nothing is left over.
        let final = try FaultSupport.run(["build", references.original.path, "--output", output.path, "--templates", Self.templates])
        #expect(final.status == 0, "\(final)")
        #expect(try BuildCommandTests.snapshot(output) == references.a)
        try references.checkWhole(output, "after")
        _ = interrupted
    }

    /// A signal sent the moment a staging folder appears: the handler must remove it.
    struct StagingCase: Sendable, CustomTestStringConvertible {
        var signal: Int32
        /// Over an existing build (packs are replaced) or into an empty folder (created).
        var overExisting: Bool
        var testDescription: String {
            let name = signal == SIGTERM ? "SIGTERM" : signal == SIGINT ? "SIGINT" : "SIGHUP"
            return "\(name) while staging, \(overExisting ? "replacing packs" : "creating packs")"
        }
    }

    static let stagingCases: [StagingCase] = [SIGTERM, SIGINT, SIGHUP].flatMap { signal in
        [false, true].map { StagingCase(signal: signal, overExisting: $0) }
    }

    @Test("a signal while a pack is staged removes the staging folder and exits 128+N", arguments: stagingCases)
    func signalWhileStaging(_ testCase: StagingCase) throws {
        let references = try Self.references()
        // The signal is sent the moment a staging folder is seen; on a loaded machine the
        // build may still finish its swap before the signal lands (it then exits 0 with a
        // whole pack, which is correct). Such an attempt proves nothing about the handler,
        // so it is repeated, up to a bound: at least one attempt must be interrupted while
        // staging, and every attempt must leave whole packs and nothing hidden.
        var interrupted = false
        for attempt in 1...6 where !interrupted {
            let root = try TestSupport.makeTemporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            let output = root.appendingPathComponent("out")
            if testCase.overExisting {
                try FileManager.default.copyItem(at: references.root.appendingPathComponent("a"), to: output)
            } else {
                try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            }
            let log = root.appendingPathComponent("build.err")
            let build = try Self.start(["build", references.revised.path, "--output", output.path, "--templates", Self.templates],
                                       stderr: log)
            var signalled = false
            let deadline = Date().addingTimeInterval(20)
            while build.isRunning, Date() < deadline, !signalled {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".tenderpack-new-") }) {
                    kill(build.processIdentifier, testCase.signal)
                    signalled = true
                }
            }
            #expect(Self.wait(build, timeout: 10), "the build ignored the signal")
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(build.terminationReason == .exit, "killed by the signal instead of handling it: \(text)")
            if build.terminationStatus == 128 + testCase.signal {
                // Interrupted; when the signal landed after the staging folder was already
                // swapped in, there is nothing unfinished to remove and the attempt is repeated.
                #expect(signalled && text.contains("interrupted by"), "\(text)")
                interrupted = text.contains("removed unfinished output: \(output.path)/.tenderpack-new-")
            } else {
                #expect(build.terminationStatus == 0, "attempt \(attempt): exit \(build.terminationStatus): \(text)")
            }
            try references.checkWhole(output, "\(testCase.testDescription), attempt \(attempt)")
        }
        #expect(interrupted, "no attempt was interrupted while a staging folder existed")
    }

    @Test("staging folders that killed builds left are removed at the start of the next build")
    func staleStagingIsRemoved() throws {
        let references = try Self.references()
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        try FileManager.default.copyItem(at: references.root.appendingPathComponent("a"), to: output)
        // What SIGKILLed builds leave: a half-written staging folder, one for a pack with
        // no specification, and the old copy of a pack moved aside mid-swap.
        let manager = FileManager.default
        try manager.createDirectory(at: output.appendingPathComponent(".tenderpack-new-staged-model-1-2"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: output.appendingPathComponent(".tenderpack-new-staged-model-1-2/tender-pack.xml"))
        try manager.createDirectory(at: output.appendingPathComponent(".tenderpack-new-long-gone-3-4"), withIntermediateDirectories: true)
        try manager.moveItem(at: output.appendingPathComponent("staged-model"),
                             to: output.appendingPathComponent(".tenderpack-old-staged-model-5-6"))
        let result = try FaultSupport.run(["build", references.original.path, "--output", output.path, "--templates", Self.templates])
        #expect(result.status == 0, "\(result)")
        #expect(try BuildCommandTests.snapshot(output) == references.a)
        try references.checkWhole(output, "after cleaning")
    }
}
