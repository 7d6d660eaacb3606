import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderValidation

/// Money, procurement (reference, contact, portal, procedure, framework, lot limits),
/// lot dependencies and the award: loading, rules and their examples.
@Suite struct CommercialTests {
    static let prefixes = ["value.", "procedure.", "lots.", "contact.", "award."]

    static func load(_ fragment: String) -> (Specification?, [Diagnostic]) {
        let result = SpecLoader.load(data: RuleExample.fragment(fragment).data, file: "example.yaml")
        return (result.specification, result.diagnostics + (result.specification.map(Validator.validate) ?? []))
    }

    /// A non-triggering example proves nothing if it fails to load or breaks another rule
    /// (a minimal tender lacks what `lifecycle.*` asks of a tender: that is not its point).
    @Test func commercialExamplesAreOtherwiseClean() {
        for rule in RuleCatalogue.all where Self.prefixes.contains(where: rule.id.hasPrefix) {
            for example in rule.nonTriggering {
                let result = SpecLoader.load(data: example.data, file: "example.yaml")
                #expect(result.diagnostics.isEmpty, "\(rule.id): \(result.diagnostics.map(\.message))")
                let errors = (result.specification.map(Validator.validate) ?? [])
                    .filter { $0.severity == .error && !$0.ruleID.hasPrefix("lifecycle.") }
                #expect(errors.isEmpty, "\(rule.id): \(errors.map { "\($0.ruleID): \($0.message)" })")
            }
            for example in rule.triggering {
                let result = SpecLoader.load(data: example.data, file: "example.yaml")
                #expect(result.diagnostics.isEmpty, "\(rule.id) triggering example has loader findings: \(result.diagnostics.map(\.message))")
            }
        }
    }
}

// MARK: Loading

extension CommercialTests {
    static let full = """
        id: commercial
        title: Commercial example
        version: "1.0"
        status: awarded
        provenance: example-seed
        sources:
          - id: example-seed
            kind: seed
            title: Example seed document
        commissioner: council
        partners:
          - id: council
            name: Example County Council
            kind: county-council
            roles: [lead-commissioner]
        areas:
          - id: north
            name: North
            kind: district
        lots:
          - id: locality
            title: Locality support
            setting: floating-support
            areas: all
            annualValue: 600000
            wholeLifeValue: 3000000
          - id: outreach
            title: Intensive outreach
            setting: floating-support
            areas: all
            annualValue: 400000
            wholeLifeValue: !illustrative 2000000
            worksWith:
              - lot: locality
                description: Hands people on to the locality service.
        contract:
          initialTerm: 3 years
          extensions: [1 year, 1 year]
          annualValue: 1000000
          wholeLifeValue: 5000000
          vat: excluded
          wholeLifeValueIncludingVAT: 6000000
          procedure: selective
        procurement:
          reference: ECC-2026-014
          notice: "2026/S 000-012345"
          contact: {name: Sam Jones, role: Commissioning officer, email: sam.jones@example.gov.uk}
          portal: {name: In-Tend, url: "https://in-tendhost.co.uk/example/aspx/Home"}
          procedure: competitive-flexible
          lightTouch: true
          stages:
            - {id: participation, name: Conditions of participation}
            - {id: tender, name: Tender, description: Written tenders scored against the criteria.}
          framework: {suppliersPerLot: 2, callOff: [direct-award, mini-competition], term: 4 years}
          lotLimits: {maximumBids: 1}
        award:
          date: 2026-11-01
          contracts:
            - {lot: locality, supplier: Example Support Ltd, companyNumber: "01234567", annualValue: 590000}
            - {lot: locality, supplier: Second Provider, companyNumber: SC123456, annualValue: 10000}
            - {lot: outreach, supplier: Outreach Trust, annualValue: 395000, date: 2026-11-08}

        """

    @Test func everyConceptLoads() throws {
        let (spec, findings) = Self.load(Self.full)
        let loaded = try #require(spec)
        #expect(findings.filter { $0.ruleID.hasPrefix("schema.") }.isEmpty, "\(findings.map(\.message))")
        #expect(loaded.lots.map { $0.annualValue?.value } == [600000, 400000])
        #expect(loaded.lots[1].wholeLifeValue?.provenance == .illustrative)
        #expect(loaded.lots[1].worksWith.map(\.lot.value) == ["locality"])
        #expect(loaded.contract?.wholeTermInMonths == 60)
        #expect(loaded.contract?.wholeLifeIncludingVAT?.value == 6000000)
        let p = try #require(loaded.procurement)
        #expect(p.reference?.value == "ECC-2026-014")
        #expect(p.contact?.email?.value == "sam.jones@example.gov.uk")
        #expect(p.procedure?.value == .competitiveFlexible)
        #expect(p.procedure?.value.ocdsMethod == .selective)
        #expect(p.stages.map(\.id.value) == ["participation", "tender"])
        #expect(p.framework?.callOff.map(\.value) == [.directAward, .miniCompetition])
        #expect(p.lotLimits?.maximumBids?.value == 1)
        #expect(loaded.award?.contracts.count == 3)
        #expect(loaded.award?.contracts[1].companyNumber?.value == "SC123456")
        // Nothing commercial is wrong in it (lifecycle rules ask for a timeline and evaluation).
        let commercial = findings.filter { f in Self.prefixes.contains { f.ruleID.hasPrefix($0) } }
        #expect(commercial.isEmpty, "\(commercial.map { "\($0.ruleID): \($0.message)" })")
    }

    /// Each bad value is a located loader finding, not a crash or a silent default.
    @Test(arguments: [
        ("contract:\n  wholeLifeValue: -5\n", "schema.invalid-value", 2, 19),
        ("contract:\n  vat: maybe\n", "schema.invalid-value", 2, 8),
        ("procurement:\n  procedure: restricted\n", "schema.invalid-value", 2, 14),
        ("procurement:\n  lotLimits: {maximumBids: 0}\n", "schema.invalid-value", 2, 28),
        ("procurement:\n  framework: {callOff: [negotiation]}\n", "schema.invalid-value", 2, 25),
        ("procurement:\n  contact: {phone: 0123}\n", "schema.unknown-key", 2, 13),
        ("award:\n  notStated: Not known.\n  date: 2018-01-01\n", "schema.invalid-value", 2, 3),
        ("award:\n  contracts:\n    - {lot: support, supplier: X, companyNumber: '12345'}\n", "schema.invalid-value", 3, 50),
        ("award:\n  contracts:\n    - {lot: support}\n", "schema.missing-key", 3, 7),
    ])
    func badCommercialValuesAreLocated(_ input: (String, String, Int, Int)) {
        let (fragment, rule, line, column) = input
        let result = SpecLoader.load(data: RuleExample.fragment(fragment).data, file: "example.yaml")
        let places = result.diagnostics.map { "\($0.ruleID) \($0.location.line):\($0.location.column) \($0.message)" }
        #expect(result.diagnostics.contains { $0.ruleID == rule && $0.location.line == line && $0.location.column == column },
                "\(places)")
    }

    @Test func contractAnnualValueStillWorksAlone() throws {
        let (spec, findings) = Self.load("contract:\n  annualValue: 1200000\n  procedure: open\n")
        #expect(spec?.contract?.annualValue?.value == 1200000)
        #expect(spec?.contract?.procedure?.value == .open)
        #expect(findings.isEmpty)
    }

    @Test func emailAndPortalShapes() {
        for good in ["a@b.co", "sam.jones+tenders@example.gov.uk"] { #expect(ContactEmailRuleProbe.isEmail(good), "\(good)") }
        for bad in ["", "a@", "@b.co", "a b@c.uk", "a@b", "a@@b.uk", "a@-b.uk", "a@b..uk"] {
            #expect(!ContactEmailRuleProbe.isEmail(bad), "\(bad)")
        }
        for good in ["https://in-tendhost.co.uk/x", "HTTPS://a.b", "https://a.b:8443/p?q=1#f"] {
            #expect(ContactEmailRuleProbe.isHTTPS(good), "\(good)")
        }
        for bad in ["http://a.b", "https://", "https://a", "https://a b.uk", "https://user@a.b", "ftp://a.b",
                    "https://a.b:x", "javascript:alert(1)", "https://a.b/\u{202E}"] {
            #expect(!ContactEmailRuleProbe.isHTTPS(bad), "\(bad)")
        }
    }
}

/// The shape checks through the rules' own findings.
enum ContactEmailRuleProbe {
    static func isEmail(_ text: String) -> Bool {
        !CommercialTests.load("procurement:\n  contact: {email: \(quoted(text))}\n").1.contains { $0.ruleID == "contact.email" }
    }

    static func isHTTPS(_ text: String) -> Bool {
        !CommercialTests.load("procurement:\n  portal: {url: \(quoted(text))}\n").1.contains { $0.ruleID == "contact.portal-url" }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0.isASCII ? String($0) : String(format: "\\u%04X", $0.value) }.joined() + "\""
    }
}
