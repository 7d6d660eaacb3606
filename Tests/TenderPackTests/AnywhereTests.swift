import Foundation
import Testing
import TenderRendering
import TenderTemplates

/// TenderPack in a council's own repository: the binary alone, anywhere — built-in
/// templates, overrides file by file, `init` and `templates export`.
@Suite("Works anywhere", .serialized)
struct AnywhereTests {
    /// An empty folder holding only a copy of the built binary (no Templates/, no
    /// resource bundle, nothing of TenderPack's repository).
    static func binaryAlone() throws -> (folder: URL, binary: URL) {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let folder = try TestSupport.makeTemporaryDirectory()
        let binary = folder.appendingPathComponent("tenderpack")
        try FileManager.default.copyItem(at: executable, to: binary)
        return (folder, binary)
    }

    /// Runs the copied binary in `folder`, without a terminal or colour settings.
    static func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> TestSupport.RunResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["FORCE_COLOR"] = nil
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("anywhere-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("anywhere-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return TestSupport.RunResult(status: process.terminationStatus,
                                     stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                                     stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func files(under folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var found: [String] = []
        while let url = walker?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
        }
        return found.sorted()
    }

    @Test("the binary alone in an empty folder: init, validate, build and check succeed, then a restyled export is used")
    func newcomerInAnEmptyFolder() throws {
        let (folder, binary) = try Self.binaryAlone()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.files(under: folder) == ["tenderpack"])

        let initialised = try Self.run(binary, ["init"], in: folder)
        #expect(initialised.status == 0, "\(initialised)")
        #expect(Self.files(under: folder) == [
            ".github/workflows/tenderpack.yml", ".gitignore", "README.md",
            "Specs/example-floating-support.yaml", "tenderpack", "tenderpack-policy.yaml",
        ])

        let validated = try Self.run(binary, ["validate"], in: folder)
        #expect(validated.status == 0, "\(validated)")
        #expect(validated.stdout.isEmpty, "the example has no findings: \(validated)")
        #expect(validated.stderr.contains("1 file checked: no findings"), "\(validated)")

        let built = try Self.run(binary, ["build"], in: folder)
        #expect(built.status == 0, "\(built)")
        let pack = folder.appendingPathComponent("Output/example-floating-support")
        for file in ["tender-pack.html", "tender-pack.xml", "outcome-schedule.html", "outcome-schedule.xml"] {
            #expect(FileManager.default.fileExists(atPath: pack.appendingPathComponent(file).path), "\(file) not written")
        }
        let html = try String(contentsOf: pack.appendingPathComponent("tender-pack.html"), encoding: .utf8)
        #expect(html.contains("Floating support in the North"))
        // The built-in stylesheet is inlined, byte for byte as in Templates/.
        let css = try #require(BuiltInTemplates.data("css/tender-pack.css"))
        #expect(html.contains(String(decoding: css, as: UTF8.self).prefix(200)))

        let checked = try Self.run(binary, ["check"], in: folder)
        #expect(checked.status == 0, "\(checked)")
        // verify re-renders with the same (built-in) templates build used.
        let verified = try Self.run(binary, ["verify", "Output/example-floating-support"], in: folder)
        #expect(verified.status == 0, "\(verified)")

        // Restyle: export one template, change it; it overrides the built-in file by file.
        let exported = try Self.run(binary, ["templates", "export", "Templates", "css/tender-pack.css"], in: folder)
        #expect(exported.status == 0, "\(exported)")
        #expect(Self.files(under: folder.appendingPathComponent("Templates")) == ["css/tender-pack.css"])
        let exportedCSS = folder.appendingPathComponent("Templates/css/tender-pack.css")
        #expect(try Data(contentsOf: exportedCSS) == css)
        let stale = try Self.run(binary, ["check"], in: folder)
        #expect(stale.status == 0, "an unchanged export changes nothing: \(stale)")
        try (String(decoding: css, as: UTF8.self) + "\nh1 { color: rebeccapurple; }\n").write(to: exportedCSS, atomically: true, encoding: .utf8)
        let restale = try Self.run(binary, ["check"], in: folder)
        #expect(restale.status == 1, "a restyled template makes Output/ stale: \(restale)")
        #expect(restale.stdout.contains("[output.stale]"), "\(restale)")
        let rebuilt = try Self.run(binary, ["build"], in: folder)
        #expect(rebuilt.status == 0, "\(rebuilt)")
        let restyled = try String(contentsOf: pack.appendingPathComponent("tender-pack.html"), encoding: .utf8)
        #expect(restyled.contains("h1 { color: rebeccapurple; }"))
        let listed = try Self.run(binary, ["templates", "list"], in: folder)
        #expect(listed.stdoutLines.contains { $0.hasPrefix("css/tender-pack.css") && $0.hasSuffix("Templates/css/tender-pack.css") }, "\(listed)")
        #expect(listed.stdoutLines.contains { $0.hasPrefix("labels/en-GB.json") && $0.hasSuffix("built-in") }, "\(listed)")
        #expect(try Self.run(binary, ["check"], in: folder).status == 0)
        let reverified = try Self.run(binary, ["verify", "Output/example-floating-support"], in: folder)
        #expect(reverified.status == 0, "verify reads the override as build did: \(reverified)")

        // A second init refuses, names the files, and changes nothing.
        let before = try Data(contentsOf: folder.appendingPathComponent("Specs/example-floating-support.yaml"))
        try Data("# mine\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        let again = try Self.run(binary, ["init"], in: folder)
        #expect(again.status == 73, "\(again)")
        #expect(again.stderr.contains("refusing to overwrite") && again.stderr.contains("README.md"), "\(again)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("README.md")) == Data("# mine\n".utf8))
        #expect(try Data(contentsOf: folder.appendingPathComponent("Specs/example-floating-support.yaml")) == before)
    }

    @Test("init DIR creates the folder; one existing file stops it before anything is written")
    func initRefusesToOverwrite() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let fresh = try TestSupport.runTenderpack(["init", root.appendingPathComponent("a/b").path], in: root)
        #expect(fresh.status == 0, "\(fresh)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("a/b/Specs/example-floating-support.yaml").path))

        let target = root.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: target.appendingPathComponent(".gitignore"))
        let refused = try TestSupport.runTenderpack(["init", target.path], in: root)
        #expect(refused.status == 73, "\(refused)")
        #expect(refused.stderr.contains(".gitignore") && refused.stderr.contains("nothing was written"), "\(refused)")
        #expect(Self.files(under: target) == [".gitignore"], "init wrote files although it refused")
    }

    @Test("the workflow init writes is YAML that runs tenderpack check, and the policy reads cleanly")
    func scaffoldIsWellFormed() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try TestSupport.runTenderpack(["init"], in: root).status == 0)
        let workflow = root.appendingPathComponent(".github/workflows/tenderpack.yml")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import sys, yaml
            w = yaml.safe_load(open(sys.argv[1]))
            steps = w["jobs"]["check"]["steps"]
            runs = " ".join(s.get("run", "") for s in steps)
            assert "tenderpack check --base" in runs and "tenderpack check --format github" in runs, runs
            assert w["jobs"]["check"]["steps"][0]["uses"].startswith("actions/checkout@")
            """, workflow.path]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "the workflow is not the YAML expected")
        // check reads the policy (a broken one would be findings and exit 1).
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Output"), withIntermediateDirectories: true)
        #expect(try TestSupport.runTenderpack(["build"], in: root).status == 0)
        let checked = try TestSupport.runTenderpack(["check", "--format", "json"], in: root)
        #expect(checked.status == 0, "\(checked)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.isEmpty == true, "\(checked)")
    }

    @Test("--templates DIR overrides file by file: a labels file alone rewords, the built-in stylesheet stays")
    func partialOverride() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("council-style")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("labels"), withIntermediateDirectories: true)
        try Data("{\"lot.requirements\": \"What the provider must do\"}".utf8)
            .write(to: templates.appendingPathComponent("labels/en-GB.json"))
        let output = root.appendingPathComponent("out")
        let result = try TestSupport.runTenderpack(["build", "Specs/staged-model.yaml", "--output", output.path,
                                                    "--templates", templates.path])
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOf: output.appendingPathComponent("staged-model/tender-pack.html"), encoding: .utf8)
        #expect(html.contains("What the provider must do"))
        let css = try #require(BuiltInTemplates.data("css/tender-pack.css"))
        #expect(html.contains(String(decoding: css, as: UTF8.self).prefix(300)), "the built-in stylesheet is used")

        // A --templates folder that does not exist is an unreadable path (66), not a silent fallback.
        let missing = try TestSupport.runTenderpack(["build", "Specs/staged-model.yaml", "--output", output.path,
                                                     "--templates", root.appendingPathComponent("nope").path])
        #expect(missing.status == 66, "\(missing)")
    }

    @Test("a broken override stops the build (78, located) before any specification is validated")
    func templatesBeforeSpecifications() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("css"), withIntermediateDirectories: true)
        try Data("p { }\n</style>\n".utf8).write(to: templates.appendingPathComponent("css/tender-pack.css"))
        let bad = TestSupport.badFixture("semantic-unknown-area.yaml").path
        for arguments in [["build", bad, "--output", root.appendingPathComponent("out").path], ["check"]] {
            if arguments[0] == "check" {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("Specs"), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: bad, toPath: root.appendingPathComponent("Specs/bad.yaml").path)
            }
            let result = try TestSupport.runTenderpack(arguments, in: root)
            #expect(result.status == 78, "\(result)")
            #expect(result.stderr.contains("Templates/css/tender-pack.css:2:1: error:") && result.stderr.contains("[template.stylesheet]"),
                    "\(result)")
            #expect(result.stdout.isEmpty && !result.stderr.contains("checked"), "specifications were validated first: \(result)")
        }
        // Not even read: a missing specification is not reached (66 would mean it was).
        let unread = try TestSupport.runTenderpack(["build", root.appendingPathComponent("no-such.yaml").path,
                                                    "--output", root.appendingPathComponent("out").path], in: root)
        #expect(unread.status == 78, "\(unread)")
    }

    @Test("templates export: everything, byte for byte; an unknown path is a usage error; never overwrites")
    func export() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let all = try TestSupport.runTenderpack(["templates", "export", "exported"], in: root)
        #expect(all.status == 0, "\(all)")
        let folder = root.appendingPathComponent("exported")
        #expect(Self.files(under: folder) == BuiltInTemplates.paths)
        for path in BuiltInTemplates.paths {
            #expect(try Data(contentsOf: folder.appendingPathComponent(path)) == BuiltInTemplates.data(path), "\(path)")
        }
        // The full export works as an override and gives the same pack as the built-ins.
        let a = try TestSupport.runTenderpack(["build", "Specs/staged-model.yaml", "--output", root.appendingPathComponent("a").path,
                                               "--templates", folder.path])
        #expect(a.status == 0, "\(a)")
        let packs = root.appendingPathComponent("a/staged-model")
        for file in ["tender-pack.html", "tender-pack.xml"] {
            #expect(try Data(contentsOf: packs.appendingPathComponent(file))
                    == Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Output/staged-model/\(file)")))
        }
        let again = try TestSupport.runTenderpack(["templates", "export", "exported", "css/diff.css"], in: root)
        #expect(again.status == 73, "\(again)")
        let unknown = try TestSupport.runTenderpack(["templates", "export", "other", "css/nope.css"], in: root)
        #expect(unknown.status == 64, "\(unknown)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("other").path))
    }

    @Test("the built-in templates are exactly Templates/: every file, byte for byte (no hand-kept list)")
    func builtInsMatchTemplatesFolder() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Templates")
        let onDisk = Self.files(under: folder).filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(BuiltInTemplates.paths == onDisk)
        for path in onDisk {
            #expect(BuiltInTemplates.data(path) == (try Data(contentsOf: folder.appendingPathComponent(path))), "\(path) differs")
        }
        #expect(TemplateSet.paths.contains("css/tender-pack.css") && TemplateSet.paths.contains("schema/tender-pack.xsd"))
    }
}
