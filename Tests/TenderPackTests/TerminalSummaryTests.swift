import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text format as a person at a terminal sees it: the binary runs with standard
/// output and standard error on a real pseudo-terminal (no switch pretends it is one),
/// and what it printed is compared with what the same run prints into pipes.
@Suite("The summary on a terminal", .serialized)
struct TerminalSummaryTests {
    static let tender = "Specs/norfolk-remodel-tender-2013.yaml"
    static let illustrative = "provenance.illustrative-at-tender"

    /// The lines of `text` as a screen shows them: progress redraws (`\r`, `ESC[K`) gone.
    static func screenLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{1B}[K", with: "")
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { line in String(line.split(separator: "\r", omittingEmptySubsequences: false).last ?? "") }
            .filter { !$0.isEmpty }
    }

    static func warningHeadlines(_ lines: [String]) -> [String] { lines.filter { $0.contains(": warning: ") } }

    /// How many warnings of each rule the pipe (complete) listing has for the Norfolk tender.
    static func pipeCounts() throws -> (result: TestSupport.RunResult, byRule: [String: Int]) {
        let piped = try TestSupport.runTenderpack(["validate", tender], environment: ["NO_COLOR": "1"])
        var byRule: [String: Int] = [:]
        for line in warningHeadlines(piped.stdoutLines) {
            guard let open = line.lastIndex(of: "["), line.hasSuffix("]") else { continue }
            byRule[String(line[line.index(after: open)..<line.index(before: line.endIndex)]), default: 0] += 1
        }
        return (piped, byRule)
    }

    @Test("validate at a terminal rolls up the Norfolk tender's warnings by rule and file; the last line is the count")
    func rolledUp() throws {
        let (piped, byRule) = try Self.pipeCounts()
        let count = try #require(byRule[Self.illustrative])
        #expect(count > 1, "the example must warn more than once: \(piped)")
        let total = Self.warningHeadlines(piped.stdoutLines).count
        let screen = try PseudoTerminal.run(["validate", Self.tender])
        #expect(screen.status == 0, "\(screen)")
        let lines = Self.screenLines(screen.output)
        #expect(lines.contains("\(count) × \(Self.illustrative) in \(Self.tender) — run with --verbose to list"), "\(screen)")
        #expect(!lines.contains { $0.hasSuffix("[\(Self.illustrative)]") }, "a rolled-up warning is not listed: \(screen)")
        // Every warning is accounted for: rolled up (N ×) or, alone of its rule, in full.
        var accounted = 0
        for (rule, number) in byRule {
            if number > 1 {
                #expect(lines.contains("\(number) × \(rule) in \(Self.tender) — run with --verbose to list"), "\(rule)")
            } else {
                #expect(lines.contains { $0.contains(": warning: ") && $0.hasSuffix("[\(rule)]") }, "\(rule) is shown in full")
            }
            accounted += number
        }
        #expect(accounted == total)
        #expect(lines.count < piped.stdoutLines.count, "the summary is shorter than the listing")
        #expect(lines.last == "1 file checked: 0 errors, \(total) warnings", "\(screen)")
    }

    @Test("--verbose at a terminal lists every warning in full, with its caret")
    func verboseListsEverything() throws {
        let (piped, _) = try Self.pipeCounts()
        let total = Self.warningHeadlines(piped.stdoutLines).count
        let screen = try PseudoTerminal.run(["validate", "--verbose", Self.tender])
        let lines = Self.screenLines(screen.output)
        #expect(Self.warningHeadlines(lines) == Self.warningHeadlines(piped.stdoutLines), "\(screen)")
        #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces) == "^" }.count == total, "a caret under each")
        #expect(!lines.contains { $0.contains(" × ") }, "\(screen)")
    }

    @Test("errors are never rolled up: the same warnings made errors are each printed in full")
    func errorsInFull() throws {
        let (piped, byRule) = try Self.pipeCounts()
        let count = try #require(byRule[Self.illustrative])
        let screen = try PseudoTerminal.run(["validate", "--warnings-as-errors", Self.tender])
        #expect(screen.status == 1, "\(screen)")
        let lines = Self.screenLines(screen.output)
        let errors = lines.filter { $0.contains(": error: ") && $0.hasSuffix("[\(Self.illustrative)]") }
        #expect(errors.count == count, "\(screen)")
        #expect(!lines.contains { $0.contains(" × ") }, "\(screen)")
        #expect(lines.last == "1 file checked: \(Self.warningHeadlines(piped.stdoutLines).count) errors, 0 warnings")
    }

    @Test("in a pipe the text format lists every warning in full (CI logs are complete)")
    func pipeIsComplete() throws {
        let (piped, byRule) = try Self.pipeCounts()
        #expect(byRule[Self.illustrative, default: 0] > 1)
        #expect(!piped.stdout.contains(" × "), "\(piped)")
        #expect(Self.warningHeadlines(piped.stdoutLines).count == byRule.values.reduce(0, +))
        #expect(piped.stderr.hasSuffix("warnings\n"))
    }

    @Test("build's last line says what was written and where, at a terminal and in a pipe")
    func buildLastLine() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("packs").path
        let arguments = ["build", "--formats", "xml", "--output", output, Self.tender]
        let first = try PseudoTerminal.run(arguments)
        #expect(first.status == 0, "\(first)")
        var lines = Self.screenLines(first.output)
        #expect(lines.last == "Wrote 1 pack to \(output)/ (1 created)", "\(first)")
        #expect(lines.contains("\(output)/norfolk-remodel-tender-2013: created"), "a changed pack is named: \(first)")
        #expect(lines.contains { $0.contains(" × \(Self.illustrative)") }, "\(first)")
        #expect(lines.dropLast(2).last?.hasPrefix("1 file checked: 0 errors, ") == true, "\(first)")

        let again = try PseudoTerminal.run(arguments)
        lines = Self.screenLines(again.output)
        #expect(lines.last == "Wrote 1 pack to \(output)/ (1 unchanged)", "\(again)")
        #expect(!lines.contains { $0.hasSuffix(": unchanged") }, "an unchanged pack is not named at a terminal: \(again)")

        let piped = try TestSupport.runTenderpack(arguments)
        let errorLines = piped.stderr.split(separator: "\n").map(String.init)
        #expect(errorLines.last == "Wrote 1 pack to \(output)/ (1 unchanged)", "\(piped)")
        #expect(errorLines.contains("\(output)/norfolk-remodel-tender-2013: unchanged"), "a pipe names every pack: \(piped)")

        let checked = try TestSupport.runTenderpack(arguments + ["--check"])
        #expect(checked.status == 0, "\(checked)")
        #expect(checked.stderr.split(separator: "\n").last == "Checked 1 pack in \(output)/, nothing written: up to date",
                "\(checked)")

        let bad = TestSupport.badFixture("semantic-kpi-target-120.yaml").path
        let withErrors = try TestSupport.runTenderpack(["build", "--formats", "xml", "--output", output, Self.tender, bad])
        #expect(withErrors.status == 1)
        #expect(withErrors.stderr.split(separator: "\n").last
                    == "Wrote 1 pack to \(output)/ (1 unchanged); 1 specification with errors not built", "\(withErrors)")
    }
}

/// Runs the built binary with standard output and standard error on a pseudo-terminal.
enum PseudoTerminal {
    struct Result: CustomStringConvertible {
        var status: Int32
        /// Both streams, in the order written, as the terminal received them.
        var output: String
        var description: String { "exit \(status)\n--- terminal\n\(output.prefix(6_000))" }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// posix_openpt, grantpt, unlockpt and ptsname: in the C library everywhere, but
    /// Swift's Glibc module leaves them out (they need _XOPEN_SOURCE), so they are
    /// looked up by name.
    struct Calls {
        var openMaster: @convention(c) (Int32) -> Int32
        var grant: @convention(c) (Int32) -> Int32
        var unlock: @convention(c) (Int32) -> Int32
        var name: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

        static func load() throws -> Calls {
            let library = dlopen(nil, RTLD_NOW)
            func symbol<T>(_ name: String, as type: T.Type) throws -> T {
                guard let pointer = dlsym(library, name) else { throw Failure(description: "no \(name) in the C library") }
                return unsafeBitCast(pointer, to: type)
            }
            return Calls(openMaster: try symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self),
                         grant: try symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self),
                         unlock: try symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self),
                         name: try symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self))
        }
    }

    /// `NO_COLOR` keeps the text plain; `TERM` is a real terminal's.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let calls = try Calls.load()
        let master = calls.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        defer { close(master) }
        guard calls.grant(master) == 0, calls.unlock(master) == 0, let name = calls.name(master) else {
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        let replica = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard replica >= 0 else { throw Failure(description: "cannot open the pseudo-terminal") }
        // No output processing: "\n" stays "\n" (not "\r\n").
        var settings = termios()
        tcgetattr(replica, &settings)
        settings.c_oflag &= ~tcflag_t(OPOST)
        tcsetattr(replica, TCSANOW, &settings)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["FORCE_COLOR"] = ""
        environment["TERM"] = "xterm"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let handle = FileHandle(fileDescriptor: replica, closeOnDealloc: false)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice

        // Read while the process runs: a pseudo-terminal holds little.
        nonisolated(unsafe) var data = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
                if count < 0, errno == EINTR { continue }
                break // EIO: every copy of the replica is closed
            }
            group.leave()
        }
        do {
            try process.run()
        } catch {
            close(replica)
            group.wait()
            throw error
        }
        close(replica)
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
