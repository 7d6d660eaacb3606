import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel

/// The diff classification table, tested against expectations written here by hand:
/// every key's classification, and real edits to a specification classified as the
/// table says. (A test that read its expectations from the table could never fail.)
@Suite("Classification table")
struct ClassificationTableTests {
    /// What bidders would price or propose differently: written out, key by key.
    static let material: [String] = [
        "commissioner", "areas", "areas.contains", "areas.parent", "timeline", "timeline.date", "timeline.time",
        "timeline.end", "aims", "maximumSupportDuration", "maximumSupportDuration.flexible", "lots", "lots.aims",
        "lots.clientGroup", "lots.eligibility", "lots.eligibility.text", "lots.exclusions", "lots.exclusions.text",
        "lots.referralSources", "lots.referralSources.partner", "lots.setting", "lots.setting.cover",
        "lots.capacity", "lots.capacity.amount", "lots.capacity.qualifier", "lots.intensity", "lots.durations",
        "lots.areas", "lots.overlaps", "lots.partnerships", "lots.absorbs", "lots.stage", "lots.requirements",
        "lots.requirements.strength", "lots.requirements.text", "lots.outcomes", "lots.kpis", "lots.kpis.indicator",
        "lots.kpis.unit", "lots.kpis.target", "lots.kpis.direction", "lots.kpis.frequency", "lots.kpis.evidence",
        "lots.kpis.kind", "stages", "stages.remit", "stages.durations", "stages.entryRoutes", "stages.moveOnRoutes",
        "evaluation", "evaluation.socialValue", "evaluation.minimumSocialValue", "evaluation.criteria.category",
        "evaluation.criteria.subCriteria", "evaluation.criteria.subCriteria.weight", "evaluation.criteria.questions",
        "evaluation.criteria.questions.question", "evaluation.criteria.questions.weight",
        "evaluation.criteria.questions.wordLimit", "evaluation.scoringScale", "evaluation.scoringScale.definition",
        "contract", "pricing", "pricing.note", "pricing.lines", "pricing.lines.lot", "pricing.lines.item",
        "pricing.lines.basis", "pricing.lines.volume", "pricing.lines.cap", "contract.wholeLifeValue",
        "contract.vat", "contract.wholeLifeValueIncludingVAT", "lots.annualValue", "lots.wholeLifeValue",
        "lots.worksWith", "procurement", "procurement.portal.url", "award",
    ]

    /// Wording, order, labels and background: bidders need not re-price.
    static let editorial: [String] = [
        "id", "title", "version", "status", "supersedes", "sources", "partners", "funding", "areas.name",
        "areas.kind", "timeline.name", "timeline.label", "timeline.description", "background", "aims.text",
        "maximumSupportDuration.note", "currentServices", "consultation", "outcomeFramework", "lots.number",
        "lots.title", "lots.summary", "lots.aims.text", "lots.referralSources.name", "lots.setting.jointlyFundedBy",
        "lots.capacity.note", "lots.intensity.note", "lots.durations.note", "lots.overlaps.reason",
        "lots.partnerships.description", "lots.kpis.outcome", "stages.number", "stages.name", "stages.remit.text",
        "stages.durations.note", "stages.entryRoutes.note", "stages.moveOnRoutes.note", "evaluation.criteria.name",
        "evaluation.criteria.subCriteria.name", "evaluation.scoringScale.label", "contract.cpv",
        "pricing.lines.note", "howToRespond", "lots.worksWith.description", "procurement.reference",
        "procurement.notice", "procurement.contact", "procurement.portal.name", "procurement.stages.name",
        "award.notStated", "award.contracts.companyNumber", "order",
    ]

    @Test("every key of the table is classified as written here, and the table has no other keys")
    func everyKey() {
        #expect(Set(Self.material).isDisjoint(with: Self.editorial))
        for key in Self.material { #expect(ClassificationTable.classify(key) == .material, "\(key) should be material") }
        for key in Self.editorial { #expect(ClassificationTable.classify(key) == .editorial, "\(key) should be editorial") }
        let table = Set(ClassificationTable.entries.map(\.key))
        #expect(table.subtracting(Self.material + Self.editorial).sorted() == [], "new table entries need an expectation here")
        #expect(Set(Self.material + Self.editorial).subtracting(table).sorted() == [], "expected entries missing from the table")
        for entry in ClassificationTable.entries {
            #expect(entry.classification == (Self.material.contains(entry.key) ? .material : .editorial), "\(entry.key)")
        }
    }

    @Test("a key not listed takes its nearest listed parent's classification; moves are editorial")
    func inheritance() {
        #expect(ClassificationTable.classify("lots.setting.cover.daysPerWeek") == .material)
        #expect(ClassificationTable.classify("lots.setting.jointlyFundedBy.name") == .editorial)
        #expect(ClassificationTable.classify("lots.kpis.outcome.id") == .editorial)
        #expect(ClassificationTable.classify("areas.name.text") == .editorial)
        #expect(ClassificationTable.classify("lots.requirements", moved: true) == .editorial)
        #expect(ClassificationTable.classify("lots.kpis", moved: true) == .editorial)
        #expect(ClassificationTable.classify("lots.kpis", moved: true, overrides: ["lots.kpis.order": .material]) == .material)
        #expect(ClassificationTable.classify("lots.setting", overrides: ["lots.setting": .editorial]) == .editorial)
    }

    // MARK: Real edits

    struct Edit: Sendable, CustomTestStringConvertible {
        /// The schema key the change must carry.
        let field: String
        /// The classification written by hand.
        let expected: Classification
        let old: String
        let new: String
        var testDescription: String { "\(field) is \(expected.rawValue)" }
    }

    static let m = Classification.material
    static let e = Classification.editorial

    /// Edits to `Specs/accommodation-pathway-2026.yaml`, each one snippet replaced.
    static let edits: [Edit] = [
        Edit(field: "lots.setting", expected: m, old: "setting: dispersed-accommodation", new: "setting: floating-support"),
        Edit(field: "lots.setting.cover", expected: m, old: "cover: {daysPerWeek: 7, night: none,", new: "cover: {daysPerWeek: 5, night: none,"),
        Edit(field: "lots.capacity.amount", expected: m, old: "{measure: units, qualifier: about, amount: 18}", new: "{measure: units, qualifier: about, amount: 20}"),
        // A capacity is identified by its measure and qualifier: changing the qualifier
        // removes one capacity and adds another.
        Edit(field: "lots.capacity", expected: m, old: "{measure: units, qualifier: about, amount: 18}", new: "{measure: units, qualifier: at-least, amount: 18}"),
        Edit(field: "lots.intensity", expected: m, old: "hoursPerWeek: varies-with-need", new: "hoursPerWeek: {max: 6}"),
        Edit(field: "lots.requirements.strength", expected: m, old: "        strength: should", new: "        strength: must"),
        Edit(field: "lots.requirements.text", expected: m, old: "text: Help people move on to a lower-needs lot", new: "text: Help people move to a lower-needs lot"),
        Edit(field: "lots.kpis.target", expected: m, old: "target: !illustrative 60", new: "target: !illustrative 65"),
        Edit(field: "lots.clientGroup", expected: m, old: "clientGroup: Adults ready to move on", new: "clientGroup: Adults who are ready to move on"),
        Edit(field: "lots.title", expected: e, old: "title: Dispersed move-on flats with visiting support", new: "title: Dispersed move-on flats"),
        Edit(field: "lots.number", expected: e, old: "    number: 3\n", new: "    number: 4\n"),
        Edit(field: "lots.annualValue", expected: m, old: "annualValue: 400000", new: "annualValue: 410000"),
        Edit(field: "title", expected: e, old: "title: Accommodation-Based Support Pathway", new: "title: An Accommodation-Based Support Pathway"),
        Edit(field: "version", expected: e, old: "version: \"1.0\"", new: "version: \"1.1\""),
        Edit(field: "areas.name", expected: e, old: "{id: borough, name: The borough, kind: county}", new: "{id: borough, name: The whole borough, kind: county}"),
        Edit(field: "partners", expected: e, old: "    name: Probation\n", new: "    name: The probation service\n"),
        Edit(field: "timeline.date", expected: m, old: "date: 2026-04-10", new: "date: 2026-04-17"),
        Edit(field: "timeline.time", expected: m, old: "time: \"12:00\"", new: "time: \"17:00\""),
        Edit(field: "timeline.label", expected: e, old: "label: from November 2026", new: "label: in November 2026"),
        Edit(field: "timeline.description", expected: e, old: "description: Contracts awarded after evaluation.", new: "description: Contracts are awarded after evaluation."),
        Edit(field: "background", expected: e, old: "The current contracts end in October 2026.", new: "The current contracts end in autumn 2026."),
        Edit(field: "evaluation.criteria.questions.wordLimit", expected: m, old: "          weight: 10\n          wordLimit: 750", new: "          weight: 10\n          wordLimit: 800"),
        Edit(field: "evaluation.minimumSocialValue", expected: m, old: "  minimumSocialValue: 10", new: "  minimumSocialValue: 5"),
        Edit(field: "contract", expected: m, old: "initialTerm: 3 years", new: "initialTerm: 4 years"),
        Edit(field: "contract.vat", expected: m, old: "  vat: excluded", new: "  vat: included"),
        Edit(field: "pricing.note", expected: m, old: "Prices exclude VAT and cover support only", new: "Prices exclude VAT and cover support and rent"),
        Edit(field: "pricing.lines.cap", expected: m, old: "      cap: 1150", new: "      cap: 1200"),
        Edit(field: "pricing.lines.volume", expected: m, old: "volume: {hours: 15600}", new: "volume: {hours: 16000}"),
        Edit(field: "pricing.lines.note", expected: e, old: "note: 15,600 hours a year is 300 hours a week for 52 weeks.", new: "note: 300 hours a week for 52 weeks."),
        Edit(field: "procurement.reference", expected: e, old: "reference: EBC-ASC-2026-007", new: "reference: EBC-ASC-2026-008"),
        Edit(field: "procurement.portal.url", expected: m, old: "url: https://procurement.example.org/tenders", new: "url: https://tenders.example.org/"),
        Edit(field: "procurement.portal.name", expected: e, old: "name: Example Borough Council e-tendering portal", new: "name: Example Borough Council tendering portal"),
        Edit(field: "procurement.contact", expected: e, old: "name: Alex Morgan", new: "name: Sam Morgan"),
        Edit(field: "procurement", expected: m, old: "maximumAwards: 2", new: "maximumAwards: 3"),
        Edit(field: "howToRespond", expected: e, old: "Bidders may bid for one, two or all three lots.", new: "Bidders may bid for any of the lots."),
    ]

    static let specificationText: String = (try? String(
        contentsOf: TestSupport.specsURL.appendingPathComponent("accommodation-pathway-2026.yaml"), encoding: .utf8)) ?? ""

    static func load(_ text: String) throws -> Specification {
        let result = SpecLoader.load(text: text, file: "accommodation-pathway-2026.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error } == [], "\(result.diagnostics.map(\.message))")
        return try #require(result.specification)
    }

    @Test(arguments: edits)
    func edit(_ edit: Edit) throws {
        let text = Self.specificationText
        #expect(text.components(separatedBy: edit.old).count == 2, "`\(edit.old)` must occur exactly once")
        let old = try Self.load(text)
        let new = try Self.load(text.replacingOccurrences(of: edit.old, with: edit.new))
        // The table alone decides (no policy file).
        let diff = SpecificationDiff(old: old, new: new, policy: DiffPolicy())
        let changes = diff.changes
        #expect(!changes.isEmpty, "the edit made no change")
        let matching = changes.filter { $0.fieldKey == edit.field || $0.fieldKey.hasPrefix(edit.field + ".") }
        #expect(!matching.isEmpty, "no change at \(edit.field): \(changes.map { "\($0.fieldKey) \($0.keyPath)" })")
        for change in changes {
            #expect(change.classification == edit.expected, "\(change.keyPath) (\(change.fieldKey)) is \(change.classification.rawValue)")
        }
        // The notice and the OCDS amendment list exactly the material changes.
        #expect(diff.materialChanges.count == (edit.expected == .material ? changes.count : 0))
        #expect(diff.noticeChanges.map(\.fingerprint) == changes.filter { $0.classification == .material }.map(\.fingerprint))
    }

    // MARK: The notice and the OCDS amendment

    /// Three material and three editorial edits at once.
    static let mixed: [Edit] = [0, 7, 9, 16, 20, 29].map { edits[$0] }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    @Test("the notice (HTML and XML) and the OCDS amendment list exactly the material changes, in order")
    func noticeListsExactlyTheMaterialChanges() throws {
        let text = Self.specificationText
        var edited = text
        for edit in Self.mixed { edited = edited.replacingOccurrences(of: edit.old, with: edit.new) }
        let old = try Self.load(text)
        let new = try Self.load(edited)
        let diff = SpecificationDiff(old: old, new: new, policy: DiffPolicy())
        // Expected from the hand-written classifications, not from the notice's own filter.
        let materialFields = Self.mixed.filter { $0.expected == .material }.map(\.field)
        let material = diff.changes.filter { change in
            materialFields.contains { change.fieldKey == $0 || change.fieldKey.hasPrefix($0 + ".") }
        }
        #expect(material.count >= 3)
        #expect(diff.changes.count > material.count, "the edits made no editorial change")
        let fingerprints = material.map(\.fingerprint)

        let xml = String(decoding: try ClarificationNotice.xml(diff, schema: nil), as: UTF8.self)
        #expect(Self.matches(#"fingerprint="([0-9a-f]+)""#, in: xml) == fingerprints)
        #expect(Self.matches(#"reference="(C-[0-9]+)""#, in: xml) == (1...fingerprints.count).map { $0 < 10 ? "C-0\($0)" : "C-\($0)" })

        let html = String(decoding: try ClarificationNotice(stylesheet: "").html(diff), as: UTF8.self)
        #expect(Self.matches(#"<tr id="(C-[0-9]+)""#, in: html).count == fingerprints.count)
        #expect(html.contains("The \(fingerprints.count) changes below may affect what you price or propose"))

        let amendment = OCDSAmendment(diff: diff, old: old, new: new)
        #expect(amendment.changeLines.count == fingerprints.count)
        let package = try #require(amendment.package())
        let json = String(decoding: package.data, as: UTF8.self)
        #expect(Self.matches(#"Fingerprint ([0-9a-f]+)\."#, in: json) == fingerprints)
        #expect(json.contains("\(fingerprints.count) material changes (a bidder would price or propose differently)"))
    }
}
