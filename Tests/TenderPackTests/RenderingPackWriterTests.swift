import Foundation
import Testing
import TenderRendering

/// Writing packs: atomic replacement, no writes outside the output folder, and the
/// `--check` comparison.
@Suite(.serialized)
struct RenderingPackWriterTests {
    let output: URL

    init() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("tp-output-\(UUID().uuidString)")
    }

    func files(_ version: String) -> [RenderedFile] {
        [RenderedFile(path: "a.xml", data: Data("a \(version)".utf8)),
         RenderedFile(path: "b.html", data: Data("b \(version)".utf8))]
    }

    func contents(_ pack: String) -> [String: String] {
        let folder = output.appendingPathComponent(pack)
        // The `.tenderpack` marker every written pack carries is checked on its own.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != PackWriter.markerName }
        return Dictionary(uniqueKeysWithValues: names.map { name in
            (name, (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
        })
    }

    @Test func createsReplacesAndLeavesUnchangedPacksAlone() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = PackWriter(outputFolder: output)
        #expect(try writer.write(files("1"), pack: "p") == .created)
        #expect(contents("p") == ["a.xml": "a 1", "b.html": "b 1"])
        #expect(try writer.write(files("1"), pack: "p") == .unchanged)
        // The new pack has one file fewer: the old one must not survive.
        #expect(try writer.write(Array(files("2").prefix(1)), pack: "p") == .updated)
        #expect(contents("p") == ["a.xml": "a 2"])
        // No staging folders are left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(names == ["p"])
    }

    @Test(arguments: ["..", ".", "", "../escape", "a/b", ".hidden", "/etc"])
    func refusesPackIdsOutsideTheFolder(_ id: String) throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = PackWriter(outputFolder: output)
        #expect(throws: PackWriter.WriteError.self) { try writer.write(files("1"), pack: id) }
    }

    @Test(arguments: ["../x.html", "/tmp/x.html", "sub/../../x", "", "a//b"])
    func refusesFilePathsOutsideThePack(_ path: String) throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = PackWriter(outputFolder: output)
        #expect(throws: PackWriter.WriteError.self) {
            try writer.write([RenderedFile(path: path, data: Data())], pack: "p")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("p").path))
    }

    @Test func cleansUpAfterAKilledBuild() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = PackWriter(outputFolder: output)
        try writer.write(files("1"), pack: "p")
        // What a build killed mid-write leaves: a half-written staging folder.
        let leftover = output.appendingPathComponent(".tenderpack-new-p-123-456")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover.appendingPathComponent("a.xml"))
        #expect(contents("p") == ["a.xml": "a 1", "b.html": "b 1"])
        try writer.write(files("2"), pack: "p")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["p"])
        #expect(contents("p") == ["a.xml": "a 2", "b.html": "b 2"])
    }

    @Test func comparisonListsStaleMissingAndExtraFiles() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = output.appendingPathComponent("p")
        #expect(PackComparison.compare(files("1"), with: folder) == PackComparison(missing: ["a.xml", "b.html"]))
        try PackWriter(outputFolder: output).write(files("1"), pack: "p")
        #expect(PackComparison.compare(files("1"), with: folder).isUpToDate)
        try Data("x".utf8).write(to: folder.appendingPathComponent("extra.txt"))
        try Data("changed".utf8).write(to: folder.appendingPathComponent("a.xml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.html"))
        let comparison = PackComparison.compare(files("1"), with: folder)
        #expect(comparison == PackComparison(stale: ["a.xml"], missing: ["b.html"], extra: ["extra.txt"]))
    }

    @Test func concurrentReadersNeverFindThePackMissing() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let writer = PackWriter(outputFolder: output)
        try writer.write(files("0"), pack: "p")
        let folder = output.appendingPathComponent("p")
        let state = ReaderState()
        // A real thread, not a task: it must run while this test writes.
        let reader = Thread {
            while !state.isDone {
                let a = try? Data(contentsOf: folder.appendingPathComponent("a.xml"))
                let b = try? Data(contentsOf: folder.appendingPathComponent("b.html"))
                state.record(missing: a == nil || b == nil)
            }
            state.finish()
        }
        reader.start()
        while state.reads == 0 { Thread.sleep(forTimeInterval: 0.001) }
        for version in 1...100 { try writer.write(files(String(version)), pack: "p") }
        state.stop()
        while !state.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        #expect(state.missing == 0)
        #expect(state.reads > 1)
        #expect(contents("p") == ["a.xml": "a 100", "b.html": "b 100"])
    }
}

/// What the reader thread saw, shared under a lock.
private final class ReaderState: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var finished = false
    private var readCount = 0
    private var missingCount = 0

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    var isDone: Bool { locked { done } }
    var isFinished: Bool { locked { finished } }
    var reads: Int { locked { readCount } }
    var missing: Int { locked { missingCount } }

    func record(missing: Bool) {
        locked {
            readCount += 1
            if missing { missingCount += 1 }
        }
    }

    func stop() { locked { done = true } }
    func finish() { locked { finished = true } }
}
