import Foundation
import Testing
import TenderRendering

/// `tenderpack build` as a user runs it: the built binary, real folders, real kills.
@Suite("Build command", .serialized)
struct BuildCommandTests {
    static var templates: String { TestSupport.packageRoot.appendingPathComponent("Templates").path }

    /// Every file under `folder` (relative path → bytes), hidden staging folders excluded.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        guard let packs = try? manager.contentsOfDirectory(atPath: folder.path) else { return [:] }
        for pack in packs where !pack.hasPrefix(".") {
            let packURL = folder.appendingPathComponent(pack)
            for name in try manager.contentsOfDirectory(atPath: packURL.path) {
                files["\(pack)/\(name)"] = try Data(contentsOf: packURL.appendingPathComponent(name))
            }
        }
        return files
    }

    /// The files of one pack in a snapshot.
    static func pack(_ id: String, in snapshot: [String: Data]) -> [String: Data] {
        snapshot.filter { $0.key.hasPrefix(id + "/") }
    }

    /// A copy of Specs/ whose titles all say "Revised", so that every pack differs.
    /// The ids of the example specifications (their file names), sorted: what a build of Specs/ renders.
    static func specIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: TestSupport.specsURL.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    static func revisedSpecs(in root: URL) throws -> URL {
        let folder = root.appendingPathComponent("revised-specs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.specsURL.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: TestSupport.specsURL.appendingPathComponent(name), encoding: .utf8)
            guard let range = text.range(of: "\ntitle: ") else { continue }
            let revised = text.replacingCharacters(in: range, with: "\ntitle: Revised ")
            try revised.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("two builds into different folders are byte-identical, and match the committed Output/")
    func buildsAreDeterministic() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("first")
        let second = root.appendingPathComponent("second")
        for folder in [first, second] {
            let result = try TestSupport.runTenderpack(["build", TestSupport.specsURL.path, "--output", folder.path,
                                                        "--templates", Self.templates])
            #expect(result.status == 0, "\(result)")
        }
        let a = try Self.snapshot(first)
        let b = try Self.snapshot(second)
        let specs = try Self.specIDs()
        #expect(specs.count >= 5)
        // Tender and recorded awarded packs also hold their OCDS release.
        let releases = a.keys.filter { $0.hasSuffix("/ocds-release.json") }.count
        #expect(releases >= 4)
        #expect(a.count == specs.count * 10 + releases,
                "a pack of eight files (nine with the OCDS release: XML, HTML, ODT and DOCX of both documents), its manifest.json and its .tenderpack marker per specification")
        #expect(a == b)
        // The committed PDFs are compared in PDFTests (the tests build without a PDF engine).
        // The manifests too, but for the PDFs' entries.
        let committed = try Self.snapshot(TestSupport.packageRoot.appendingPathComponent("Output"))
        let isManifest: (String) -> Bool = { $0.hasSuffix("/" + PackManifest.fileName) }
        #expect(a.filter { !isManifest($0.key) } == committed.filter { !$0.key.hasSuffix(".pdf") && !isManifest($0.key) })
        for (path, data) in a where isManifest(path) {
            var expected = try PackManifest.decode(try #require(committed[path], "\(path) is not committed"))
            expected.files.removeAll { $0.path.hasSuffix(".pdf") }
            #expect(try PackManifest.decode(data) == expected, "\(path) differs from the committed one")
        }
    }

    @Test("a spec with errors is reported as validate reports it, and nothing is rendered for it")
    func brokenSpecRendersNothing() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let specs = root.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        let good = try String(contentsOf: TestSupport.specsURL.appendingPathComponent("staged-model.yaml"), encoding: .utf8)
        try good.write(to: specs.appendingPathComponent("staged-model.yaml"), atomically: true, encoding: .utf8)
        let broken = good.replacingOccurrences(of: "\nid: staged-model\n", with: "\nid: broken-model\n")
            .replacingOccurrences(of: "\nstatus: draft", with: "\nstatus: drafty")
        #expect(broken != good)
        try broken.write(to: specs.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let output = root.appendingPathComponent("out")
        let result = try TestSupport.runTenderpack(["build", specs.path, "--output", output.path, "--templates", Self.templates])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdoutLines.contains { $0.contains("broken.yaml:") && $0.hasSuffix("[schema.invalid-value]") }, "\(result)")
        let written = try Self.snapshot(output)
        #expect(Self.pack("broken-model", in: written).isEmpty)
        #expect(Self.pack("staged-model", in: written).count == 10, "the clean spec is still built (eight files, the manifest and the marker)")
    }

    @Test("--check writes nothing and lists every stale, missing and extra file")
    func checkListsStaleMissingAndExtraFiles() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let arguments = ["build", TestSupport.specsURL.path, "--output", output.path, "--templates", Self.templates]
        #expect(try TestSupport.runTenderpack(arguments).status == 0)
        #expect(try TestSupport.runTenderpack(arguments + ["--check"]).status == 0)

        let pack = output.appendingPathComponent("staged-model")
        try Data("stale".utf8).write(to: pack.appendingPathComponent("tender-pack.html"))
        try FileManager.default.removeItem(at: pack.appendingPathComponent("outcome-schedule.xml"))
        try Data("extra".utf8).write(to: pack.appendingPathComponent("notes.txt"))
        let before = try Self.snapshot(output)

        let result = try TestSupport.runTenderpack(arguments + ["--check"])
        #expect(result.status == 1, "\(result)")
        for file in ["tender-pack.html", "outcome-schedule.xml", "notes.txt"] {
            #expect(result.stdoutLines.contains { $0.contains("staged-model/\(file)") && $0.hasSuffix("[output.stale]") }, "\(result)")
        }
        #expect(try Self.snapshot(output) == before, "--check wrote to the output folder")
    }

    @Test("on a terminal, a build of several specs shows its progress; in a pipe it does not")
    func progressOnlyOnATerminal() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let output = root.appendingPathComponent("out")
        let build = [executable.path, "build", TestSupport.specsURL.path, "--output", output.path, "--templates", Self.templates]
        // util-linux's `script` (in every Debian) runs the build on a pseudo-terminal.
        let typescript = root.appendingPathComponent("typescript")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-c", build.joined(separator: " ") + " > /dev/null", typescript.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let terminal = try String(contentsOf: typescript, encoding: .utf8)
        let specs = try Self.specIDs()
        for (index, id) in specs.enumerated() {
            #expect(terminal.contains("[\(index + 1)/\(specs.count)] \(id)"), "\(terminal.suffix(2_000))")
        }
        let piped = try TestSupport.runTenderpack(Array(build.dropFirst()))
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("[1/\(specs.count)]"))
        #expect(!piped.stderr.contains("\u{1B}"), "no escape codes when stderr is not a terminal")
    }

    @Test("a build killed at random moments leaves every pack as it was or wholly new")
    func killedBuildsLeaveWholePacks() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let original = TestSupport.specsURL
        let revised = try Self.revisedSpecs(in: root)

        // The two possible contents of every pack, from complete builds.
        func build(_ specs: URL, into output: URL) throws {
            let result = try TestSupport.runTenderpack(["build", specs.path, "--output", output.path, "--templates", Self.templates])
            #expect(result.status == 0, "\(result)")
        }
        let referenceA = root.appendingPathComponent("reference-a")
        let referenceB = root.appendingPathComponent("reference-b")
        let start = Date()
        try build(original, into: referenceA)
        let buildTime = Date().timeIntervalSince(start)
        try build(revised, into: referenceB)
        let a = try Self.snapshot(referenceA)
        let b = try Self.snapshot(referenceB)
        let ids = Set(a.keys.map { String($0.split(separator: "/")[0]) })
        #expect(ids == Set(try Self.specIDs()))
        for id in ids { #expect(Self.pack(id, in: a) != Self.pack(id, in: b)) }

        // Alternate the two versions into one folder, killing each build at a moment
        // spread over the whole length of a build (a fixed seed, so a failure repeats).
        let output = root.appendingPathComponent("out")
        var seed: UInt64 = 0x7E4D_E12B
        var killedMidway = 0
        for round in 0..<40 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let delay = Double(seed >> 33) / Double(1 << 31) * buildTime * 1.2
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", (round.isMultiple(of: 2) ? revised : original).path,
                                 "--output", output.path, "--templates", Self.templates]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            process.waitUntilExit()

            let now = try Self.snapshot(output)
            for id in ids {
                let pack = Self.pack(id, in: now)
                #expect(pack.isEmpty || pack == Self.pack(id, in: a) || pack == Self.pack(id, in: b),
                        "round \(round): pack \(id) is a mix of two builds: \(pack.keys.sorted())")
            }
            #expect(Set(now.keys.map { String($0.split(separator: "/")[0]) }).isSubset(of: ids))
        }
        #expect(killedMidway >= 10, "too few builds were killed while running to test anything")

        // A complete build afterwards cleans up whatever the killed ones left behind.
        try build(original, into: output)
        #expect(try Self.snapshot(output) == a)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }
}
