import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
@testable import TenderRendering

/// Where an officer finds the commercial parts in the pack and the XML, and how the
/// diff classifies a change to each.
@Suite struct CommercialRenderingTests {
    static func spec(_ text: String = CommercialTests.full) throws -> Specification {
        try RenderingSupport.load(text)
    }

    /// The pack's files (the XML already validated against the XSD by the renderer).
    static func render(_ spec: Specification) throws -> (html: String, xml: String) {
        let files = try RenderingSupport.renderer().render(spec)
        func text(_ name: String) -> String {
            String(decoding: files.first { $0.path == name }?.data ?? Data(), as: UTF8.self)
        }
        return (text("tender-pack.html"), text("tender-pack.xml"))
    }

    static func section(_ id: String, in html: String) -> String {
        guard let start = html.range(of: "<section id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        guard let end = rest.range(of: "</section>") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }

    @Test func coverShowsTheCouncilsReferenceAndNotice() throws {
        let (html, _) = try Self.render(try Self.spec())
        #expect(html.contains("<dt>Reference</dt>\n<dd><code>ECC-2026-014</code></dd>"))
        #expect(html.contains("<dt>Notice</dt>\n<dd><code>2026/S 000-012345</code></dd>"))
        #expect(!html.contains("<code>commercial</code>"), "the file id is not the reference when one is given")
        // Without a reference the specification's id stands in, as before.
        let (plain, _) = try Self.render(try RenderingSupport.loadSpec(named: "staged-model.yaml"))
        #expect(plain.contains("<dt>Reference</dt>\n<dd><code>staged-model</code></dd>"))
    }

    @Test func howToRespondGivesThePortalAndContact() throws {
        let (html, _) = try Self.render(try Self.spec())
        let respond = Self.section("how-to-respond", in: html)
        #expect(respond.contains("<dt>Tendering portal</dt>"))
        #expect(respond.contains("In-Tend: <a href=\"https://in-tendhost.co.uk/example/aspx/Home\">https://in-tendhost.co.uk/example/aspx/Home</a>"))
        #expect(respond.contains("Sam Jones, Commissioning officer, <a href=\"mailto:sam.jones@example.gov.uk\">sam.jones@example.gov.uk</a>"))
    }

    @Test func contractTermsGiveWholeLifeValueAndVAT() throws {
        let (html, xml) = try Self.render(try Self.spec())
        let contract = Self.section("contract", in: html)
        #expect(contract.contains("<dt>Whole-life value</dt>"))
        #expect(contract.contains("£5,000,000</dd>") || contract.contains("£5,000,000 (over 5 years"))
        #expect(contract.contains("(over 5 years, with every extension)"))
        #expect(contract.contains("<dd>The values exclude VAT</dd>"))
        #expect(contract.contains("<dt>Whole-life value including VAT</dt>\n<dd>£6,000,000</dd>"))
        #expect(xml.contains("<wholeLifeValue currency=\"GBP\">5000000</wholeLifeValue>"))
        #expect(xml.contains("<vat>excluded</vat>"))
        #expect(xml.contains("<wholeLifeValueIncludingVAT currency=\"GBP\">6000000</wholeLifeValueIncludingVAT>"))
    }

    @Test func procedureSectionSaysHowTheContractIsAwarded() throws {
        let (html, xml) = try Self.render(try Self.spec())
        let procedure = Self.section("procedure", in: html)
        #expect(procedure.contains("</span> How the contract will be awarded</h3>"))
        #expect(procedure.contains("<dd>Competitive flexible procedure</dd>"))
        #expect(procedure.contains("The estimated whole-life value, £6,000,000 including VAT, is at or above the light-touch threshold of £663,540."))
        #expect(procedure.contains("suppliers appointed per lot: up to 2; contracts called off by direct award and mini-competition; the framework runs for 4 years."))
        #expect(procedure.contains("<dt>Most lots one supplier may bid for</dt>\n<dd>1 lot</dd>"))
        #expect(procedure.contains("<li id=\"procedure-stage-tender\">"))
        #expect(xml.contains("<procedure ocdsMethod=\"selective\">competitive-flexible</procedure>"))
        #expect(xml.contains("<lightTouch threshold=\"663540\">true</lightTouch>"))
        #expect(xml.contains("<maximumBids>1</maximumBids>"))
        #expect(xml.contains("<callOff>mini-competition</callOff>"))
    }

    @Test func eachLotShowsItsValueAndTheLotsItWorksWith() throws {
        let (html, xml) = try Self.render(try Self.spec())
        let buying = Self.section("buying", in: html)
        #expect(buying.contains("<th scope=\"col\">Estimated annual value</th>"))
        #expect(buying.contains("<td class=\"number\">£600,000</td>"))
        let value = Self.section("lot-outreach_value", in: html)
        #expect(value.contains("<dt>Annual value</dt>\n<dd>£400,000</dd>"))
        #expect(value.contains("<sup class=\"illustrative-mark\">"), "the invented whole-life value is marked")
        let worksWith = Self.section("lot-outreach_works-with", in: html)
        #expect(worksWith.contains("<a href=\"#lot-locality\">Lot 1: Locality support</a>: Hands people on to the locality service."))
        #expect(xml.contains("<worksWith lot=\"locality\">"))
        #expect(xml.contains("<wholeLifeValue illustrative=\"true\" currency=\"GBP\">2000000</wholeLifeValue>"))
    }

    @Test func anAwardedPackRecordsWhoWonWhichLot() throws {
        let (html, xml) = try Self.render(try Self.spec())
        let award = Self.section("award", in: html)
        #expect(award.contains("</span> Award</h3>"))
        #expect(award.contains("Contract awarded: <time datetime=\"2026-11-01\">1 November 2026</time>."))
        #expect(award.contains("<td>Example Support Ltd</td>\n<td>01234567</td>"))
        #expect(award.contains("<td>Outreach Trust</td>\n<td>—</td>\n<td>8 November 2026</td>"))
        #expect(html.contains("</span> Award</a></li>"))
        #expect(xml.contains("<contract lot=\"locality\">\n      <supplier>Example Support Ltd</supplier>\n      <companyNumber>01234567</companyNumber>"))
        // At tender there is nothing awarded to show.
        let tender = try Self.spec(CommercialTests.full.replacingOccurrences(of: "status: awarded", with: "status: tender"))
        #expect(Self.section("award", in: try Self.render(tender).html).isEmpty)
    }

    // MARK: Diff

    static func diff(_ edit: (inout Specification) -> Void) throws -> SpecificationDiff {
        let old = try spec()
        var new = old
        edit(&new)
        return SpecificationDiff(old: old, new: new)
    }

    static func classification(_ diff: SpecificationDiff, _ keyPath: String) -> Classification? {
        diff.changes.first { $0.keyPath == keyPath }?.classification
    }

    @Test func moneyProcedureAndLotLimitsAreMaterial() throws {
        let diff = try Self.diff { spec in
            spec.lots[0].annualValue?.value = 650_000
            spec.contract?.wholeLifeValue?.value = 5_250_000
            spec.procurement?.procedure?.value = .open
            spec.procurement?.lotLimits?.maximumBids?.value = 2
            spec.procurement?.portal?.url?.value = "https://other.example.org/"
            spec.award?.contracts[2].annualValue?.value = 400_000
        }
        #expect(Self.classification(diff, "lots/locality/annualValue") == .material)
        #expect(Self.classification(diff, "contract/wholeLifeValue") == .material)
        #expect(Self.classification(diff, "procurement/procedure") == .material)
        #expect(Self.classification(diff, "procurement/lotLimits/maximumBids") == .material)
        #expect(Self.classification(diff, "procurement/portal/url") == .material)
        #expect(Self.classification(diff, "award/contracts/outreach Outreach Trust/annualValue") == .material)
        let text = DiffTextReport(colour: false).render(diff)
        #expect(text.contains("material   changed  Lot 1 · Annual value: £600,000 → £650,000"), "\(text)")
    }

    @Test func contactReferenceAndNoticeAreEditorial() throws {
        let diff = try Self.diff { spec in
            spec.procurement?.contact?.email?.value = "commissioning@example.gov.uk"
            spec.procurement?.contact?.name?.value = "Alex Morgan"
            spec.procurement?.reference?.value = "ECC-2026-015"
            spec.procurement?.notice?.value = "2026/S 000-099999"
        }
        #expect(diff.changes.count == 4)
        #expect(diff.changes.allSatisfy { $0.classification == .editorial }, "\(diff.changes.map { "\($0.keyPath) \($0.classification)" })")
    }

    @Test func aLotDependencyAddedIsMaterial() throws {
        let diff = try Self.diff { spec in
            spec.lots[0].worksWith.append(LotDependency(lot: spec.lots[1].id, description: nil, location: spec.lots[0].location))
        }
        let added = try #require(diff.changes.first { $0.keyPath == "lots/locality/worksWith/outreach" })
        #expect(added.kind == .added)
        #expect(added.classification == .material)
    }

    // MARK: The awarded Norfolk remodel

    @Test func theAwardedRemodelIsTheTenderWithItsAward() throws {
        let tender = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let awarded = try RenderingSupport.loadSpec(named: "norfolk-remodel-awarded-2014.yaml")
        let diff = SpecificationDiff(old: tender, new: awarded)
        let outside = diff.changes.filter { !["id", "version", "status", "supersedes", "award"].contains($0.key.first ?? "") }
        #expect(outside.isEmpty, """
            Specs/norfolk-remodel-awarded-2014.yaml is norfolk-remodel-tender-2013.yaml as awarded: \
            make the same change in both files. Differences: \(outside.map(\.keyPath))
            """)
        let award = diff.changes.filter { $0.key.first == "award" }
        #expect(!award.isEmpty && award.allSatisfy { $0.kind == .added && $0.classification == .material })
        #expect(awarded.award?.contracts.map(\.lot.value) == ["low-level-support", "complex-needs-support"])
        #expect(awarded.award?.contracts.allSatisfy { $0.supplier.value == "Together for Mental Wellbeing" && $0.supplier.provenance == .source("together-referral") } == true)
        let html = try Self.render(awarded).html
        let section = Self.section("award", in: html)
        #expect(section.contains("<td>Together for Mental Wellbeing</td>"))
        #expect(section.contains("<a href=\"#lot-complex-needs-support\">Lot 2: Housing related support service for people with complex needs</a>"))
    }

    // MARK: Every commercial concept, for the validators

    /// The full commercial example (a framework, several suppliers on a lot) and a
    /// dynamic market instead of the framework, in packs of their own.
    static var validatorSpecs: [(pack: String, text: String)] {
        [("commercial-framework", CommercialTests.full),
         ("commercial-dynamic-market", CommercialTests.full.replacingOccurrences(
            of: "framework: {suppliersPerLot: 2, callOff: [direct-award, mini-competition], term: 4 years}",
            with: "dynamicMarket: {name: Supported accommodation dynamic market, reference: DM-2025-01}"))]
    }

    static func renderValidatorSpecs(with writer: PackWriter, renderer: TenderPackRenderer) throws {
        for (pack, text) in validatorSpecs {
            try writer.write(try renderer.render(try spec(text)), pack: pack)
        }
    }

    @Test func aDynamicMarketIsNamedWhereTheProcedureIs() throws {
        let text = Self.validatorSpecs[1].text
        #expect(text.contains("dynamicMarket:"))
        let (html, xml) = try Self.render(try Self.spec(text))
        #expect(Self.section("procedure", in: html).contains("<dt>Dynamic market</dt>\n<dd>Supported accommodation dynamic market (<code>DM-2025-01</code>)</dd>"))
        #expect(xml.contains("<dynamicMarket>\n      <name>Supported accommodation dynamic market</name>\n      <reference>DM-2025-01</reference>"))
    }
}
