import Foundation
import Testing
import TenderLoading
import TenderModel

/// `SpecificationIndex` answers exactly what the linear scans it replaced answered
/// (first occurrence of an id, lots in document order, each lot once), so the packs
/// and findings built from it stay byte-identical.
@Suite struct SpecificationIndexTests {
    static func specifications() throws -> [Specification] {
        let folder = TestSupport.packageRoot.appendingPathComponent("Specs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try files.map { name in
            let result = try SpecLoader.load(contentsOf: folder.appendingPathComponent(name), displayPath: "Specs/" + name)
            return try #require(result.specification, "Specs/\(name) did not load")
        }
    }

    static func check(_ spec: Specification) {
        let index = SpecificationIndex(spec)
        for lot in spec.lots {
            #expect(index.lot(lot.id.value) == spec.lots.first { $0.id.value == lot.id.value })
        }
        for stage in spec.stages {
            #expect(index.stage(stage.id.value) == spec.stages.first { $0.id.value == stage.id.value })
            #expect(index.lots(inStage: stage.id.value) == spec.lots.filter { $0.stage?.value == stage.id.value })
        }
        for area in spec.areas {
            #expect(index.areaName(area.id.value) == spec.areas.first { $0.id.value == area.id.value }?.name.value)
        }
        for partner in spec.partners {
            #expect(index.partnerName(partner.id.value) == spec.partners.first { $0.id.value == partner.id.value }?.name.value)
        }
        for service in spec.currentServices {
            #expect(index.lots(absorbing: service.id.value) == spec.lots.filter { $0.absorbs.contains { $0.value == service.id.value } })
        }
        for entry in spec.outcomeFramework?.outcomes ?? [] {
            let id = entry.outcome.id.value
            #expect(index.lots(workingTowards: id) == spec.lots.filter { $0.outcomes.contains { $0.value == id } })
            let found = index.outcome(id)
            let scanned = spec.outcomeFramework?.outcomes.first { $0.outcome.id.value == id }
            #expect(found?.outcome == scanned?.outcome && found?.domain == scanned?.domain)
        }
        #expect(index.hasIllustrativeValue == spec.allFields().contains { $0.provenance.isIllustrative })
        #expect(index.areaName("no-such-area") == "no-such-area")
        #expect(index.lot("no-such-lot") == nil)
    }

    @Test func everyExampleSpecificationIndexesAsItsScansRead() throws {
        let specifications = try Self.specifications()
        #expect(specifications.count >= 5)
        for spec in specifications { Self.check(spec) }
    }

    /// A duplicated id (a validation error, but the index must not crash or reorder):
    /// the first occurrence wins, and a lot that absorbs a service twice is listed once.
    @Test func duplicateIDsResolveToTheFirstAndLotsAreListedOnce() throws {
        var spec = try #require(try Self.specifications().first { !$0.lots.isEmpty && !$0.currentServices.isEmpty })
        var copy = spec.lots[0]
        copy.title.value = "A second lot with the first one's id"
        spec.lots.append(copy)
        spec.lots[0].absorbs += spec.lots[0].absorbs
        let index = SpecificationIndex(spec)
        #expect(index.lot(spec.lots[0].id.value)?.title.value == spec.lots[0].title.value)
        for absorbed in spec.lots[0].absorbs {
            let lots = index.lots(absorbing: absorbed.value)
            #expect(lots.filter { $0.title.value == spec.lots[0].title.value }.count == 1)
            #expect(lots.last?.title.value == copy.title.value)
        }
        Self.check(spec)
    }
}
