import Foundation
import Testing

/// Command-line conventions through the built binary: `--version`, and colour
/// (`--color`, `NO_COLOR`, `FORCE_COLOR`) on every command and stream that colours.
@Suite("Command-line conventions", .serialized)
struct CLIConventionsTests {
    static let escape = "\u{1B}["
    static var bad: String { TestSupport.badFixture("semantic-unknown-area.yaml").path }
    static var otherBad: String { TestSupport.badFixture("unknown-key-lot.yaml").path }
    static let consultation = "Specs/norfolk-remodel-consultation-2013.yaml"
    static let tender = "Specs/norfolk-remodel-tender-2013.yaml"

    /// The environment without the caller's colour settings, plus `extra`.
    static func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> TestSupport.RunResult {
        var environment = ["NO_COLOR": "", "FORCE_COLOR": ""]
        for (key, value) in extra { environment[key] = value }
        return try TestSupport.runTenderpack(arguments, environment: environment)
    }

    // MARK: - --version

    @Test("--version prints the version JSON reports carry, and exits 0")
    func version() throws {
        let result = try Self.run(["--version"])
        #expect(result.status == 0, "\(result)")
        let json = try Self.run(["validate", "--format", "json", Self.bad])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let tool = try #require(report["tool"] as? [String: Any])
        let reported = try #require(tool["version"] as? String)
        #expect(result.stdout == reported + "\n", "\(result)")
        #expect(!reported.isEmpty)
    }

    @Test("shell completion scripts for bash, zsh and fish name every subcommand", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) throws {
        let result = try Self.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result)")
        for subcommand in ["validate", "build", "diff", "check", "init", "templates", "verify", "approve", "schema", "convert"] {
            #expect(result.stdout.contains(subcommand), "the \(shell) script does not complete `\(subcommand)`")
        }
    }

    // MARK: - Colour

    @Test("in a pipe, findings are plain; FORCE_COLOR colours them; NO_COLOR wins over FORCE_COLOR")
    func environmentDecides() throws {
        let plain = try Self.run(["validate", Self.bad])
        #expect(plain.status == 1)
        #expect(!plain.stdout.contains(Self.escape), "\(plain)")
        let forced = try Self.run(["validate", Self.bad], ["FORCE_COLOR": "1"])
        #expect(forced.stdout.contains(Self.escape + "1;31merror"), "\(forced)")
        let both = try Self.run(["validate", Self.bad], ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        #expect(!both.stdout.contains(Self.escape), "\(both)")
        // An empty NO_COLOR does not disable colour.
        let empty = try Self.run(["validate", Self.bad], ["FORCE_COLOR": "1", "NO_COLOR": ""])
        #expect(empty.stdout.contains(Self.escape), "\(empty)")
    }

    @Test("--color always and never override NO_COLOR and FORCE_COLOR", arguments: ["validate", "build", "check"])
    func flagWins(command: String) throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments: [String]
        switch command {
        case "build": arguments = ["build", "--output", folder.path, Self.bad]
        case "check": arguments = ["check", "--root", folder.path]
        default: arguments = ["validate", Self.bad]
        }
        if command == "check" {
            let specs = folder.appendingPathComponent("Specs")
            try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.bad), to: specs.appendingPathComponent("bad.yaml"))
            try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates"),
                                             to: folder.appendingPathComponent("Templates"))
        }
        let always = try Self.run(arguments + ["--color", "always"], ["NO_COLOR": "1"])
        #expect(always.status == 1, "\(always)")
        #expect(always.stdout.contains(Self.escape + "1;31merror"), "\(always)")
        let never = try Self.run(arguments + ["--color", "never"], ["FORCE_COLOR": "1"])
        #expect(never.status == 1, "\(never)")
        #expect(!never.stdout.contains(Self.escape) && !never.stderr.contains(Self.escape), "\(never)")
    }

    @Test("diff: findings on standard error follow NO_COLOR, FORCE_COLOR and --color")
    func diffFindingsOnStandardError() throws {
        let forced = try Self.run(["diff", Self.bad, Self.otherBad], ["FORCE_COLOR": "1"])
        #expect(forced.status == 1, "\(forced)")
        #expect(forced.stderr.contains(Self.escape + "1;31merror"), "\(forced)")
        let noColour = try Self.run(["diff", Self.bad, Self.otherBad], ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        #expect(noColour.status == 1)
        #expect(!noColour.stderr.contains(Self.escape), "\(noColour)")
        let always = try Self.run(["diff", "--color", "always", Self.bad, Self.otherBad], ["NO_COLOR": "1"])
        #expect(always.stderr.contains(Self.escape + "1;31merror"), "\(always)")
    }

    @Test("diff: the text report follows FORCE_COLOR and --color never; files are never coloured")
    func diffText() throws {
        let plain = try Self.run(["diff", Self.consultation, Self.tender])
        #expect(plain.status == 0, "\(plain)")
        #expect(!plain.stdout.isEmpty && !plain.stdout.contains(Self.escape))
        let forced = try Self.run(["diff", Self.consultation, Self.tender], ["FORCE_COLOR": "1"])
        #expect(forced.stdout.contains(Self.escape), "\(forced)")
        let never = try Self.run(["diff", "--color", "never", Self.consultation, Self.tender], ["FORCE_COLOR": "1"])
        #expect(never.stdout == plain.stdout)
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("diff.txt")
        let written = try Self.run(["diff", "--color", "always", "--output", file.path, Self.consultation, Self.tender])
        #expect(written.status == 0, "\(written)")
        #expect(try String(contentsOf: file, encoding: .utf8) == plain.stdout)
    }

    @Test("--color takes only auto, always or never (usage error 64)")
    func badChoice() throws {
        let result = try Self.run(["validate", "--color", "sometimes", Self.bad])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("auto"), "\(result)")
    }

    // MARK: - --quiet and --verbose

    static var mixed: [String] { EndToEndTests.badPaths }

    @Test("--quiet: errors only on stdout, the summary still counts the warnings; json is unchanged")
    func quiet() throws {
        let normal = try Self.run(["validate"] + Self.mixed)
        #expect(normal.stdout.contains(": warning: "), "the fixtures must hold a warning: \(normal)")
        for flag in ["--quiet", "-q"] {
            let quiet = try Self.run(["validate", flag] + Self.mixed)
            #expect(quiet.status == 1, "\(quiet)")
            #expect(!quiet.stdout.contains(": warning: "), "\(quiet)")
            let errors = normal.stdoutLines.filter { $0.contains(": error: ") }
            #expect(!errors.isEmpty)
            #expect(quiet.stdoutLines.filter { $0.contains(": error: ") } == errors)
            #expect(quiet.stderr == normal.stderr, "the summary is kept: \(quiet)")
            #expect(quiet.stderr.contains("1 warning") || quiet.stderr.contains("warnings"))
        }
        let json = try Self.run(["validate", "--format", "json"] + Self.mixed)
        let quietJSON = try Self.run(["validate", "--format", "json", "--quiet"] + Self.mixed)
        #expect(quietJSON.stdout == json.stdout)
    }

    @Test("build --quiet prints no pack lines, only the summary; build without it lists the pack")
    func quietBuild() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = "Specs/staged-model.yaml"
        let normal = try Self.run(["build", "--output", folder.path, spec])
        #expect(normal.status == 0, "\(normal)")
        #expect(normal.stderr.contains("\(folder.path)/"), "\(normal)")
        let quiet = try Self.run(["build", "--quiet", "--output", folder.path, spec])
        #expect(quiet.status == 0, "\(quiet)")
        #expect(quiet.stderr == "1 file checked: no findings\n", "\(quiet)")
        #expect(quiet.stdout.isEmpty)
    }

    @Test("--verbose lists each file checked with its own counts, then the summary", arguments: ["validate", "build"])
    func verbose(command: String) throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = command == "build" ? ["--output", folder.path] : []
        let kpi = TestSupport.badFixture("semantic-kpi-target-120.yaml").path
        let result = try Self.run([command, "--verbose"] + extra + ["Specs/staged-model.yaml", kpi])
        #expect(result.status == 1, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("checked Specs/staged-model.yaml: 0 errors, 0 warnings"), "\(result)")
        #expect(lines.contains("checked \(kpi): 2 errors, 0 warnings"), "\(result)")
        #expect(lines.contains("2 files checked: 2 errors, 0 warnings"), "\(result)")
        let plain = try Self.run([command] + extra + ["Specs/staged-model.yaml", kpi])
        #expect(!plain.stderr.contains("checked Specs/"), "\(plain)")
    }

    @Test("--quiet with --verbose is a usage error (64)", arguments: ["validate", "build", "check"])
    func quietAndVerbose(command: String) throws {
        let result = try Self.run([command, "--quiet", "--verbose"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--quiet and --verbose"), "\(result)")
    }

    // MARK: - `-`: a specification from standard input

    /// Runs the binary with `input` on its standard input (in the package root).
    static func run(_ arguments: [String], input: Data) throws -> TestSupport.RunResult {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = ""
        environment["FORCE_COLOR"] = ""
        process.environment = environment
        // A binary that exits without reading its input must fail the test, not kill
        // the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
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
        group.enter()
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
            group.leave()
        }
        process.waitUntilExit()
        group.wait()
        return TestSupport.RunResult(status: process.terminationStatus,
                                     stdout: String(decoding: outData, as: UTF8.self),
                                     stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("validate -: findings are located in <stdin>, or in the --stdin-filename name")
    func validateStandardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.bad))
        let fromFile = try Self.run(["validate", Self.bad])
        let unnamed = try Self.run(["validate", "-"], input: data)
        #expect(unnamed.status == 1, "\(unnamed)")
        #expect(unnamed.stdoutLines.first == "<stdin>:18:9: error: area `north` (North) is not covered by any lot [geography.area-uncovered]",
                "\(unnamed)")
        #expect(unnamed.stdout == fromFile.stdout.replacingOccurrences(of: Self.bad, with: "<stdin>"))
        let named = try Self.run(["validate", "--stdin-filename", "council/spec.yaml", "-"], input: data)
        #expect(named.stdout == fromFile.stdout.replacingOccurrences(of: Self.bad, with: "council/spec.yaml"), "\(named)")
        let json = try Self.run(["validate", "--format", "json", "-"], input: data)
        #expect(json.stdout.contains("\"file\" : \"<stdin>\"") || json.stdout.contains("\"file\":\"<stdin>\""), "\(json)")
    }

    @Test("validate - with files: the stdin spec is checked with them (a shared id is a finding); a clean one exits 0")
    func validateStandardInputWithFiles() throws {
        let staged = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Specs/staged-model.yaml"))
        let clean = try Self.run(["validate", "-"], input: staged)
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stderr == "1 file checked: no findings\n")
        let both = try Self.run(["validate", "-", "Specs/staged-model.yaml"], input: staged)
        #expect(both.status == 1, "\(both)")
        #expect(both.stdout.contains("<stdin>:6:5: error: specification id `staged-model` is also used by Specs/staged-model.yaml"), "\(both)")
        #expect(both.stderr == "2 files checked: 1 error, 0 warnings\n")
        let empty = try Self.run(["validate", "-"], input: Data())
        #expect(empty.status == 1)
        #expect(empty.stdout.hasPrefix("<stdin>:1:1: error: "), "\(empty)")
    }

    @Test("diff with - as one side reads it from standard input, named by --stdin-filename")
    func diffStandardInput() throws {
        let tender = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(Self.tender))
        let files = try Self.run(["diff", "--format", "json", Self.consultation, Self.tender])
        #expect(files.status == 0, "\(files)")
        let piped = try Self.run(["diff", "--format", "json", "--stdin-filename", Self.tender, Self.consultation, "-"], input: tender)
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.stdout == files.stdout)
        let unnamed = try Self.run(["diff", Self.consultation, "-"], input: tender)
        #expect(unnamed.stdout.hasPrefix("\(Self.consultation) (version 1.0) → <stdin> (version 2.0)"), "\(unnamed)")
        let bad = try Data(contentsOf: URL(fileURLWithPath: Self.otherBad))
        let findings = try Self.run(["diff", "--stdin-filename", "new.yaml", "Specs/staged-model.yaml", "-"], input: bad)
        #expect(findings.status == 1, "\(findings)")
        #expect(findings.stderr.hasPrefix("new.yaml:26:5: error: unknown key `hoursPerWek` in lot [schema.unknown-key]"), "\(findings)")
    }

    @Test("usage errors: - twice, an empty --stdin-filename", arguments: [
        ["diff", "-", "-"], ["validate", "-", "-"], ["validate", "--stdin-filename", "", "-"],
    ])
    func standardInputUsage(arguments: [String]) throws {
        let result = try Self.run(arguments, input: Data())
        #expect(result.status == 64, "\(result)")
    }
}
