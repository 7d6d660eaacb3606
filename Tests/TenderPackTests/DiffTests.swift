import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
import XMLKit

/// The semantic diff on the model: matching by id, moves, classification, restructuring.
@Suite struct DiffTests {
    static func load(_ name: String) throws -> Specification {
        try RenderingSupport.loadSpec(named: name)
    }

    static func load(text: String, file: String = "test.yaml") throws -> Specification {
        try RenderingSupport.load(text, file: file)
    }

    /// The repository's own policy (tenderpack-policy.yaml at the package root).
    static func repositoryPolicy() throws -> DiffPolicy {
        let url = TestSupport.packageRoot.appendingPathComponent(DiffPolicy.defaultFileName)
        let parsed = DiffPolicy.parse(try String(contentsOf: url, encoding: .utf8), file: DiffPolicy.defaultFileName)
        #expect(parsed.diagnostics.isEmpty)
        return parsed.policy
    }

    static func norfolk(policy: DiffPolicy? = nil) throws -> SpecificationDiff {
        SpecificationDiff(old: try load("norfolk-remodel-consultation-2013.yaml"),
                          new: try load("norfolk-remodel-tender-2013.yaml"),
                          policy: try policy ?? repositoryPolicy())
    }

    static let small = (try? String(contentsOf: TestSupport.fixturesURL.appendingPathComponent("diff/small.yaml"),
                                    encoding: .utf8)) ?? ""

    func change(_ diff: SpecificationDiff, _ keyPath: String, _ kind: Change.Kind? = nil) -> Change? {
        diff.changes.first { $0.keyPath == keyPath && (kind == nil || $0.kind == kind) }
    }

    @Test func norfolkTextIsTheGolden() throws {
        let text = DiffTextReport(colour: false).render(try Self.norfolk())
        try Golden.check(text, named: "norfolk-consultation-to-tender.txt")
    }

    @Test func norfolkMaterialChangesArePresentAndMaterial() throws {
        let diff = try Self.norfolk()
        let material: [(String, Change.Kind)] = [
            ("lots/complex-needs-support/durations/maximum", .added),
            ("lots/low-level-support/requirements/five-teams", .added),
            ("lots/complex-needs-support/requirements/five-teams", .added),
            ("lots/complex-needs-support/requirements/work-with-nsft/strength", .changed),
            ("lots/complex-needs-support/eligibility/in-hospital-or-crisis", .added),
            ("lots/low-level-support/exclusions/personal-care", .added),
            ("lots/low-level-support/durations/expectedMoveOn", .added),
            ("timeline/service-start/date", .changed),
            ("timeline/tender-issued/date", .changed),
            ("timeline/clarification-deadline", .added),
            ("timeline/tender-deadline", .added),
            ("timeline/contract-awarded", .added),
            ("evaluation/quality", .added),
            ("evaluation/price", .added),
            ("evaluation/criteria/service-model", .added),
            ("contract/annualValue", .added),
            ("contract/initialTerm", .added),
            ("contract/start", .added),
            ("lots/low-level-support/kpis/low-level-kpi-1/target", .added),
            ("lots/complex-needs-support/kpis/complex-kpi-2/target", .added),
        ]
        for (key, kind) in material {
            let found = change(diff, key, kind)
            #expect(found != nil, "missing \(kind) \(key)")
            #expect(found?.classification == .material, "\(key) is not material")
        }
        #expect(change(diff, "lots/complex-needs-support/requirements/work-with-nsft/strength")?.old == "should")
        #expect(change(diff, "lots/complex-needs-support/requirements/work-with-nsft/strength")?.new == "must")
        #expect(change(diff, "timeline/service-start/date")?.old == "2014")
        #expect(change(diff, "timeline/service-start/date")?.new == "2014-01")
        #expect(change(diff, "lots/complex-needs-support/durations/maximum")?.new == "no time limit")
        #expect(change(diff, "lots/complex-needs-support/requirements/work-with-nsft/strength")?.reference == "2.4")
        #expect(change(diff, "lots/complex-needs-support/requirements/work-with-nsft/strength")?.oldReference == "2.3")
    }

    @Test func norfolkEditorialChangesAreEditorial() throws {
        let diff = try Self.norfolk()
        let reworded = try #require(change(diff, "lots/low-level-support/requirements/bills-and-home/text", .changed))
        #expect(reworded.classification == .editorial)
        #expect(reworded.words?.plain == "[-Provide-] {+Give+} advice and information about paying bills and looking after the home.")
        let moved = try #require(change(diff, "lots/complex-needs-support/requirements/vary-with-need", .moved))
        #expect(moved.classification == .editorial)
        #expect(moved.old == "position 5" && moved.new == "position 1")
        #expect(diff.changes.filter { $0.kind == .moved }.count == 1, "only vary-with-need moved")
        let background = try #require(change(diff, "background/5", .added))
        #expect(background.classification == .editorial)
        // No requirement was removed and re-added: ids, not positions, match.
        #expect(!diff.changes.contains { $0.kind == .removed && $0.fieldKey.hasPrefix("lots.requirements") })
    }

    @Test func requirementWordingIsMaterialWithoutThePolicy() throws {
        let diff = try Self.norfolk(policy: DiffPolicy())
        #expect(change(diff, "lots/low-level-support/requirements/bills-and-home/text")?.classification == .material)
    }

    @Test func currentServicesReadAsAbsorbedIntoTheRemodelsLots() throws {
        let diff = SpecificationDiff(old: try Self.load("norfolk-current-services-2013.yaml"),
                                     new: try Self.load("norfolk-remodel-consultation-2013.yaml"))
        let absorbed = Dictionary(uniqueKeysWithValues: diff.changes.compactMap { change -> (String, String)? in
            guard let lot = change.absorbedInto else { return nil }
            return (change.key[1], lot.id)
        })
        #expect(absorbed == ["floating-support": "low-level-support", "hospital-link-workers": "complex-needs-support",
                             "active-outreach": "complex-needs-support"])
        // Absorbed, not bare removals: nothing else of the old lots is listed.
        #expect(!diff.changes.contains { $0.kind == .removed && $0.fieldKey.hasPrefix("lots") && $0.absorbedInto == nil })
        let text = DiffTextReport(colour: false).render(diff)
        #expect(text.contains("Lot 1: Floating Support (FS) Service → absorbed into Lot 1 Low level housing related support service"))
        #expect(text.contains("Lot 3: Active Outreach (Norwich) → absorbed into Lot 2 Housing related support service for people with complex needs"))
        try Golden.check(text, named: "current-services-to-remodel.txt")
    }

    @Test(arguments: RenderingSupport.specFiles())
    func aSpecificationComparedWithItselfHasNoChanges(_ name: String) throws {
        let spec = try Self.load(name)
        let diff = SpecificationDiff(old: spec, new: spec)
        #expect(diff.changes.isEmpty, "\(diff.changes.map(\.path))")
        #expect(diff.rows.allSatisfy { $0.status == .same && !$0.moved })
    }

    @Test(arguments: [("norfolk-remodel-consultation-2013.yaml", "norfolk-remodel-tender-2013.yaml"),
                      ("staged-model.yaml", "norfolk-remodel-tender-2013.yaml"),
                      ("norfolk-remodel-tender-2013.yaml", "norfolk-remodel-awarded-2014.yaml")])
    func swappingTheVersionsInvertsEveryChange(_ pair: (String, String)) throws {
        let a = try Self.load(pair.0), b = try Self.load(pair.1)
        struct Shape: Hashable { let kind: Change.Kind; let key: String; let old: String?; let new: String? }
        let forward = Set(SpecificationDiff(old: a, new: b).changes.map {
            Shape(kind: $0.kind.inverse, key: $0.keyPath, old: $0.new,
                  new: $0.old)
        })
        let backward = Set(SpecificationDiff(old: b, new: a).changes.map {
            Shape(kind: $0.kind, key: $0.keyPath, old: $0.old, new: $0.new)
        })
        #expect(forward == backward, "only forward: \(forward.subtracting(backward)); only backward: \(backward.subtracting(forward))")
    }

    @Test func reorderingClausesYieldsMovesOnly() throws {
        let old = try Self.load(text: Self.small)
        var new = old
        new.lots[0].requirements.reverse()
        new.areas.reverse()
        let diff = SpecificationDiff(old: old, new: new)
        #expect(!diff.changes.isEmpty)
        #expect(diff.changes.allSatisfy { $0.kind == .moved }, "\(diff.changes.map(\.summary))")
        #expect(diff.changes.allSatisfy { $0.classification == .editorial })
        // Of three reversed requirements, a longest run in order keeps one: two moved.
        #expect(diff.changes.filter { $0.fieldKey == "lots.requirements" }.count == 2)
    }

    @Test func wordsAreComparedInsideChangedText() {
        let words = WordDiff(old: "Help people keep safe and well.", new: "Help people keep safe, well and housed.")
        #expect(words.plain == "Help people keep [-safe-] {+safe, well+} and [-well.-] {+housed.+}")
        #expect(WordDiff(old: "a b c", new: "a b c").segments.map(\.operation) == [.equal])
        #expect(WordDiff(old: "", new: "new words").plain == "{+new words+}")
    }

    @Test func fingerprintsAreStableAndDistinct() throws {
        let first = try Self.norfolk().changes.map(\.fingerprint)
        let second = try Self.norfolk().changes.map(\.fingerprint)
        #expect(first == second)
        #expect(Set(first).count == first.count)
        #expect(first.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
        // Pinned: the same change has this fingerprint on every machine and run.
        let change = Change(kind: .changed, classification: .material, path: "p", key: ["lots", "a", "hours"],
                            fieldKey: "lots.intensity", old: "6", new: "8")
        #expect(change.fingerprint == "52fc93c1bb9de856")   // checked against an independent FNV-1a
    }

    @Test func policyOverridesTheTableAndReportsMistakesWhereTheyAre() throws {
        let text = """
            classification:
              lots.requirements.strength: editorial
              lots.requirments.text: material
              order: wrong
            check:
              failOn: material
            extra: 1
            """
        let (policy, diagnostics) = DiffPolicy.parse(text, file: "tenderpack-policy.yaml")
        #expect(policy.classification == ["lots.requirements.strength": .editorial])
        #expect(policy.failOn == .material)
        let places = diagnostics.map { "\($0.location.line):\($0.location.column)" }
        #expect(places == ["3:3", "4:10", "7:1"], "\(diagnostics.map(\.message))")
        #expect(diagnostics.allSatisfy { $0.ruleID == "policy.invalid" })
        #expect(diagnostics[0].notes.contains("did you mean `lots.requirements.text`?"))
        let syntax = DiffPolicy.parse("classification: [\n", file: "p.yaml").diagnostics
        #expect(syntax.count == 1 && syntax[0].location.line >= 1)
        #expect(ClassificationTable.classify("lots.requirements.strength", overrides: policy.classification) == .editorial)
        #expect(ClassificationTable.classify("lots.requirements.strength") == .material)
        #expect(ClassificationTable.classify("lots.intensity.maximum") == .material)
        #expect(ClassificationTable.classify("lots.requirements", moved: true) == .editorial)
    }

    /// Every schema key a specification produces is one a policy may name.
    @Test func schemaKeysCoverEverySpecification() throws {
        for name in RenderingSupport.specFiles() {
            for record in try Self.load(name).structuredFields() {
                #expect(SchemaKeys.all.contains(record.fieldKey), "\(record.fieldKey) (\(name))")
            }
        }
        for entry in ClassificationTable.entries where entry.key != "order" {
            #expect(SchemaKeys.all.contains(entry.key), "\(entry.key)")
        }
    }

    /// Matching by hashing: a specification fifty times Norfolk's size (thousands of
    /// requirements, all reordered) still compares in well under a second.
    @Test func costGrowsWithSizeNotItsSquare() throws {
        var old = try Self.load(text: Self.small)
        let template = old.lots[0].requirements[0]
        old.lots[0].requirements = (0..<6_000).map { index in
            var requirement = template
            requirement.id.value = "r\(index)"
            requirement.text.value = "Requirement number \(index) with some words to compare."
            return requirement
        }
        var new = old
        new.lots[0].requirements.swapAt(0, 5_999)
        new.lots[0].requirements[3_000].text.value = "Requirement number 3000 with other words to compare."
        let diff = SpecificationDiff(old: old, new: new)
        #expect(diff.changes.filter { $0.kind == .moved }.count == 2)
        #expect(diff.changes.filter { $0.kind == .changed }.count == 1)
    }
}

/// Golden files under Tests/TenderPackTests/Golden/diff: compared line by line;
/// recorded (and the test failed) when missing or when RECORD_SNAPSHOTS=1.
enum Golden {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/TenderPackTests/Golden/diff")

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(Comment(rawValue: "recorded \(name); read it, then run again"), sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            lines.append("line \(index + 1):\n  - \(index < a.count ? String(a[index]) : "")\n  + \(index < b.count ? String(b[index]) : "")")
            if lines.count == 10 { break }
        }
        let report = "\(name) differs from the golden:\n" + lines.joined(separator: "\n")
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
}
