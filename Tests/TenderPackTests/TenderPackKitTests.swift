import Foundation
import Testing
import TenderModel
import TenderDiff
import TenderPackKit
import TenderRendering
import SeedSpecifications

/// The library entry points give what the command line gives: the same findings (at the
/// Swift lines of a declaration), the same pack files byte for byte, the same changes.
@Suite(.serialized)
struct TenderPackKitTests {
    static let templates = TestSupport.packageRoot.appendingPathComponent("Templates")

    @Test("a Swift declaration has the findings its YAML has, rule for rule and message for message",
          arguments: SwiftDeclarationTests.converted.map(\.file))
    func sameFindings(_ name: String) throws {
        let yaml = try TenderPack.load(contentsOf: TestSupport.specsURL.appendingPathComponent(name + ".yaml"))
        let declared = TenderPack.validate(try #require(SwiftDeclarationTests.converted.first { $0.file == name }).declaration())
        func summary(_ v: TenderPack.Validation) -> [String] {
            v.findings.map { "\($0.severity) \($0.ruleID) \($0.message)" }.sorted()
        }
        #expect(summary(yaml) == summary(declared))
        #expect(declared.findings.allSatisfy { $0.location.file.hasPrefix("SeedSpecifications/") })
    }

    @Test("building a declared seed writes the pack Output/ holds, byte for byte",
          arguments: ["staged-model", "norfolk-remodel-tender-2013"])
    func identicalPack(_ name: String) throws {
        let declaration = try #require(SwiftDeclarationTests.converted.first { $0.file == name }).declaration()
        let output = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let build = try TenderPack.build(declaration, into: output, templates: Self.templates)
        #expect(build.outcome == .created)
        let committed = TestSupport.packageRoot.appendingPathComponent("Output").appendingPathComponent(name)
        // The library renders no PDFs (the CLI's build makes them with WeasyPrint; PDFTests judges
        // them); its manifest.json records a declaration, not the YAML file.
        let expected = try FileManager.default.contentsOfDirectory(atPath: committed.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".pdf") && $0 != "manifest.json" }.sorted()
        #expect(build.files.sorted() == (expected + ["manifest.json"]).sorted())
        for file in expected {
            let built = try Data(contentsOf: build.folder.appendingPathComponent(file))
            #expect(built == (try Data(contentsOf: committed.appendingPathComponent(file))), "\(name)/\(file) differs from Output/")
        }
        // The manifest records what the command line's does (tool, templates, every file but
        // the PDFs), and the declaration: its Swift file and the digest of its canonical text.
        let manifest = try PackManifest.decode(Data(contentsOf: build.folder.appendingPathComponent("manifest.json")))
        let cli = try PackManifest.decode(Data(contentsOf: committed.appendingPathComponent("manifest.json")))
        #expect(manifest.tool == cli.tool && manifest.options == cli.options && manifest.templates == cli.templates)
        #expect(manifest.files == cli.files.filter { !$0.path.hasSuffix(".pdf") })
        #expect(manifest.specification.path.hasPrefix("SeedSpecifications/") && manifest.specification.path.hasSuffix(".swift"))
        let declared = Data(try SwiftDeclarationWriter.source(of: declaration.model).utf8)
        #expect(manifest.specification == PackManifest.Entry(path: manifest.specification.path, data: declared))
        // A second build changes nothing: the same writer, the same bytes.
        #expect(try TenderPack.build(declaration, into: output, templates: Self.templates).outcome == .unchanged)
    }

    @Test("a pack the library builds from a YAML file has the command line's manifest.json, and verify accepts it")
    func manifestOfYAMLBuild() throws {
        let output = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let spec = "Specs/norfolk-remodel-tender-2013.yaml"
        let validation = try TenderPack.load(contentsOf: TestSupport.packageRoot.appendingPathComponent(spec), displayPath: spec)
        let build = try TenderPack.build(validation, into: output.appendingPathComponent("library"), templates: Self.templates)
        #expect(build.files.contains("manifest.json"))
        // The same specification built by the command line without PDFs (the library makes none).
        let cli = try TestSupport.runTenderpack(["build", spec, "--output", output.appendingPathComponent("cli").path,
                                                 "--formats", "xml,html,ocds,odt,docx"])
        #expect(cli.status == 0, "\(cli)")
        let pack = "norfolk-remodel-tender-2013/manifest.json"
        let fromLibrary = try Data(contentsOf: output.appendingPathComponent("library/" + pack))
        #expect(fromLibrary == (try Data(contentsOf: output.appendingPathComponent("cli/" + pack))))
        #expect(try PackManifest.decode(fromLibrary).files.contains { $0.path == "ocds-release.json" })
        // verify, run where the build recorded the specification from, re-renders it and agrees.
        let verified = try TestSupport.runTenderpack(["verify", output.appendingPathComponent("library").path])
        #expect(verified.status == 0, "\(verified)")
        // A declaration's pack has a manifest too; verify says it cannot re-render Swift.
        let declaration = try #require(SwiftDeclarationTests.converted.first { $0.file == "staged-model" }).declaration()
        try TenderPack.build(declaration, into: output.appendingPathComponent("swift"), templates: Self.templates)
        let swift = try TestSupport.runTenderpack(["verify", output.appendingPathComponent("swift").path])
        let said = swift.stdout + swift.stderr
        #expect(swift.status == 1 && said.contains("[verify.input-changed]")
                && said.contains("Swift declaration in SeedSpecifications/staged-model.swift"), "\(swift)")
    }

    /// A call's location is where the compiler puts `#column` for a default argument:
    /// the opening parenthesis of its arguments.
    @Test("a finding on a declaration points at the Swift file, line and column that wrote the value")
    func findingsAtSwiftLines() throws {
        let line = #line + 3
        let declaration = Specification("swift-findings", title: "Findings", version: "1", status: .draft,
                                        commissioner: "council", provenance: .illustrative) {
            Lot("Bad Id", title: "A lot", setting: Setting(.floatingSupport), areas: .all, provenance: .source("no-such-source"))
            Partner("council", name: "The council", kind: .countyCouncil, roles: [.leadCommissioner])
            Area("county", name: "The county", kind: .county)
            Milestone(.serviceStart, date: .illustrative("2014-13-01"))
        }
        let validation = TenderPack.validate(declaration)
        let file = "TenderPackTests/TenderPackKitTests.swift"
        let badID = try #require(validation.findings.first { $0.ruleID == "schema.invalid-id" })
        #expect(badID.location == SourceLocation(file: file, line: line, column: 16))
        let source = try #require(validation.findings.first { $0.ruleID == "reference.source" })
        #expect(source.location == SourceLocation(file: file, line: line, column: 16))
        let date = try #require(validation.findings.first { $0.ruleID == "schema.invalid-value" })
        #expect(date.location == SourceLocation(file: file, line: line + 3, column: 57))
        #expect(date.message.contains("2014-13-01"))
        #expect(validation.text.contains("\(file):\(line):16: error: "))
        #expect(!validation.isValid)
        let output = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(throws: TenderPack.BuildError.self) { try TenderPack.build(declaration, into: output, templates: Self.templates) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    @Test("diffing two declarations gives the changes diffing their YAML gives")
    func diff() throws {
        let fromSwift = TenderPack.diff(old: norfolkRemodelConsultation2013, new: norfolkRemodelTender2013)
        let fromYAML = TenderPack.diff(old: try SwiftDeclarationTests.yaml("norfolk-remodel-consultation-2013"),
                                       new: try SwiftDeclarationTests.yaml("norfolk-remodel-tender-2013"))
        #expect(!fromSwift.changes.isEmpty)
        func summary(_ diff: SpecificationDiff) -> [String] {
            diff.changes.map { "\($0.kind) \($0.classification) \($0.path): \($0.old ?? "-") → \($0.new ?? "-")" }
        }
        #expect(summary(fromSwift) == summary(fromYAML))
        #expect(fromSwift.changes.compactMap(\.location).allSatisfy { $0.file.hasPrefix("SeedSpecifications/") })
    }
}

/// The README's declaration compiles (it is in the example target), reads as documented
/// and goes through the same rules.
struct ReadmeExampleTests {
    @Test("the README's declaration has no findings of its own and keeps its provenance marks")
    func readme() throws {
        let declaration = readmeExample
        #expect(declaration.findings.isEmpty, "\(declaration.findings)")
        let model = declaration.model
        #expect(model.lots.map(\.number.value) == [1, 2])
        let kpi = try #require(model.lots.last?.kpis.first)
        #expect(kpi.target?.provenance == .illustrative)
        #expect(kpi.indicator.provenance == .source("staged-model-appendix"))
        let cover = try #require(model.lots.first?.setting.cover)
        #expect(cover.isTwentyFourSeven)
        #expect(model.stages.last?.moveOnRoutes.first?.endpoint.provenance == .illustrative)
        let validation = TenderPack.validate(declaration)
        #expect(validation.specification != nil)
        #expect(validation.findings.allSatisfy { $0.location.file == "SeedSpecifications/ReadmeExample.swift" })
    }
}
