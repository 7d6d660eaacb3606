import Foundation
import Testing
import TenderDiff
import TenderModel

/// `diff` reduces each side to a `SpecificationDiff.Version` before reading the other,
/// and builds the redline's rows and the bidder-facing words only for the formats
/// that show them: the changes must not depend on either.
@Suite struct DiffVersionTests {
    static let pairs = [("norfolk-remodel-consultation-2013.yaml", "norfolk-remodel-tender-2013.yaml"),
                        ("staged-model.yaml", "norfolk-remodel-tender-2013.yaml"),
                        ("norfolk-remodel-tender-2013.yaml", "norfolk-remodel-awarded-2014.yaml"),
                        ("norfolk-remodel-tender-2013.yaml", "norfolk-remodel-consultation-2013.yaml")]

    @Test(arguments: pairs)
    func theChangesAreTheSameWithoutRowsOrWords(_ pair: (String, String)) throws {
        let a = try DiffTests.load(pair.0), b = try DiffTests.load(pair.1)
        let policy = try DiffTests.repositoryPolicy()
        let full = SpecificationDiff(old: a, new: b, policy: policy)
        let reduced = SpecificationDiff(old: SpecificationDiff.Version(a, needs: []),
                                        new: SpecificationDiff.Version(b, needs: []), policy: policy)
        #expect(!full.changes.isEmpty)
        #expect(reduced.changes == full.changes)
        #expect(reduced.rows.isEmpty)
        #expect(!full.rows.isEmpty)
        // What `diff --format text|json` prints is the same either way.
        #expect(DiffTextReport(colour: false).render(reduced) == DiffTextReport(colour: false).render(full))
        let json = DiffJSONReport(toolVersion: "test")
        #expect(try json.render(reduced) == json.render(full))
    }

    @Test func rowsAndWordsAreBuiltOnlyWhenBothVersionsWereReducedWithThem() throws {
        let a = try DiffTests.load("norfolk-remodel-consultation-2013.yaml")
        let b = try DiffTests.load("norfolk-remodel-tender-2013.yaml")
        let full = SpecificationDiff(old: a, new: b)
        let reduced = SpecificationDiff(old: SpecificationDiff.Version(a), new: SpecificationDiff.Version(b))
        #expect(reduced.rows == full.rows)
        #expect(reduced.words == full.words)
        let half = SpecificationDiff(old: SpecificationDiff.Version(a, needs: .words),
                                     new: SpecificationDiff.Version(b, needs: .all))
        #expect(half.rows.isEmpty)
        #expect(half.words == full.words)
    }

    /// A record keeps its path and key for as long as a comparison lives: they hold no
    /// spare room (the walker's own arrays grow as it descends; a copy made with `+`
    /// kept room to double, several times the memory of the record's strings).
    @Test func recordsHoldTheirPathAndKeyInArraysOfExactlyTheirSize() throws {
        let records = try DiffTests.load("norfolk-remodel-tender-2013.yaml").structuredFields()
        #expect(records.count > 300)
        let loose = records.filter { $0.path.capacity > $0.path.count + 1 || $0.key.capacity > $0.key.count + 1 }
        #expect(loose.count == 0, "\(loose.prefix(3).map { ($0.keyPath, $0.path.capacity, $0.key.capacity) })")
    }
}
