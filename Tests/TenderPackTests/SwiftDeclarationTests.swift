import Foundation
import Testing
import TenderDeclaration
import TenderLoading
import TenderModel
import TenderPackKit
import SeedSpecifications

/// Specifications declared in Swift give the model their YAML gives, and `convert --to
/// swift` writes the declarations the example target compiles.
@Suite(.serialized)
struct SwiftDeclarationTests {
    /// Every spec in Specs/, as `convert --to swift` wrote it into Examples/SeedSpecifications/Converted.
    static let converted: [(file: String, declaration: @Sendable () -> TenderDeclaration.Specification)] = [
        ("accommodation-pathway-2026", { accommodationPathway2026 }),
        ("norfolk-current-services-2013", { norfolkCurrentServices2013 }),
        ("norfolk-mental-health-2017", { norfolkMentalHealth2017 }),
        ("norfolk-remodel-awarded-2014", { norfolkRemodelAwarded2014 }),
        ("norfolk-remodel-consultation-2013", { norfolkRemodelConsultation2013 }),
        ("norfolk-remodel-tender-2013", { norfolkRemodelTender2013 }),
        ("staged-model", { stagedModel }),
    ]

    static func yaml(_ name: String) throws -> TenderModel.Specification {
        let url = TestSupport.specsURL.appendingPathComponent(name + ".yaml")
        let result = try SpecLoader.load(contentsOf: url, displayPath: "Specs/\(name).yaml")
        guard let specification = result.specification else {
            Issue.record("Specs/\(name).yaml does not load: \(result.diagnostics)")
            throw CancellationError()
        }
        return specification
    }

    @Test("every spec in Specs/ has a converted Swift declaration in the example target")
    func everySpecIsConverted() throws {
        let specs = try FileManager.default.contentsOfDirectory(atPath: TestSupport.specsURL.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(specs == Self.converted.map(\.file))
    }

    @Test("a converted declaration compiles to the model its YAML gives, provenance included",
          arguments: converted.map(\.file))
    func roundTrip(_ name: String) throws {
        let declared = try #require(Self.converted.first { $0.file == name }).declaration()
        #expect(declared.findings.isEmpty, "\(declared.findings)")
        let differences = SpecificationComparison.differences(try Self.yaml(name), declared.model)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("convert --to swift still writes exactly the committed declarations", arguments: converted.map(\.file))
    func convertedFilesAreCurrent(_ name: String) throws {
        let source = try SwiftDeclarationWriter.source(of: try Self.yaml(name), origin: "Specs/\(name).yaml")
        let committed = TestSupport.packageRoot.appendingPathComponent("Examples/SeedSpecifications/Converted/\(name).swift")
        let text = (try? String(contentsOf: committed, encoding: .utf8)) ?? ""
        // RECORD_SNAPSHOTS=1 rewrites a stale file (the test still fails, so the diff is read).
        if source != text, ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(source.utf8).write(to: committed, options: .atomic)
        }
        #expect(source == text, "run: tenderpack convert Specs/\(name).yaml --to swift --output Examples/SeedSpecifications/Converted/\(name).swift (or RECORD_SNAPSHOTS=1 swift test --filter SwiftDeclarationTests), then read the diff")
    }

    @Test("values in a declaration are located at their Swift line and column")
    func locations() throws {
        let model = stagedModel.model
        let file = "SeedSpecifications/staged-model.swift"
        #expect(model.file == file)
        #expect(model.id.location.file == file)
        #expect(model.lots.allSatisfy { $0.location.file == file && $0.location.line > 1 })
        #expect(Set(model.lots.map(\.location.line)).count == model.lots.count)
    }
}

/// Text and values that are hard to write as Swift literals (three quotes, backslashes,
/// `\(`, tabs, line breaks, double spaces, a long word, `none` cases, values with their
/// own provenance) survive YAML → Swift → model.
struct ConvertEdgeCaseTests {
    static let yamlPath = "Tests/TenderPackTests/Fixtures/convert/edge-cases.yaml"
    static let swiftPath = "Examples/SeedSpecifications/Fixtures/edge-cases.swift"

    @Test("the edge cases compile to the model their YAML gives")
    func roundTrip() throws {
        let url = TestSupport.packageRoot.appendingPathComponent(Self.yamlPath)
        let loaded = try #require(try SpecLoader.load(contentsOf: url, displayPath: Self.yamlPath).specification)
        #expect(convertEdgeCases.findings.isEmpty, "\(convertEdgeCases.findings)")
        let differences = SpecificationComparison.differences(loaded, convertEdgeCases.model)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(loaded.background.count == 3)
    }

    @Test("convert --to swift still writes exactly the committed edge cases")
    func current() throws {
        let url = TestSupport.packageRoot.appendingPathComponent(Self.yamlPath)
        let loaded = try #require(try SpecLoader.load(contentsOf: url, displayPath: Self.yamlPath).specification)
        let source = try SwiftDeclarationWriter.source(of: loaded, origin: Self.yamlPath)
        let committed = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(Self.swiftPath), encoding: .utf8)
        #expect(source == committed, "run: tenderpack convert \(Self.yamlPath) --to swift --output \(Self.swiftPath)")
    }
}
