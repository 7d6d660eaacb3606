import Foundation
import Testing
import TenderDiff
import TenderModel

/// The diff compares what values mean: coverage through the area hierarchy, durations
/// by length, dates by value and precision, id lists as sets, renamed ids as renames.
@Suite struct DiffMeaningTests {
    static let tenderName = "norfolk-remodel-tender-2013.yaml"
    static let tender = (try? String(contentsOf: RenderingSupport.specs.appendingPathComponent(tenderName),
                                     encoding: .utf8)) ?? ""

    /// The tender with `edits` applied (each `from` must occur exactly once).
    static func edited(_ edits: [(String, String)]) throws -> String {
        var text = tender
        for (from, to) in edits {
            let count = text.components(separatedBy: from).count - 1
            try #require(count == 1, "\(from) occurs \(count) times")
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    static func diff(_ edits: [(String, String)]) throws -> SpecificationDiff {
        SpecificationDiff(old: try RenderingSupport.load(tender, file: "Specs/" + tenderName),
                          new: try RenderingSupport.load(try edited(edits), file: "Specs/" + tenderName))
    }

    static let lotOneAreas = "    areas: all\n    absorbs: [floating-support]"
    static let everyDistrict = "breckland, broadland, great-yarmouth, kings-lynn-and-west-norfolk, north-norfolk, south-norfolk"

    @Test func droppingNorwichIsOneMaterialChangeThatNamesIt() throws {
        let diff = try Self.diff([(Self.lotOneAreas, "    areas: [\(Self.everyDistrict)]\n    absorbs: [floating-support]")])
        #expect(diff.changes.count == 1, "\(diff.changes.map(\.summary))")
        let change = try #require(diff.changes.first)
        #expect(change.kind == .changed && change.classification == .material)
        #expect(change.keyPath == "lots/low-level-support/areas")
        #expect(change.coverage?.dropped == ["Norwich"] && change.coverage?.added == [])
        #expect(change.old == "all areas")
        let text = DiffTextReport(colour: false).render(diff)
        #expect(text.contains("no longer covers Norwich"), "\(text)")
        #expect(!text.contains("added"), "\(text)")
    }

    @Test func listingEveryAreaInsteadOfAllIsARestatement() throws {
        let diff = try Self.diff([(Self.lotOneAreas,
                                   "    areas: [norwich, \(Self.everyDistrict)]\n    absorbs: [floating-support]")])
        #expect(diff.changes.count == 1, "\(diff.changes.map(\.summary))")
        #expect(diff.changes.first?.classification == .editorial)
        #expect(diff.materialChanges.isEmpty)
        #expect(diff.changes.first?.coverage?.dropped == [] && diff.changes.first?.coverage?.added == [])
    }

    @Test func areasInAnotherOrderAreNoChange() throws {
        let diff = try Self.diff([("    areas: [norwich]\n    partners: [nsft]", "    areas: [norwich]\n    partners: [nsft]")])
        #expect(diff.changes.isEmpty)
        let reordered = try Self.diff([
            (Self.lotOneAreas, "    areas: [norwich, \(Self.everyDistrict)]\n    absorbs: [floating-support]"),
        ])
        let twice = SpecificationDiff(
            old: try RenderingSupport.load(try Self.edited([(Self.lotOneAreas, "    areas: [norwich, \(Self.everyDistrict)]\n    absorbs: [floating-support]")])),
            new: try RenderingSupport.load(try Self.edited([(Self.lotOneAreas, "    areas: [\(Self.everyDistrict), norwich]\n    absorbs: [floating-support]")])))
        #expect(twice.changes.isEmpty, "\(twice.changes.map(\.summary))")
        #expect(!reordered.changes.isEmpty)
    }

    @Test func aDurationRestatedInOtherUnitsIsEditorial() throws {
        let diff = try Self.diff([("      maximum: 2 years\n", "      maximum: 24 months\n")])
        let change = try #require(diff.changes.first)
        #expect(diff.changes.count == 1)
        #expect(change.classification == .editorial, "\(change.summary)")
        #expect(change.note == "the same length, restated")
        #expect(diff.materialChanges.isEmpty)
        let longer = try Self.diff([("      maximum: 2 years\n", "      maximum: 25 months\n")])
        #expect(longer.changes.first?.classification == .material)
    }

    @Test func aDateMadeMorePreciseIsAChange() throws {
        let diff = try Self.diff([("  - milestone: consultation-opened\n    date: 2013-07-01",
                                   "  - milestone: consultation-opened\n    date: 2013-07")])
        #expect(diff.changes.count == 1)
        #expect(diff.changes.first?.classification == .material)
    }
}

/// Coverage through the hierarchy: a locality's make-up changes what its lots cover.
@Suite struct DiffCoverageHierarchyTests {
    @Test func aLocalityLosingADistrictIsAChangeToItsLot() throws {
        let url = RenderingSupport.specs.appendingPathComponent("norfolk-mental-health-2017.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let from = "contains: !illustrative [norwich, north-norfolk, south-norfolk]"
        try #require(text.contains(from))
        let edited = text.replacingOccurrences(of: from, with: "contains: !illustrative [norwich, north-norfolk]")
        let diff = SpecificationDiff(old: try RenderingSupport.load(text), new: try RenderingSupport.load(edited))
        let lot = try #require(diff.changes.first { $0.fieldKey == "lots.areas" })
        #expect(lot.classification == .material)
        #expect(lot.coverage?.dropped == ["South Norfolk"])
        #expect(lot.note == "no longer covers South Norfolk")
        #expect(lot.lot?.number == 1)
        let line = DiffTextReport(colour: false).render(diff)
        #expect(line.contains("Lot 1 · Areas: Central → Central (no longer covers South Norfolk)  [C-02]\n"), "\(line)")
    }

    @Test func aRenamedLotThatDropsNorwichIsARenameAndOneCoverageChange() throws {
        let diff = try DiffMeaningTests.diff([
            ("  - id: low-level-support\n", "  - id: low-level-housing-support\n"),
            (DiffMeaningTests.lotOneAreas, "    areas: [\(DiffMeaningTests.everyDistrict)]\n    absorbs: [floating-support]"),
        ])
        #expect(diff.changes.map(\.kind) == [.renamed, .changed], "\(diff.changes.map(\.summary))")
        #expect(diff.changes.last?.coverage?.dropped == ["Norwich"])
        #expect(diff.noticeChanges.count == 1)
    }
}
