import Foundation
import Testing
import TenderDiff
import TenderModel
import XMLKit

/// An element whose id changed but whose content is the same (or nearly) is one
/// `renamed` change, with what else changed in it beside it.
@Suite struct DiffRenameTests {
    static func diff(_ edits: [(String, String)]) throws -> SpecificationDiff {
        try DiffMeaningTests.diff(edits)
    }

    @Test func aLotWithANewIdIsOneEditorialRename() throws {
        let diff = try Self.diff([("  - id: low-level-support\n", "  - id: low-level-housing-support\n")])
        #expect(diff.changes.count == 1, "\(diff.changes.map(\.summary))")
        let change = try #require(diff.changes.first)
        #expect(change.kind == .renamed && change.classification == .editorial)
        #expect(change.old == "low-level-support" && change.new == "low-level-housing-support")
        #expect(change.keyPath == "lots/low-level-housing-support")
        let text = DiffTextReport(colour: false).render(diff)
        #expect(text.contains("renamed from low-level-support to low-level-housing-support"), "\(text)")
        let json = try DiffJSONReport(toolVersion: "test").render(diff)
        #expect(json.contains("\"kind\" : \"renamed\""))
        #expect(!json.contains("changeReference"), "an editorial rename is not told to bidders")
    }

    @Test func aKPIAndACriterionWithNewIdsAreRenames() throws {
        let diff = try Self.diff([("      - id: !illustrative low-level-kpi-1", "      - id: !illustrative planned-moves"),
                                  ("    - id: service-model\n", "    - id: delivery-model\n")])
        #expect(diff.changes.map(\.kind) == [.renamed, .renamed], "\(diff.changes.map(\.summary))")
        #expect(diff.materialChanges.isEmpty)
        #expect(Set(diff.changes.map(\.new)) == ["planned-moves", "delivery-model"])
    }

    @Test func aRequirementRenamedAndRewordedIsARenameBesideTheChange() throws {
        let diff = try Self.diff([("      - id: work-with-nsft\n", "      - id: work-with-the-trust\n"),
                                  ("          Work closely with NSFT staff", "          Work very closely with NSFT staff")])
        #expect(diff.changes.map(\.kind) == [.renamed, .changed], "\(diff.changes.map(\.summary))")
        let renamed = diff.changes[0], reworded = diff.changes[1]
        #expect(renamed.old == "work-with-nsft" && renamed.reference == "2.4")
        #expect(reworded.keyPath == "lots/complex-needs-support/requirements/work-with-the-trust/text")
        #expect(renamed.classification == reworded.classification)
        #expect(renamed.classification == .material)
    }

    @Test func anElementWithANewIdAndOtherContentIsRemovedAndAdded() throws {
        let diff = try Self.diff([("      - id: work-with-nsft\n", "      - id: visit-wards\n"),
                                  ("          Work closely with NSFT staff, including the acute wards, the Crisis\n"
                                   + "          Response and Home Treatment teams and the assertive outreach service.",
                                   "          Visit people on the wards every week.")])
        #expect(Set(diff.changes.map(\.kind)) == [.added, .removed], "\(diff.changes.map(\.summary))")
    }

    @Test func aStageWithANewIdIsARename() throws {
        let url = RenderingSupport.specs.appendingPathComponent("staged-model.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let renamed = try NSRegularExpression(pattern: "\\bstage-1\\b(?!-)")
            .stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "assessment-stage")
        #expect(renamed != text)
        let diff = SpecificationDiff(old: try RenderingSupport.load(text), new: try RenderingSupport.load(renamed))
        let rename = try #require(diff.changes.first { $0.kind == .renamed && $0.fieldKey == "stages" })
        #expect(rename.old == "stage-1" && rename.new == "assessment-stage")
        #expect(rename.classification == .editorial)
        // Lots naming the stage now name it by its new id: that is all that changed.
        #expect(!diff.changes.contains { $0.kind == .removed || $0.kind == .added }, "\(diff.changes.map(\.summary))")
    }
}

/// The clarification notice and the redline in the bidder's words.
@Suite struct DiffBidderWordsTests {
    static func notice() throws -> (html: String, xml: String, diff: SpecificationDiff) {
        let diff = try DiffTests.norfolk()
        let html = String(decoding: try ClarificationNotice(stylesheet: "").html(diff), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "")
        let schema = try XMLSchema(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/schema/clarification-notice.xsd"))
        let xml = String(decoding: try ClarificationNotice.xml(diff, schema: schema), as: UTF8.self)
        return (html, xml, diff)
    }

    @Test func theNoticeIsHeadedAsACouncilPublishesIt() throws {
        let (html, xml, _) = try Self.notice()
        #expect(html.contains("<dt>Council</dt><dd>Norfolk County Council</dd>"), "\(html.prefix(3000))")
        #expect(html.contains("<dt>Procurement reference</dt><dd>NCC-ASC-2013-CMHSS</dd>"))
        #expect(html.contains("<dt>Clarification notice number</dt><dd>NCC-ASC-2013-CMHSS/CN/2.0</dd>"))
        // The issue date is the tender-issued milestone of the new version, never the clock.
        #expect(html.contains("<dt>Issue date</dt><dd>31 July 2013</dd>"))
        #expect(xml.contains("<issued>31 July 2013</issued>"))
        #expect(!html.contains("Specs/") && !html.contains(".yaml"))
        #expect(!xml.contains("Specs/") && !xml.contains(".yaml"))
    }

    @Test func rowsNameThingsAsThePackDoes() throws {
        let (html, xml, diff) = try Self.notice()
        // Short references, clause numbers, readable names, dates in words, units, invented values marked.
        #expect(html.contains("<td>C-14</td><td>2.4 (was 2.3)</td><th scope=\"row\">Lot 2 · Requirement 2.4 · Strength</th>"), "\(html)")
        #expect(html.contains("Outcome KPI: Percentage of people leaving the service who moved on in a planned way · Target"))
        #expect(html.contains("<td>July 2013</td><td>31 July 2013<span class=\"illustrative\"> (illustrative)</span></td>"))
        #expect(html.contains(">80%<span class=\"illustrative\"> (illustrative)</span>"))
        #expect(!html.contains("work-with-nsft") && !html.contains("low-level-kpi-1"))
        #expect(!html.contains(diff.materialChanges[0].fingerprint), "fingerprints stay in the JSON and XML")
        #expect(html.range(of: "<td>C-[0-9]+</td><td>—</td>", options: .regularExpression) == nil,
                "every change has a clause or section reference")
        #expect(xml.contains("reference=\"C-01\""))
        let json = try DiffJSONReport(toolVersion: "test").render(diff)
        #expect(json.contains("\"changeReference\" : \"C-01\""))
        #expect(json.contains("\"fingerprint\" : \"\(diff.noticeChanges[0].fingerprint)\""))
        let redline = String(decoding: try Redline(stylesheet: "").render(diff), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "")
        #expect(redline.contains("<td>C-14</td><td>2.4 (was 2.3)</td><th scope=\"row\">Lot 2 · Requirement 2.4 · Strength</th>"))
        #expect(!redline.contains("Specs/") && !redline.contains("norfolk-remodel-consultation-2013"))
    }
}

/// The redline shows what changed with its clause, and `--full` the whole specification.
@Suite struct RedlineContextTests {
    @Test func theRedlineShowsChangedPartsWithTheirClause() throws {
        let diff = try DiffTests.norfolk()
        let short = String(decoding: try Redline(stylesheet: "").render(diff), as: UTF8.self)
        let full = String(decoding: try Redline(stylesheet: "", full: true).render(diff), as: UTF8.self)
        // The strength of 2.4 changed: its text is shown beside it, as context.
        #expect(short.contains("Work closely with NSFT staff"))
        // A lot's title did not change, nor anything of the clause holding it: only --full shows it.
        let unchanged = "Help make sure that people have the right benefits."
        #expect(full.contains(unchanged))
        #expect(!short.contains(unchanged))
        #expect(short.utf8.count * 3 < full.utf8.count * 2, "\(short.utf8.count) vs \(full.utf8.count)")
    }
}

/// The notice's wording for one edit of each kind, as a golden file read before it was committed.
@Suite struct NoticeWordingGoldenTests {
    @Test func eachKindOfEditReadsAsACouncilWouldPublishIt() throws {
        let diff = try DiffMeaningTests.diff([
            // Coverage: Lot 1 no longer covers Norwich.
            (DiffMeaningTests.lotOneAreas, "    areas: [\(DiffMeaningTests.everyDistrict)]\n    absorbs: [floating-support]"),
            // A restatement with the same meaning (editorial: not in the notice).
            ("      maximum: 2 years\n", "      maximum: 24 months\n"),
            // A KPI target, with its unit and marked invented.
            ("        target: !illustrative 80\n", "        target: !illustrative 85\n"),
            // A requirement renamed and made stronger.
            ("      - id: work-with-nsft\n        strength: must\n", "      - id: work-with-the-trust\n        strength: should\n"),
            // A date made more precise.
            ("  - milestone: consultation-opened\n    date: 2013-07-01", "  - milestone: consultation-opened\n    date: 2013-07-02"),
        ])
        let html = String(decoding: try ClarificationNotice(stylesheet: "").html(diff), as: UTF8.self)
        // The page as text: one line per paragraph, heading fact or table row, cells split by " | ".
        var text = html.replacingOccurrences(of: "\n", with: "")
        for (pattern, replacement) in [("</(title|p|h1|h2|dd|tr|caption)>", "\n"), ("</(td|th|dt)>", " | "), ("<[^>]+>", "")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        let body = text.components(separatedBy: "\n").drop { !$0.hasPrefix("Clarification notice:") }.dropFirst()
        try Golden.check(body.joined(separator: "\n"), named: "notice-wording.txt")
    }
}

@Suite struct RenameCostTests {
    /// Every one of 6,000 requirements given a new id: 6,000 renames, found by content
    /// through a dictionary, not by comparing every pair.
    @Test func renamingEveryRequirementStaysLinear() throws {
        var old = try DiffTests.load(text: DiffTests.small)
        let template = old.lots[0].requirements[0]
        old.lots[0].requirements = (0..<6_000).map { index in
            var requirement = template
            requirement.id.value = "r\(index)"
            requirement.text.value = "Requirement number \(index) with some words to compare."
            return requirement
        }
        var new = old
        for index in new.lots[0].requirements.indices { new.lots[0].requirements[index].id.value = "req-\(index)" }
        let clock = ContinuousClock()
        let start = clock.now
        let diff = SpecificationDiff(old: old, new: new)
        let elapsed = clock.now - start
        #expect(diff.changes.count == 6_000)
        #expect(diff.changes.allSatisfy { $0.kind == .renamed && $0.classification == .editorial })
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
