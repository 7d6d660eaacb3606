import Foundation
import Testing
import TenderRendering
#if canImport(Glibc)
import Glibc
#endif

/// The scratch world of one file-system case: a folder with a valid spec in it.
struct FaultScratch {
    let root: URL
    /// A clean specification file (`spec.yaml`, id staged-model) inside `specs/`.
    let specs: URL
    let spec: URL
    let templates: String
    let secretToken: String

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Makes `relative` under root unreadable for the unprivileged runner (mode 000).
    func lock(_ relative: String) throws {
        guard chmod(path(relative), 0) == 0 else { throw FaultSupport.Failure("chmod \(relative)") }
    }

    func copySpec(to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: spec, to: url)
    }

    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    func writeText(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// One hostile path or fault: how to set it up, the command, and what must happen.
struct FaultCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// The arguments; `ROOT`, `SPEC`, `SPECS` and `TEMPLATES` are replaced.
    var arguments: [String]
    var exit: Int32
    /// Words stderr must contain (the path and the reason).
    var message: [String]
    /// Run as the unprivileged user when the tests run as root (permission cases).
    var unprivileged = false
    /// A precondition the machine must meet (root for mount/chattr); the case is
    /// recorded as not applicable otherwise.
    var requiresRoot = false
    var setup: @Sendable (FaultScratch) throws -> Void = { _ in }
    /// Extra checks after the run (what must be left, what must not).
    var after: @Sendable (FaultScratch, FaultSupport.BoundedResult) throws -> Void = { _, _ in }

    var testDescription: String { name }
}

enum FaultCorpus {
    static let unreadable: Int32 = 66
    static let usage: Int32 = 64
    static let cannotWrite: Int32 = 73

    static let filesAndPaths: [FaultCase] = [
        FaultCase(name: "validate an unreadable folder", arguments: ["validate", "ROOT/locked"], exit: unreadable,
                  message: ["locked: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "locked/a.yaml"); try s.lock("locked") }),
        FaultCase(name: "validate a folder with an unreadable subfolder", arguments: ["validate", "ROOT/tree"], exit: unreadable,
                  message: ["tree/inner: cannot read: permission denied"], unprivileged: true,
                  setup: { s in
                      try s.copySpec(to: "tree/a.yaml")
                      try s.copySpec(to: "tree/inner/b.yaml")
                      try s.lock("tree/inner")
                  }),
        FaultCase(name: "validate an unreadable spec file", arguments: ["validate", "ROOT/secret.yaml"], exit: unreadable,
                  message: ["secret.yaml: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "secret.yaml"); try s.lock("secret.yaml") }),
        FaultCase(name: "validate a folder holding an unreadable spec", arguments: ["validate", "ROOT/tree"], exit: unreadable,
                  message: ["tree/b.yaml: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "tree/b.yaml"); try s.lock("tree/b.yaml") }),
        FaultCase(name: "build an unreadable folder", arguments: ["build", "ROOT/locked", "--output", "ROOT/out", "--templates", "TEMPLATES"],
                  exit: unreadable, message: ["locked: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "locked/a.yaml"); try s.lock("locked") },
                  after: { s, _ in #expect(!FileManager.default.fileExists(atPath: s.path("out"))) }),
        FaultCase(name: "build --check of an unreadable folder", arguments: ["build", "ROOT/locked", "--check", "--output", "ROOT/out",
                                                                             "--templates", "TEMPLATES"],
                  exit: unreadable, message: ["locked: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "locked/a.yaml"); try s.lock("locked") }),
        FaultCase(name: "check with an unreadable Specs/", arguments: ["check", "--root", "ROOT/repo"], exit: unreadable,
                  message: ["Specs: cannot read: permission denied"], unprivileged: true,
                  setup: { s in try s.copySpec(to: "repo/Specs/a.yaml"); try s.lock("repo/Specs") }),
        FaultCase(name: "a spec file named as a folder (trailing slash)", arguments: ["validate", "SPEC/"], exit: unreadable,
                  message: ["spec.yaml/: cannot read: a part of the path is a file, not a folder"]),
        FaultCase(name: "a path under a file", arguments: ["validate", "SPEC/inner.yaml"], exit: unreadable,
                  message: ["inner.yaml: cannot read: a part of the path is a file, not a folder"]),
        FaultCase(name: "a missing folder", arguments: ["validate", "ROOT/nothing-here"], exit: unreadable,
                  message: ["nothing-here: cannot read: no such file or directory"]),
        FaultCase(name: "a dangling symlink as the spec", arguments: ["validate", "ROOT/dangling.yaml"], exit: unreadable,
                  message: ["dangling.yaml: cannot read: a symbolic link to nothing"],
                  setup: { s in try FaultSupport.symlink(s.root.appendingPathComponent("dangling.yaml"), to: "gone.yaml") }),
        FaultCase(name: "a dangling symlink inside the folder", arguments: ["validate", "SPECS"], exit: unreadable,
                  message: ["specs/dangling.yaml: cannot read: a symbolic link to nothing"],
                  setup: { s in try FaultSupport.symlink(s.specs.appendingPathComponent("dangling.yaml"), to: "gone.yaml") }),
        FaultCase(name: "a symlink loop as the spec", arguments: ["validate", "ROOT/loop-a.yaml"], exit: unreadable,
                  message: ["loop-a.yaml: cannot read: too many levels of symbolic links"],
                  setup: { s in
                      try FaultSupport.symlink(s.root.appendingPathComponent("loop-a.yaml"), to: "loop-b.yaml")
                      try FaultSupport.symlink(s.root.appendingPathComponent("loop-b.yaml"), to: "loop-a.yaml")
                  }),
        FaultCase(name: "a symlink loop inside the folder", arguments: ["validate", "SPECS"], exit: unreadable,
                  message: ["specs/self.yaml: cannot read: too many levels of symbolic links"],
                  setup: { s in try FaultSupport.symlink(s.specs.appendingPathComponent("self.yaml"), to: "self.yaml") }),
        FaultCase(name: "a FIFO as the spec never blocks", arguments: ["validate", "ROOT/pipe.yaml"], exit: unreadable,
                  message: ["pipe.yaml: cannot read: not a regular file (a FIFO)"],
                  setup: { s in try FaultSupport.mkfifo(s.root.appendingPathComponent("pipe.yaml")) }),
        FaultCase(name: "a FIFO named .yaml inside the folder never blocks", arguments: ["build", "SPECS", "--output", "ROOT/out",
                                                                                         "--templates", "TEMPLATES"],
                  exit: unreadable, message: ["specs/pipe.yaml: cannot read: not a regular file (a FIFO)"],
                  setup: { s in try FaultSupport.mkfifo(s.specs.appendingPathComponent("pipe.yaml")) }),
        FaultCase(name: "a FIFO as a diff side never blocks", arguments: ["diff", "ROOT/pipe.yaml", "SPEC"], exit: unreadable,
                  message: ["pipe.yaml: cannot read: not a regular file (a FIFO)"],
                  setup: { s in try FaultSupport.mkfifo(s.root.appendingPathComponent("pipe.yaml")) }),
        FaultCase(name: "/dev/zero as the spec", arguments: ["validate", "/dev/zero"], exit: unreadable,
                  message: ["/dev/zero: cannot read: not a regular file (a character device)"]),
        FaultCase(name: "/dev/null as the spec", arguments: ["validate", "/dev/null"], exit: unreadable,
                  message: ["/dev/null: cannot read: not a regular file (a character device)"]),
        FaultCase(name: "/dev/urandom as a diff side", arguments: ["diff", "SPEC", "/dev/urandom"], exit: unreadable,
                  message: ["/dev/urandom: cannot read: not a regular file (a character device)"]),
        FaultCase(name: "a symlink to /dev/zero inside the folder", arguments: ["validate", "SPECS"], exit: unreadable,
                  message: ["specs/zero.yaml: cannot read: not a regular file (a character device)"],
                  setup: { s in try FaultSupport.symlink(s.specs.appendingPathComponent("zero.yaml"), to: "/dev/zero") }),
        FaultCase(name: "a folder as a diff side", arguments: ["diff", "SPECS", "SPEC"], exit: unreadable,
                  message: ["specs: is a directory"]),
        FaultCase(name: "a path longer than PATH_MAX", arguments: ["validate", "ROOT/" + String(repeating: "a/", count: 2_100) + "x.yaml"],
                  exit: unreadable, message: ["x.yaml: cannot read: the path is too long"]),
        FaultCase(name: "a name longer than NAME_MAX", arguments: ["validate", "ROOT/" + String(repeating: "n", count: 300) + ".yaml"],
                  exit: unreadable, message: [String(repeating: "n", count: 300) + ".yaml: cannot read: the path is too long"]),
        FaultCase(name: "empty path argument to validate", arguments: ["validate", ""], exit: usage,
                  message: ["an empty path is not a specification file or folder"]),
        FaultCase(name: "empty path argument among others", arguments: ["validate", "SPEC", ""], exit: usage,
                  message: ["an empty path is not a specification file or folder"]),
        FaultCase(name: "build --output \"\"", arguments: ["build", "SPEC", "--output", "", "--templates", "TEMPLATES"], exit: usage,
                  message: ["--output needs a path; an empty one is not allowed"]),
        FaultCase(name: "build --templates \"\"", arguments: ["build", "SPEC", "--output", "ROOT/out", "--templates", ""], exit: usage,
                  message: ["--templates needs a path"],
                  after: { s, _ in #expect(!FileManager.default.fileExists(atPath: s.path("out"))) }),
        FaultCase(name: "diff --output \"\"", arguments: ["diff", "SPEC", "SPEC", "--output", ""], exit: usage,
                  message: ["--output needs a path"]),
        FaultCase(name: "diff --policy \"\"", arguments: ["diff", "SPEC", "SPEC", "--policy", ""], exit: usage,
                  message: ["--policy needs a path"]),
        FaultCase(name: "diff --templates \"\"", arguments: ["diff", "SPEC", "SPEC", "--templates", ""], exit: usage,
                  message: ["--templates needs a path"]),
        FaultCase(name: "diff with an empty side", arguments: ["diff", "", "SPEC"], exit: usage,
                  message: ["an empty argument is neither a path nor REV:path"]),
        FaultCase(name: "check --root \"\"", arguments: ["check", "--root", ""], exit: usage, message: ["--root needs a path"]),
        FaultCase(name: "check --base \"\"", arguments: ["check", "--base", ""], exit: usage, message: ["--base needs a git revision"]),
        FaultCase(name: "check --policy \"\"", arguments: ["check", "--policy", ""], exit: usage, message: ["--policy needs a path"]),
        FaultCase(name: "a leading-dash file name without -- is an option", arguments: ["validate", "-x.yaml"], exit: usage,
                  message: ["-x.yaml"]),
        // Non-triggering: unusual but legitimate names and files discovery skips.
        FaultCase(name: "a leading-dash file name after --", arguments: ["validate", "--", "-x.yaml"], exit: 0, message: [],
                  setup: { s in try s.copySpec(to: "-x.yaml") }),
        FaultCase(name: "a file name with a newline", arguments: ["validate", "ROOT/two\nlines.yaml"], exit: 0, message: [],
                  setup: { s in try s.copySpec(to: "two\nlines.yaml") }),
        FaultCase(name: "a file name in several scripts", arguments: ["validate", "ROOT/spéc-规格-спец.yaml"], exit: 0, message: [],
                  setup: { s in try s.copySpec(to: "spéc-规格-спец.yaml") }),
        FaultCase(name: "a folder name with spaces and a newline", arguments: ["build", "ROOT/my specs\n", "--output", "ROOT/out put",
                                                                               "--templates", "TEMPLATES"], exit: 0, message: [],
                  setup: { s in try s.copySpec(to: "my specs\n/a.yaml") },
                  after: { s, _ in
                      #expect(FileManager.default.fileExists(atPath: s.path("out put/staged-model/tender-pack.xml")))
                  }),
        FaultCase(name: "an unreadable hidden folder is skipped like any hidden folder", arguments: ["validate", "SPECS"], exit: 0,
                  message: [], unprivileged: true,
                  setup: { s in try s.makeFolder("specs/.git"); try s.lock("specs/.git") }),
        FaultCase(name: "a FIFO that is not .yaml is not a candidate", arguments: ["validate", "SPECS"], exit: 0, message: [],
                  setup: { s in try FaultSupport.mkfifo(s.specs.appendingPathComponent("notes.pipe")) }),
    ]

    static let faults: [FaultCase] = [
        FaultCase(name: "build --output at an existing file", arguments: ["build", "SPEC", "--output", "ROOT/file", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/file: cannot write: exists and is not a folder"],
                  setup: { s in try s.writeText("mine", to: "file") },
                  after: { s, _ in #expect(FaultCorpus.text( s.path("file")) == "mine") }),
        FaultCase(name: "build --output under a file", arguments: ["build", "SPEC", "--output", "ROOT/file/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/file/out: cannot write: a part of the path is a file, not a folder"],
                  setup: { s in try s.writeText("mine", to: "file") }),
        FaultCase(name: "build --output in a read-only folder", arguments: ["build", "SPEC", "--output", "ROOT/ro/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/ro/out: cannot write: Permission denied"], unprivileged: true,
                  setup: { s in try s.makeFolder("ro"); chmod(s.path("ro"), 0o555) }),
        FaultCase(name: "build --output a read-only folder itself", arguments: ["build", "SPEC", "--output", "ROOT/ro", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/ro/staged-model: cannot write: Permission denied"], unprivileged: true,
                  setup: { s in try s.makeFolder("ro"); chmod(s.path("ro"), 0o555) },
                  after: { s, _ in #expect((try? FileManager.default.contentsOfDirectory(atPath: s.path("ro")))?.isEmpty == true) }),
        FaultCase(name: "build --output an immutable folder", arguments: ["build", "SPEC", "--output", "ROOT/frozen", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/frozen/staged-model: cannot write: Operation not permitted"], requiresRoot: true,
                  setup: { s in
                      try s.makeFolder("frozen")
                      guard FaultCorpus.shell("chattr +i '\(s.path("frozen"))'") else { throw FaultCorpus.NotApplicable() }
                  },
                  after: { s, _ in _ = FaultCorpus.shell("chattr -i '\(s.path("frozen"))'") }),
        FaultCase(name: "build --output on a full disk", arguments: ["build", "SPECS", "--output", "ROOT/full/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/full/out/staged-model/", "cannot write: No space left on device"], requiresRoot: true,
                  setup: { s in
                      try s.makeFolder("full")
                      guard FaultCorpus.shell("mount -t tmpfs -o size=48k tmpfs '\(s.path("full"))'") else { throw FaultCorpus.NotApplicable() }
                  },
                  after: { s, _ in
                      // Nothing half-written: no pack folder, no staging folder.
                      let left = (try? FileManager.default.contentsOfDirectory(atPath: s.path("full/out"))) ?? []
                      #expect(left.isEmpty, "left behind on the full disk: \(left)")
                      _ = FaultCorpus.shell("umount '\(s.path("full"))'")
                  }),
        FaultCase(name: "a folder of the user's own where a pack goes", arguments: ["build", "SPEC", "--output", "ROOT/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/out/staged-model: cannot write: the folder exists and was not made by tenderpack build"],
                  setup: { s in try s.writeText("my notes", to: "out/staged-model/notes.txt") },
                  after: { s, _ in #expect(FaultCorpus.text( s.path("out/staged-model/notes.txt")) == "my notes") }),
        FaultCase(name: "a user's folder holding a tender-pack.xml where a pack goes", arguments: ["build", "SPEC", "--output", "ROOT/out",
                                                                                                   "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["not made by tenderpack build"],
                  setup: { s in
                      try s.writeText("<mine/>", to: "out/staged-model/tender-pack.xml")
                      try s.writeText("draft", to: "out/staged-model/draft.docx")
                  },
                  after: { s, _ in #expect(FileManager.default.fileExists(atPath: s.path("out/staged-model/draft.docx"))) }),
        FaultCase(name: "a file where a pack folder goes", arguments: ["build", "SPEC", "--output", "ROOT/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["/out/staged-model: cannot write"],
                  setup: { s in try s.writeText("a file", to: "out/staged-model") },
                  after: { s, _ in #expect(FaultCorpus.text( s.path("out/staged-model")) == "a file") }),
        FaultCase(name: "a marker naming another specification", arguments: ["build", "SPEC", "--output", "ROOT/out", "--templates", "TEMPLATES"],
                  exit: cannotWrite, message: ["not made by tenderpack build"],
                  setup: { s in
                      try s.writeText(String(decoding: PackWriter.marker(for: "other").data, as: UTF8.self), to: "out/staged-model/.tenderpack")
                      try s.writeText("keep", to: "out/staged-model/keep.txt")
                  }),
        FaultCase(name: "a user's folder with tender-pack.xml and no spec survives a full build", arguments: ["build"], exit: 0, message: [],
                  setup: { s in
                      try s.copySpec(to: "repo/Specs/a.yaml")
                      try FileManager.default.copyItem(atPath: s.templates, toPath: s.path("repo/Templates"))
                      try s.writeText("<mine/>", to: "repo/Output/my-own/tender-pack.xml")
                      try s.writeText("notes", to: "repo/Output/my-own/notes.txt")
                  },
                  after: { s, _ in
                      #expect(FileManager.default.fileExists(atPath: s.path("repo/Output/my-own/notes.txt")))
                      #expect(FileManager.default.fileExists(atPath: s.path("repo/Output/my-own/tender-pack.xml")))
                  }),
        FaultCase(name: "a marked pack whose spec is gone is removed", arguments: ["build"], exit: 0, message: [],
                  setup: { s in
                      try s.copySpec(to: "repo/Specs/a.yaml")
                      try FileManager.default.copyItem(atPath: s.templates, toPath: s.path("repo/Templates"))
                      try s.writeText("<old/>", to: "repo/Output/gone-spec/tender-pack.xml")
                      try s.writeText(String(decoding: PackWriter.marker(for: "gone-spec").data, as: UTF8.self),
                                      to: "repo/Output/gone-spec/.tenderpack")
                  },
                  after: { s, result in
                      #expect(!FileManager.default.fileExists(atPath: s.path("repo/Output/gone-spec")))
                      #expect(result.stderr.contains("gone-spec: removed (no specification)"))
                  }),
        FaultCase(name: "a pack from before markers (pack files only) is adopted", arguments: ["build", "SPEC", "--output", "ROOT/out",
                                                                                              "--templates", "TEMPLATES"],
                  exit: 0, message: [],
                  setup: { s in
                      for name in TenderPackRenderer.fileNames { try s.writeText("old", to: "out/staged-model/" + name) }
                  },
                  after: { s, _ in
                      #expect(PackWriter.isMarked(s.root.appendingPathComponent("out/staged-model"), id: "staged-model"))
                      #expect(FaultCorpus.text( s.path("out/staged-model/tender-pack.xml")) != "old")
                  }),
        FaultCase(name: "build --check reports a missing marker", arguments: ["build", "SPEC", "--check", "--output", "ROOT/out",
                                                                               "--templates", "TEMPLATES"],
                  exit: 1, message: [],
                  setup: { s in
                      for name in TenderPackRenderer.fileNames { try s.writeText("old", to: "out/staged-model/" + name) }
                  },
                  after: { _, result in
                      #expect(result.stdout.contains("staged-model/.tenderpack:1:1: error: is missing or names another specification"), "\(result)")
                      #expect(result.stdout.contains("[output.stale]"), "\(result)")
                  }),
        FaultCase(name: "check with a stylesheet that would end its <style> element", arguments: ["check", "--root", "ROOT/repo"],
                  exit: 78, message: ["repo/Templates/css/tender-pack.css:", "[template.stylesheet]"],
                  setup: { s in
                      try s.copySpec(to: "repo/Specs/a.yaml")
                      try FileManager.default.copyItem(atPath: s.templates, toPath: s.path("repo/Templates"))
                      let css = s.root.appendingPathComponent("repo/Templates/css/tender-pack.css")
                      let text = try String(contentsOf: css, encoding: .utf8) + "\n</style><script>alert(1)</script>\n"
                      try text.write(to: css, atomically: false, encoding: .utf8)
                  }),
        FaultCase(name: "diff --output at a folder", arguments: ["diff", "SPEC", "SPEC", "--output", "ROOT/folder"], exit: cannotWrite,
                  message: ["folder: cannot write: is a folder"], setup: { s in try s.makeFolder("folder") }),
        FaultCase(name: "diff --output under a file", arguments: ["diff", "SPEC", "SPEC", "--output", "ROOT/file/x.txt"], exit: cannotWrite,
                  message: ["file/x.txt: cannot write:", "is not a folder"], setup: { s in try s.writeText("x", to: "file") }),
        FaultCase(name: "diff --output in a missing folder", arguments: ["diff", "SPEC", "SPEC", "--output", "ROOT/none/x.txt"], exit: cannotWrite,
                  message: ["none/x.txt: cannot write: no such folder"]),
        FaultCase(name: "diff --output to a full device", arguments: ["diff", "SPEC", "SPEC", "--output", "/dev/full"], exit: cannotWrite,
                  message: ["/dev/full: cannot write: No space left on device"],
                  after: { _, _ in
                      var status = stat()
                      #expect(stat("/dev/full", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "the device must never be replaced")
                  }),
        FaultCase(name: "diff --output in a read-only folder keeps the old file", arguments: ["diff", "SPEC", "SPEC", "--output", "ROOT/ro/d.txt"],
                  exit: cannotWrite, message: ["ro/d.txt: cannot write: Permission denied"], unprivileged: true,
                  setup: { s in try s.writeText("old", to: "ro/d.txt"); chmod(s.path("ro"), 0o555) },
                  after: { s, _ in
                      #expect(FaultCorpus.text( s.path("ro/d.txt")) == "old")
                      #expect((try? FileManager.default.contentsOfDirectory(atPath: s.path("ro"))) == ["d.txt"])
                  }),
        FaultCase(name: "diff --output to a FIFO with no reader never blocks", arguments: ["diff", "SPEC", "SPEC", "--output", "ROOT/pipe"],
                  exit: cannotWrite, message: ["pipe: cannot write: a FIFO with no reader"],
                  setup: { s in try FaultSupport.mkfifo(s.root.appendingPathComponent("pipe")) }),
        FaultCase(name: "diff --output replaces a file atomically, leaving no temporary", arguments: ["diff", "SPEC", "SPEC", "--output",
                                                                                                   "ROOT/d/report.txt"],
                  exit: 0, message: [],
                  setup: { s in try s.writeText("old", to: "d/report.txt") },
                  after: { s, _ in
                      #expect((try? FileManager.default.contentsOfDirectory(atPath: s.path("d"))) == ["report.txt"])
                      #expect(FaultCorpus.text( s.path("d/report.txt")) != "old")
                  }),
        FaultCase(name: "diff --output removes the temporary file a killed run of it left", arguments: ["diff", "SPEC", "SPEC",
                                                                                                             "--output", "ROOT/d/r.txt"],
                  exit: 0, message: [],
                  setup: { s in
                      // A pid that has certainly exited: a finished child's.
                      let child = Process()
                      child.executableURL = URL(fileURLWithPath: "/bin/true")
                      try child.run()
                      child.waitUntilExit()
                      try s.writeText("half", to: "d/.r.txt.tenderpack-tmp-\(child.processIdentifier)-1")
                      try s.writeText("live", to: "d/.other.txt.tenderpack-keep-\(getpid())-1")
                  },
                  after: { s, _ in
                      #expect((try? FileManager.default.contentsOfDirectory(atPath: s.path("d")))?.sorted()
                              == [".other.txt.tenderpack-keep-\(getpid())-1", "r.txt"])
                  }),
        FaultCase(name: "diff --output to /dev/null is written into, not replaced", arguments: ["diff", "SPEC", "SPEC", "--output", "/dev/null"],
                  exit: 0, message: [],
                  after: { _, _ in
                      var status = stat()
                      #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
                  }),
    ]

    struct NotApplicable: Error {}

    /// A file's text, nil when it cannot be read.
    static func text(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// Runs a shell command quietly; true when it succeeded.
    static func shell(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// Files, paths and output faults through the built binary: each case's exit code and
/// message, bounded in time, with nothing half-written.
@Suite("Hostile paths and output faults")
struct FaultCorpusTests {
    static func scratch() throws -> FaultScratch {
        let root = try TestSupport.makeTemporaryDirectory()
        // The unprivileged runner must be able to reach the scratch folder.
        chmod(root.path, 0o755)
        let specs = root.appendingPathComponent("specs", isDirectory: true)
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        let spec = specs.appendingPathComponent("spec.yaml")
        try FileManager.default.copyItem(at: TestSupport.specsURL.appendingPathComponent("staged-model.yaml"), to: spec)
        return FaultScratch(root: root, specs: specs, spec: spec,
                            templates: TestSupport.packageRoot.appendingPathComponent("Templates").path, secretToken: "")
    }

    static func resolve(_ arguments: [String], _ scratch: FaultScratch) -> [String] {
        arguments.map {
            $0.replacingOccurrences(of: "ROOT", with: scratch.root.path)
                .replacingOccurrences(of: "SPECS", with: scratch.specs.path)
                .replacingOccurrences(of: "SPEC", with: scratch.spec.path)
                .replacingOccurrences(of: "TEMPLATES", with: scratch.templates)
        }
    }

    func run(_ testCase: FaultCase) throws {
        if testCase.requiresRoot, getuid() != 0 { return }
        let scratch = try Self.scratch()
        defer {
            _ = FaultCorpus.shell("chmod -R u+rwx '\(scratch.root.path)'; chattr -R -i '\(scratch.root.path)' 2>/dev/null; umount '\(scratch.root.path)/full' 2>/dev/null")
            try? FileManager.default.removeItem(at: scratch.root)
        }
        do {
            try testCase.setup(scratch)
        } catch is FaultCorpus.NotApplicable {
            return
        }
        let directory = testCase.arguments.first == "build" && testCase.arguments.count == 1
            || testCase.arguments.first == "check" && testCase.arguments.count == 1
            ? scratch.root.appendingPathComponent("repo") : scratch.root
        let result = try FaultSupport.run(Self.resolve(testCase.arguments, scratch), in: directory, timeout: 20,
                                          unprivileged: testCase.unprivileged)
        #expect(!result.timedOut, "must never block: \(result)")
        #expect(result.status == testCase.exit, "\(result)")
        for words in testCase.message {
            #expect(result.stderr.contains(Self.resolve([words], scratch)[0]), "expected “\(words)”: \(result)")
        }
        #expect(!result.stderr.contains("Error: ") || testCase.exit == 64, "an unlocated ArgumentParser error: \(result)")
        // Never a staging folder or temporary file left anywhere under the scratch folder.
        let leftovers = (FileManager.default.enumerator(atPath: scratch.root.path)?.allObjects as? [String] ?? [])
            .filter { $0.contains(".tenderpack-new-") || $0.contains(".tenderpack-old-") || $0.contains(".tenderpack-tmp-") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        try testCase.after(scratch, result)
    }

    @Test(arguments: FaultCorpus.filesAndPaths)
    func filesAndPaths(_ testCase: FaultCase) throws { try run(testCase) }

    @Test(arguments: FaultCorpus.faults)
    func outputFaults(_ testCase: FaultCase) throws { try run(testCase) }
}
