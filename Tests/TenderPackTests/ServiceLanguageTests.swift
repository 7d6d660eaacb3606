import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
import TenderRendering
import TenderValidation

/// The service language of issue 8: capacity, service types, staffing cover, the area
/// hierarchy with intended overlaps, contract-management KPIs, and the seeds' own
/// wording (a flexible two-year norm, "up to 1-3 hours").
@Suite(.serialized)
struct ServiceLanguageTests {
    /// A small valid specification with `lots:` replaced, for loader and rendering tests.
    static func spec(lots: String, extra: String = "") -> String {
        RuleExample.fragment(extra + "lots:\n" + lots).data.string
    }

    static func diagnostics(_ text: String) -> [Diagnostic] {
        let result = SpecLoader.load(text: text, file: "test.yaml")
        guard let spec = result.specification else { return result.diagnostics }
        return result.diagnostics + Validator.validate(spec)
    }

    static func rendered(_ text: String, file name: String = "tender-pack.html") throws -> String {
        let spec = try RenderingSupport.load(text)
        let files = try RenderingSupport.renderer().render(spec)
        let file = try #require(files.first { $0.path == name })
        return String(decoding: file.data, as: UTF8.self)
    }

    /// "up to 1-3 hours" is a ceiling given as a band: no minimum is invented.
    @Test func upToBandHasNoMinimum() throws {
        let text = Self.spec(lots: """
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
                hoursPerWeek: {upTo: [1, 3]}
            """)
        let spec = try RenderingSupport.load(text)
        let range = try #require(spec.lots[0].intensity?.value.value.range)
        #expect(range.minimum == nil)
        #expect(range.ceilingFrom?.value == 1)
        #expect(range.maximum.value == 3)
        let html = try Self.rendered(text)
        #expect(html.contains("Up to 1–3 hours per person per week"))
        #expect(!html.contains(">1–3 hours"))
    }

    @Test(arguments: [
        ("{upTo: [3, 1]}", "runs backwards"),
        ("{upTo: [1, 2, 3]}", "one number of hours or two"),
        ("{upTo: [1, 3], max: 3}", "without `min` or `max`"),
        ("{upTo: lots}", "expected a number"),
    ])
    func badUpToIsALocatedFinding(_ hours: String, _ message: String) {
        let text = Self.spec(lots: """
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
                hoursPerWeek: \(hours)
            """)
        let findings = Self.diagnostics(text).filter { $0.severity == .error }
        #expect(findings.contains { $0.message.contains(message) && $0.location.line == 6 }, "\(findings)")
    }

    /// The staged model's "up to 2 years" is a norm that "needs to be flexible".
    @Test func flexibleNormAllowsLongerStays() throws {
        let lots = """
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
                durations: {maximum: 3 years}
            """
        let capped = Self.diagnostics(Self.spec(lots: lots, extra: "maximumSupportDuration: 2 years\n"))
        #expect(capped.contains { $0.ruleID == "duration.exceeds-specification" })
        let flexible = Self.spec(lots: lots, extra: """
            maximumSupportDuration:
              upTo: 2 years
              flexible: true
              note: Others may need a little longer than two years.

            """)
        #expect(!Self.diagnostics(flexible).contains { $0.severity == .error })
        let html = try Self.rendered(flexible)
        #expect(html.contains("normally up to 2 years"))
        #expect(html.contains("Others may need a little longer than two years."))
    }

    @Test func flexibleMustBeABoolean() {
        let text = Self.spec(lots: """
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
            """, extra: "maximumSupportDuration: {upTo: 2 years, flexible: sometimes}\n")
        let findings = Self.diagnostics(text)
        #expect(findings.contains { $0.ruleID == "schema.wrong-type" && $0.location.line == 1 && $0.location.column == 51 },
                "\(findings)")
    }

    // MARK: Capacity, service types, cover

    static let accommodation = """
          - id: accommodation
            title: Supported accommodation
            setting:
              type: core-and-cluster
              cover: {daysPerWeek: 7, hours: 09:00-18:00, night: none, outOfHoursCover: concierge}
            areas: all
            capacity:
              - {measure: units, qualifier: at-least, amount: 20}
              - {measure: people, amount: 700}
              - {measure: referrals-per-year, qualifier: about, amount: 300, note: from the county's referral data}
        """

    @Test func capacityAndCoverRenderAsTheSourceSaysThem() throws {
        let text = Self.spec(lots: Self.accommodation)
        #expect(Self.diagnostics(text).isEmpty, "\(Self.diagnostics(text))")
        let html = try Self.rendered(text)
        #expect(html.contains("At least 20 units"))
        #expect(html.contains("700 people supported at any one time"))
        #expect(html.contains("About 300 referrals a year (from the county's referral data)"))
        #expect(html.contains("Staffed 9am–6pm, 7 days a week, no night cover; concierge out of hours"))
        #expect(html.contains("<dd>Core and cluster</dd>"))
        let xml = try Self.rendered(text, file: "tender-pack.xml")
        #expect(xml.contains("<capacity measure=\"units\" qualifier=\"at-least\">"))
        #expect(xml.contains("<hours>09:00-18:00</hours>"))
        #expect(xml.contains("<outOfHoursCover>concierge</outOfHoursCover>"))
    }

    @Test func twentyFourHourCoverWithAWakingNight() throws {
        let text = Self.spec(lots: """
              - id: accommodation
                title: Supported accommodation
                setting: {type: supported-living, cover: {daysPerWeek: 7, hours: 24-hours, night: waking-night}}
                areas: all
            """)
        let spec = try RenderingSupport.load(text)
        #expect(spec.lots[0].setting.cover?.isTwentyFourSeven == true)
        #expect(spec.lots[0].setting.cover?.nightCover.value == true, "night cover follows from `night:`")
        #expect(try Self.rendered(text).contains("24 hours a day, 7 days a week, with a waking night"))
    }

    /// Version-1 shapes keep their meaning and their wording.
    @Test func oldCoverShapesStillRead() throws {
        let text = Self.spec(lots: """
              - id: one
                title: Stage 1
                setting: {type: supported-accommodation, cover: 24/7}
                areas: all
              - id: two
                title: Stage 2
                setting:
                  type: supported-accommodation
                  cover: {daysPerWeek: 5, nightCover: false, outOfHours: Support available evenings and weekends}
                areas: all
            """)
        let html = try Self.rendered(text)
        #expect(html.contains("24 hours a day, 7 days a week"))
        #expect(html.contains("At least 5 days a week, no night cover"))
    }

    @Test(arguments: [
        ("capacity: [{measure: units, amount: lots}]", "schema.wrong-type", "expected a number"),
        ("capacity: [{measure: unit, amount: 20}]", "schema.invalid-value", "not a valid capacity measure"),
        ("capacity: [{measure: units, amount: 20, qualifier: roughly}]", "schema.invalid-value", "not a valid capacity qualifier"),
        ("capacity: [{measure: units}]", "schema.missing-key", "missing required key `amount`"),
        ("capacity: {measure: units, amount: 20}", "schema.wrong-type", "a list of capacities"),
        ("setting: {type: supported-flat, cover: 24/7}", "schema.invalid-value", "not a valid setting"),
        ("setting: {type: supported-accommodation, cover: {daysPerWeek: 7, hours: 9-6, night: none}}", "schema.invalid-value", "not staffed hours"),
        ("setting: {type: supported-accommodation, cover: {daysPerWeek: 7, hours: 09:00-25:00, night: none}}", "schema.invalid-value", "not staffed hours"),
        ("setting: {type: supported-accommodation, cover: {daysPerWeek: 7, night: awake}}", "schema.invalid-value", "not a valid night cover"),
        ("setting: {type: supported-accommodation, cover: {daysPerWeek: 7, night: none, outOfHoursCover: porter}}", "schema.invalid-value", "not a valid out-of-hours cover"),
        ("setting: {type: supported-accommodation, cover: {daysPerWeek: 7}}", "schema.missing-key", "missing required key `nightCover`"),
        ("overlaps: [{lot: central}]", "schema.missing-key", "missing required key `reason`"),
    ])
    func badServiceKeysAreLocatedFindings(_ line: String, _ rule: String, _ message: String) {
        let text = Self.spec(lots: """
              - id: support
                title: Supported accommodation
                areas: all
                \(line.hasPrefix("setting") ? "" : "setting: {type: supported-accommodation, cover: 24/7}\n    ")\(line)
            """)
        let findings = Self.diagnostics(text)
        let line = line.hasPrefix("setting") ? 5 : 6
        #expect(findings.contains { $0.ruleID == rule && $0.message.contains(message) && $0.location.line == line },
                "\(findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID) \($0.message)" })")
    }

    @Test func capacityAndCoverChangesAreMaterial() throws {
        let old = try RenderingSupport.load(Self.spec(lots: Self.accommodation))
        for (from, to) in [("amount: 20}", "amount: 25}"), ("qualifier: at-least", "qualifier: about"),
                           ("hours: 09:00-18:00", "hours: 09:00-17:00"), ("outOfHoursCover: concierge", "outOfHoursCover: on-call"),
                           ("night: none", "night: sleep-in")] {
            let new = try RenderingSupport.load(Self.spec(lots: Self.accommodation.replacingOccurrences(of: from, with: to)))
            let diff = SpecificationDiff(old: old, new: new)
            #expect(!diff.changes.isEmpty, "\(from) → \(to)")
            #expect(diff.changes.allSatisfy { $0.classification == .material }, "\(from) → \(to): \(diff.changes.map(\.fieldKey))")
        }
        let reworded = try RenderingSupport.load(Self.spec(lots: Self.accommodation.replacingOccurrences(
            of: "from the county's referral data", with: "from the county's own referral data")))
        #expect(SpecificationDiff(old: old, new: reworded).changes.map(\.classification) == [.editorial])
    }

    // MARK: Geography

    static let localities = """
        areas:
          - {id: central, name: Central, kind: locality, contains: [norwich, north-norfolk]}
          - {id: norwich, name: Norwich, kind: city}
          - {id: north-norfolk, name: North Norfolk, kind: district}
          - {id: west, name: West, kind: locality}
          - {id: breckland, name: Breckland, kind: district, parent: west}

        """

    static let localityLots = """
          - id: central
            title: Central locality
            setting: floating-support
            areas: [central]
          - id: west
            title: West locality
            setting: floating-support
            areas: [west]
          - id: norwich-outreach
            title: Norwich intensive outreach
            setting: intensive-outreach
            areas: [norwich]
            overlaps:
              - {lot: central, reason: City-wide specialist outreach alongside the locality service}
        """

    @Test func localityLotsCoverTheirDistrictsAndOverlapOnPurpose() throws {
        let text = Self.spec(lots: Self.localityLots, extra: Self.localities)
        #expect(Self.diagnostics(text).isEmpty, "\(Self.diagnostics(text).map(\.message))")
        let html = try Self.rendered(text)
        #expect(html.contains("Central is made up of Norwich and North Norfolk."))
        #expect(html.contains("West is made up of Breckland."))
        #expect(html.contains("These areas only: Central (Norwich and North Norfolk)."))
        #expect(html.contains("Overlaps Lot 1: Central locality on purpose: City-wide specialist outreach alongside the locality service"))
        let xml = try Self.rendered(text, file: "tender-pack.xml")
        #expect(xml.contains("<contains>norwich</contains>"))
        #expect(xml.contains("<parent>west</parent>"))
        #expect(xml.contains("<overlaps lot=\"central\">"))

        // Without the declared overlap, the shared district is a warning at the later lot.
        let undeclared = Self.spec(lots: Self.localityLots.components(separatedBy: "    overlaps:")[0], extra: Self.localities)
        let overlap = Self.diagnostics(undeclared).filter { $0.ruleID == "geography.lots-overlap" }
        #expect(overlap.count == 1)
        #expect(overlap.first?.message.contains("both cover Norwich") == true)
        #expect(overlap.first?.location.line == 19)
    }

    @Test func aDistrictLeftOutOfEveryLocalityIsUncovered() {
        let areas = Self.localities + ""
        let text = Self.spec(lots: """
              - id: central
                title: Central locality
                setting: floating-support
                areas: [central]
            """, extra: areas)
        let uncovered = Self.diagnostics(text).filter { $0.ruleID == "geography.area-uncovered" }
        #expect(uncovered.map(\.location.line) == [6], "Breckland (in West) only; Central's districts are covered")
    }

    @Test(arguments: [
        ("  - {id: central, name: Central, kind: locality, contains: norwich}", "schema.wrong-type", "a list of area ids"),
        ("  - {id: central, name: Central, kind: locality, contains: [Norwich]}", "schema.invalid-id", "not a valid id"),
        ("  - {id: central, name: Central, kind: locality, parent: [west]}", "schema.wrong-type", "expected text"),
    ])
    func badHierarchyKeysAreLocatedFindings(_ line: String, _ rule: String, _ message: String) {
        let text = Self.spec(lots: """
              - id: support
                title: Floating support
                setting: floating-support
                areas: all
            """, extra: "areas:\n" + line + "\n")
        let findings = Self.diagnostics(text)
        #expect(findings.contains { $0.ruleID == rule && $0.message.contains(message) && $0.location.line == 2 },
                "\(findings.map { "\($0.location.line):\($0.location.column) \($0.ruleID) \($0.message)" })")
    }

    /// A hierarchy ten thousand deep is walked without recursion, and a cycle is found.
    @Test func deepHierarchiesAndCycles() {
        var areas = (0..<10_000).map { i in
            var area = Area(id: Field("a\(i)", at: .start(of: "x"), provenance: .illustrative),
                            name: Field("A\(i)", at: .start(of: "x"), provenance: .illustrative),
                            kind: Field(.district, at: .start(of: "x"), provenance: .illustrative), location: .start(of: "x"))
            if i > 0 { area.parent = Field("a\(i - 1)", at: .start(of: "x"), provenance: .illustrative) }
            return area
        }
        let chain = AreaHierarchy(areas)
        #expect(chain.cycle.isEmpty)
        #expect(chain.leaves(of: "a0") == ["a9999"])
        areas[0].parent = Field("a9999", at: .start(of: "x"), provenance: .illustrative)
        #expect(AreaHierarchy(areas).cycle.count == 10_000)
    }

    @Test func localityChangesAreMaterial() throws {
        let old = try RenderingSupport.load(Self.spec(lots: Self.localityLots, extra: Self.localities))
        let moved = try RenderingSupport.load(Self.spec(lots: Self.localityLots, extra: Self.localities.replacingOccurrences(
            of: "parent: west", with: "parent: central")))
        let changes = SpecificationDiff(old: old, new: moved).changes
        #expect(!changes.isEmpty && changes.allSatisfy { $0.classification == .material }, "\(changes.map(\.fieldKey))")
        let reasoned = try RenderingSupport.load(Self.spec(lots: Self.localityLots.replacingOccurrences(
            of: "City-wide specialist", with: "A city-wide specialist"), extra: Self.localities))
        #expect(SpecificationDiff(old: old, new: reasoned).changes.map(\.classification) == [.editorial])
    }

    // MARK: Contract-management KPIs

    static let managementKPI = """
          - id: support
            title: Floating support
            setting: floating-support
            areas: all
            kpis:
              - id: referral-to-start
                kind: contract-management
                indicator: Working days from referral to the start of support
                unit: days
                target: 10
                direction: at-most
                frequency: monthly
                evidence: Referral and case records
        """

    @Test func managementKPIsNeedNoOutcomeAndStandApart() throws {
        let text = Self.spec(lots: Self.managementKPI)
        #expect(Self.diagnostics(text).isEmpty, "no outcome framework is needed: \(Self.diagnostics(text).map(\.message))")
        let html = try Self.rendered(text)
        #expect(html.contains("Contract management indicators for lot 1"))
        #expect(!html.contains("Key performance indicators for lot 1"), "not in the outcome KPI table")
        let schedule = try Self.rendered(text, file: "outcome-schedule.html")
        #expect(schedule.contains("</span> Contract management indicators</h2>"))
        #expect(!schedule.contains("Other measures"), "not an outcome measure missing its outcome")
        let xml = try Self.rendered(text, file: "outcome-schedule.xml")
        #expect(xml.contains("<contractManagement>"))
        #expect(try Self.rendered(text, file: "tender-pack.xml").contains("<kpi id=\"referral-to-start\" kind=\"contract-management\">"))

        // The same KPI without `kind` is an outcome KPI, which must name its outcome.
        let outcomeKPI = Self.spec(lots: Self.managementKPI.replacingOccurrences(of: "        kind: contract-management\n", with: ""))
        #expect(Self.diagnostics(outcomeKPI).contains { $0.ruleID == "kpi.incomplete" && $0.message.contains("`outcome`") })
    }

    @Test func badKPIKindIsALocatedFinding() {
        let text = Self.spec(lots: Self.managementKPI.replacingOccurrences(of: "kind: contract-management", with: "kind: management"))
        let findings = Self.diagnostics(text)
        #expect(findings.contains { $0.ruleID == "schema.invalid-value" && $0.location.line == 8 && $0.location.column == 15
            && $0.message.contains("not a valid KPI kind") }, "\(findings.map { "\($0.location) \($0.message)" })")
    }

    @Test func kpiKindChangeIsMaterial() throws {
        let framework = """
            outcomeFramework:
              name: Outcomes
              domains:
                - id: safe
                  name: Stay safe
                  outcomes: [{id: settled, text: Settled accommodation}]

            """
        let old = try RenderingSupport.load(Self.spec(lots: Self.managementKPI, extra: framework))
        let new = try RenderingSupport.load(Self.spec(lots: Self.managementKPI.replacingOccurrences(
            of: "        kind: contract-management\n", with: "        kind: outcome\n        outcome: settled\n"), extra: framework))
        let kind = SpecificationDiff(old: old, new: new).changes.first { $0.fieldKey == "lots.kpis.kind" }
        #expect(kind?.classification == .material)
    }

    // MARK: The 2017 Norfolk re-tender

    @Test func norfolk2017SaysWhatTheNewsSaid() throws {
        let spec = try RenderingSupport.loadSpec(named: "norfolk-mental-health-2017.yaml")
        #expect(spec.lots.map(\.id.value).prefix(4) == ["central", "west", "east", "norwich-intensive-outreach"])
        let hierarchy = AreaHierarchy(spec.areas)
        #expect(hierarchy.leaves(of: "central") == ["norwich", "north-norfolk", "south-norfolk"])
        let outreach = try #require(spec.lots.first { $0.id.value == "norwich-intensive-outreach" })
        #expect(outreach.setting.kind.value == .intensiveOutreach)
        #expect(outreach.overlaps.map(\.lot.value) == ["central"])
        #expect(spec.outcomeFramework == nil, "no invented outcome framework")
        #expect(spec.lots.flatMap(\.kpis).allSatisfy { $0.isContractManagement })
        #expect(spec.lots.allSatisfy { !$0.capacity.isEmpty })
        // What the sources do not give is marked: the localities' districts.
        #expect(spec.areas.first { $0.id.value == "central" }?.contains.allSatisfy { $0.provenance.isIllustrative } == true)
        let report = try ValidationRun.run(paths: [RenderingSupport.specs.appendingPathComponent("norfolk-mental-health-2017.yaml").path])
        #expect(!report.diagnostics.contains { $0.severity == .error })
        #expect(!report.diagnostics.contains { $0.ruleID.hasPrefix("geography.") }, "coverage and the overlap hold")
    }
}

extension Data {
    var string: String { String(decoding: self, as: UTF8.self) }
}
