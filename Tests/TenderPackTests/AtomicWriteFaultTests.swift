import Foundation
import Testing
import TenderRendering
#if canImport(Glibc)
import Glibc
#endif

/// Atomic pack writes proven deterministically: a fault injected at each point between
/// staging and the swap (`WriteFault`), in process and in the built binary, never
/// leaves a partial or mixed pack, and nothing is left behind once the write is over.
@Suite("Atomic writes under injected faults", .serialized)
struct AtomicWriteFaultTests {
    static func files(_ version: String) -> [RenderedFile] {
        [RenderedFile(path: "a.xml", data: Data("a \(version)".utf8)),
         RenderedFile(path: "b.html", data: Data("b \(version)".utf8)),
         RenderedFile(path: "c.json", data: Data("c \(version)".utf8))]
    }

    /// Every entry of `folder`, recursively: relative path → bytes (folders as empty data).
    static func everything(_ folder: URL) -> [String: Data] {
        var all: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        while let path = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            all[path] = isFolder.boolValue ? Data() : (try? Data(contentsOf: url)) ?? Data("unreadable".utf8)
        }
        return all
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let point: WriteFault.Point
        let overExisting: Bool
        var testDescription: String { "a write failing at \(point.rawValue), \(overExisting ? "replacing a pack" : "creating one")" }
    }

    static let cases: [Case] = WriteFault.Point.allCases.flatMap { point in
        [true, false].compactMap { existing in
            // Without an old pack there is nothing to move aside.
            point == .movedAside && !existing ? nil : Case(point: point, overExisting: existing)
        }
    }

    @Test(arguments: cases)
    func failingWriteLeavesTheOldPackAndNothingElse(_ c: Case) throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        var writer = PackWriter(outputFolder: output)
        if c.overExisting { #expect(try writer.write(Self.files("1"), pack: "p") == .created) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let before = Self.everything(output)

        writer.fault = WriteFault(point: c.point, action: .fail)
        do {
            try writer.write(Self.files("2"), pack: "p")
            Issue.record("the injected fault did not fail the write")
        } catch let error as PackWriter.WriteError {
            // The error names the pack, never the hidden staging folder.
            #expect(!error.description.contains(".tenderpack-new-"), "\(error)")
            #expect(error.description.contains("injected fault at \(c.point.rawValue)"), "\(error)")
        }
        // Byte for byte as before: the old pack whole (or no pack), no staging, no old copy.
        #expect(Self.everything(output) == before, "\(Self.everything(output).keys.sorted())")

        // The next write succeeds and leaves exactly the new pack.
        writer.fault = nil
        #expect(try writer.write(Self.files("2"), pack: "p") == (c.overExisting ? .updated : .created))
        #expect(Self.everything(output).keys.sorted() == ["p", "p/.tenderpack", "p/a.xml", "p/b.html", "p/c.json"])
        #expect(Self.everything(output)["p/b.html"] == Data("b 2".utf8))
    }

    @Test("the fault seam is off unless asked for, and reads only POINT:ACTION")
    func parsing() {
        #expect(WriteFault("staged:stop") == WriteFault(point: .staged, action: .stop))
        #expect(WriteFault("moved-aside:fail") == WriteFault(point: .movedAside, action: .fail))
        #expect(WriteFault("file-written:fail") == WriteFault(point: .fileWritten, action: .fail))
        for text in ["", "staged", "staged:", ":stop", "staged:stop:1", "Staged:stop", "staged:kill"] {
            #expect(WriteFault(text) == nil, "\(text)")
        }
    }

    // MARK: The built binary, stopped between staging and the swap

    /// A folder holding one specification, with its title `title`.
    static func specs(in root: URL, name: String, title: String) throws -> URL {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = TestSupport.specsURL.appendingPathComponent("staged-model.yaml")
        var text = try String(contentsOf: source, encoding: .utf8)
        if let range = text.range(of: "\ntitle: ") { text.replaceSubrange(range, with: "\ntitle: \(title) ") }
        try text.write(to: folder.appendingPathComponent("staged-model.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The state letter of a process in /proc (`T` when stopped).
    static func state(of pid: Int32) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(close, offsetBy: 2)...].first
    }

    @Test("a build stopped at each point, then killed, leaves the old pack whole; the next build finishes the job",
          arguments: [WriteFault.Point.fileWritten, .staged, .movedAside])
    func stoppedAndKilledBuild(_ point: WriteFault.Point) throws {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let original = try Self.specs(in: root, name: "original", title: "Original")
        let revised = try Self.specs(in: root, name: "revised", title: "Revised")
        let output = root.appendingPathComponent("out")
        let reference = root.appendingPathComponent("reference")
        for (specs, folder) in [(original, output), (revised, reference)] {
            let result = try FaultSupport.run(["build", specs.path, "--output", folder.path, "--templates", BuildCommandTests.templates])
            #expect(result.status == 0, "\(result)")
        }
        let old = BuildCommandTests.pack("staged-model", in: try BuildCommandTests.snapshot(output))
        let new = BuildCommandTests.pack("staged-model", in: try BuildCommandTests.snapshot(reference))
        #expect(!old.isEmpty && old != new)

        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", revised.path, "--output", output.path, "--templates", BuildCommandTests.templates]
        process.environment = ProcessInfo.processInfo.environment.merging(
            [WriteFault.environmentVariable: "\(point.rawValue):stop"], uniquingKeysWith: { $1 })
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Self.state(of: process.processIdentifier) != "T", Date() < deadline { usleep(10_000) }
        #expect(Self.state(of: process.processIdentifier) == "T", "the build never reached \(point.rawValue)")

        // Stopped at the point: a staging folder exists, and the pack is still the old one
        // (or, without an atomic swap, moved aside whole under a hidden name).
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        let staging = names.filter { $0.hasPrefix(".tenderpack-new-staged-model-") }
        #expect(staging.count == 1, "\(names)")
        if point == .movedAside {
            let aside = names.filter { $0.hasPrefix(".tenderpack-old-staged-model-") }
            #expect(aside.count == 1 && !names.contains("staged-model"), "\(names)")
            if let folder = aside.first {
                let files = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(folder).path)
                let contents = Dictionary(uniqueKeysWithValues: try files.map {
                    ("staged-model/\($0)", try Data(contentsOf: output.appendingPathComponent(folder).appendingPathComponent($0)))
                })
                #expect(contents == old, "the old pack moved aside is not whole")
            }
        } else {
            #expect(BuildCommandTests.pack("staged-model", in: try BuildCommandTests.snapshot(output)) == old,
                    "the pack changed before the swap")
        }

        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if point != .movedAside {
            #expect(BuildCommandTests.pack("staged-model", in: try BuildCommandTests.snapshot(output)) == old)
        }

        // The next build removes what the killed one left (or puts the old pack back
        // first), then writes the new pack; nothing hidden remains.
        let next = try FaultSupport.run(["build", revised.path, "--output", output.path, "--templates", BuildCommandTests.templates])
        #expect(next.status == 0, "\(next)")
        #expect(try BuildCommandTests.snapshot(output) == (try BuildCommandTests.snapshot(reference)))
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0 != "staged-model" }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("a build whose write fails before the swap exits 1, says where, and keeps the old pack")
    func failingBuild() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let original = try Self.specs(in: root, name: "original", title: "Original")
        let revised = try Self.specs(in: root, name: "revised", title: "Revised")
        let output = root.appendingPathComponent("out")
        let first = try FaultSupport.run(["build", original.path, "--output", output.path, "--templates", BuildCommandTests.templates])
        #expect(first.status == 0, "\(first)")
        let before = Self.everything(output)
        let failed = try TestSupport.runTenderpack(["build", revised.path, "--output", output.path, "--templates", BuildCommandTests.templates],
                                          environment: [WriteFault.environmentVariable: "staged:fail"])
        #expect(failed.status != 0, "\(failed)")
        #expect(failed.stderr.contains("\(output.path)/staged-model: cannot write: injected fault at staged"), "\(failed)")
        #expect(Self.everything(output) == before)
    }
}
