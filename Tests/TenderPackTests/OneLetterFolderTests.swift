import Foundation
import Testing
@testable import TenderCLI
import TenderTemplates

/// Folders named by one character: Foundation's `deletingLastPathComponent` traps on
/// "T" on Linux, which crashed `templates export T …` and `init X`.
@Suite(.serialized)
struct OneLetterFolderTests {
    @Test("a path's folder, as NSString gives it for every path it does not trap on")
    func parentPath() {
        let cases = ["T": "", "ab": "", "T/schema": "T", "a/b/c": "a/b", "/T": "/", "/": "/", "./T": ".",
                     "a/b/": "a", "a//b": "a", "": ""]
        for (path, parent) in cases { #expect(ParentPath.of(path) == parent, "\(path)") }
    }

    @Test("templates export and init into a folder named by one letter write their files and exit 0")
    func oneLetterFolders() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let export = try TestSupport.runTenderpack(["templates", "export", "T", "schema/tender-pack.xsd"], in: root)
        #expect(export.status == 0, "\(export)")
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent("T/schema/tender-pack.xsd").path)
                == BuiltInTemplates.data("schema/tender-pack.xsd"))
        let initialised = try TestSupport.runTenderpack(["init", "X"], in: root)
        #expect(initialised.status == 0, "\(initialised)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("X/Specs").path))
    }
}
