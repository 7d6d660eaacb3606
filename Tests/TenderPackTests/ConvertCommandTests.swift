import Foundation
import Testing

/// `tenderpack convert FILE --to swift`, run as a user runs it.
@Suite(.serialized)
struct ConvertCommandTests {
    @Test("convert prints the Swift declaration the example target compiles")
    func printsTheDeclaration() throws {
        let result = try TestSupport.runTenderpack(["convert", "Specs/staged-model.yaml", "--to", "swift"])
        #expect(result.status == 0, "\(result)")
        let committed = try String(contentsOf: TestSupport.packageRoot
            .appendingPathComponent("Examples/SeedSpecifications/Converted/staged-model.swift"), encoding: .utf8)
        #expect(result.stdout == committed)
        #expect(result.stderr.isEmpty)
    }

    @Test("--output writes the file and --name names the property")
    func outputAndName() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("Staged.swift")
        let result = try TestSupport.runTenderpack(["convert", "Specs/staged-model.yaml", "--to", "swift",
                                                    "--name", "staged", "--output", target.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.contains("public var staged: Specification {"))
    }

    @Test("a file that does not load is reported where it is wrong, and nothing is written")
    func badFile() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("Out.swift")
        let result = try TestSupport.runTenderpack(["convert", TestSupport.badFixture("unknown-key-lot.yaml").path,
                                                    "--to", "swift", "--output", target.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("[schema."), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    static let usageCases: [([String], Int32)] = [
        (["convert", "Specs/staged-model.yaml", "--to", "kotlin"], 64),
        (["convert", "Specs/staged-model.yaml", "--to", "swift", "--name", "2bad"], 64),
        (["convert", "Specs/no-such-file.yaml", "--to", "swift"], 66),
    ]

    @Test("an unknown target form, a bad name or a missing file is a usage error or exit 66", arguments: usageCases)
    func usage(_ arguments: [String], _ status: Int32) throws {
        let result = try TestSupport.runTenderpack(arguments)
        #expect(result.status == status, "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
