import Foundation
import Testing
import TenderDeclaration
import TenderModel

/// The comparison behind the round-trip tests sees what `==` does not (provenance, a
/// duration's unit) and ignores only where things were written.
struct SpecificationComparisonTests {
    static func staged() throws -> TenderModel.Specification { try SwiftDeclarationTests.yaml("staged-model") }

    @Test("a specification compared with itself, moved to other lines, has no differences")
    func locationsIgnored() throws {
        let original = try Self.staged()
        var moved = original
        moved.file = "Elsewhere.swift"
        moved.lots[0].location = SourceLocation(file: "Elsewhere.swift", line: 999, column: 3)
        moved.lots[0].title.location = SourceLocation(file: "Elsewhere.swift", line: 1000, column: 9)
        #expect(SpecificationComparison.differences(original, moved).isEmpty)
    }

    @Test("a changed provenance is a difference, though the model's == ignores it")
    func provenanceCompared() throws {
        let original = try Self.staged()
        var changed = original
        changed.lots[0].title.provenance = .source("elsewhere")
        #expect(original == changed)
        #expect(SpecificationComparison.differences(original, changed) == [
            "specification.lots[0].title.provenance.source: \"staged-model-appendix\" ≠ \"elsewhere\"",
        ])
    }

    @Test("values, list lengths and enumeration cases are compared")
    func valuesCompared() throws {
        let original = try Self.staged()
        var changed = original
        changed.lots[0].capacity.append(Capacity(measure: changed.lots[0].id.map { _ in .units },
                                                 amount: changed.lots[0].id.map { _ in 3 }, qualifier: nil, note: nil,
                                                 location: .start(of: "x")))
        changed.status.value = .tender
        let differences = SpecificationComparison.differences(original, changed)
        #expect(differences.contains("specification.status.value: TenderModel.Status.draft ≠ TenderModel.Status.tender"))
        #expect(differences.contains { $0.hasPrefix("specification.lots[0].capacity: ") })
    }

    @Test("12 months and 1 year are the same duration to == but not the same declaration")
    func durationUnits() throws {
        let original = try Self.staged()
        var changed = original
        let maximum = try #require(original.maximumSupportDuration)
        changed.maximumSupportDuration = maximum.map { _ in TenderModel.Duration(24, .months) }
        #expect(original == changed)
        #expect(!SpecificationComparison.differences(original, changed).isEmpty)
    }
}
