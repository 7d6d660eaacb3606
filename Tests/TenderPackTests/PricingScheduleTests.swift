import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
@testable import TenderRendering
import TenderValidation
import XMLKit

/// The pricing schedule: what bidders price for each lot, on what basis, against what
/// volumes, with what caps — loaded, checked, rendered and compared.
@Suite struct PricingScheduleTests {
    static let lots = """
        lots:
          - {id: support, title: Floating support, setting: floating-support, areas: all}
          - id: accommodation
            title: Supported accommodation
            setting: floating-support
            areas: all
            capacity:
              - {measure: units, qualifier: about, amount: 20}

        """

    static let pricing = """
        pricing:
          note: Prices exclude VAT.
          lines:
            - {id: hourly, lot: support, item: Floating support, basis: per-hour, volume: {hours: 6240}, cap: 24.5}
            - id: unit-week
              lot: accommodation
              item: Support per unit
              basis: per-unit-per-week
              volume: {units: 20, weeks: 52}
            - {id: on-call, lot: accommodation, item: On-call service, basis: annual-block, volume: {years: 1}, cap: 50000}

        """

    static func text(_ pricing: String = pricing, status: String = "tender") -> String {
        // Lots replace the base's lots; the base's other keys follow.
        var base = RuleExample.base.replacingOccurrences(of: "status: draft", with: "status: \(status)")
        base = String(base[..<base.range(of: "lots:")!.lowerBound])
        return base + lots + pricing
    }

    static func spec(_ pricing: String = pricing, status: String = "draft") throws -> Specification {
        try RenderingSupport.load(text(pricing, status: status))
    }

    /// At tender status, where the pack shows the schedule.
    static func tenderSpec() throws -> Specification {
        var spec = try spec()
        spec.status.value = .tender
        return spec
    }

    static func findings(_ pricing: String) -> [Diagnostic] {
        let result = SpecLoader.load(text: text(pricing, status: "draft"), file: "test.yaml")
        return result.diagnostics + (result.specification.map(Validator.validate) ?? [])
    }

    @Test func loadsLinesVolumesAndCaps() throws {
        let pricing = try #require(try Self.spec().pricing)
        #expect(pricing.note?.value == "Prices exclude VAT.")
        #expect(pricing.lines.map(\.id.value) == ["hourly", "unit-week", "on-call"])
        #expect(pricing.lines[0].basis.value == .perHour)
        #expect(pricing.lines[0].cap?.value == 24.5)
        #expect(pricing.lines[1].volume?.summary == "20 units × 52 weeks")
        #expect(pricing.lines[1].volume?.total == 1_040)
        #expect(pricing.lines(for: "accommodation").count == 2)
        #expect(Validator.validate(try Self.spec()).filter { $0.ruleID.hasPrefix("pricing.") }.isEmpty)
    }

    @Test func anUnknownBasisOrVolumeKeyIsALocatedFinding() {
        let findings = Self.findings("""
            pricing:
              lines:
                - {id: hourly, lot: support, item: Support, basis: per-minute, volume: {hour: 6240}}
            """)
        let basis = findings.first { $0.ruleID == "schema.invalid-value" }
        #expect(basis?.message.contains("per-hour") == true)
        let key = findings.first { $0.ruleID == "schema.unknown-key" }
        #expect(key?.notes.contains { $0.contains("hours") } == true, "did you mean `hours`")
    }

    @Test func aNegativeCapIsRefusedWhereItIsWritten() {
        let findings = Self.findings("""
            pricing:
              lines:
                - {id: hourly, lot: support, item: Support, basis: per-hour, volume: {hours: 6240}, cap: -5}
            """)
        #expect(findings.contains { $0.ruleID == "schema.invalid-value" && $0.message.contains("price cap") })
    }

    @Test func theVolumeMustFitTheBasisAndTheLotsCapacity() {
        let findings = Self.findings("""
            pricing:
              lines:
                - {id: hourly, lot: support, item: Support, basis: per-hour, volume: {units: 20, weeks: 52}}
                - {id: unit-week, lot: accommodation, item: Support, basis: per-unit-per-week, volume: {units: 25, weeks: 52}}
            """)
        let basis = findings.filter { $0.ruleID == "pricing.basis-volume" }
        #expect(basis.map(\.message) == ["price line `hourly` is priced per hour, so its volume is in `hours`; it gives `units` and `weeks`"])
        let capacity = findings.filter { $0.ruleID == "pricing.volume-capacity" }
        #expect(capacity.map(\.message) == ["price line `unit-week` is evaluated against 25 units, but lot `accommodation` buys about 20 units"])
    }

    func render(_ spec: Specification) throws -> (html: String, xml: Data) {
        let files = try RenderingSupport.renderer().render(spec)
        let html = files.first { $0.path == "tender-pack.html" }
            .map { String(decoding: $0.data, as: UTF8.self).replacingOccurrences(of: "\n", with: "") } ?? ""
        return (html, files.first { $0.path == "tender-pack.xml" }?.data ?? Data())
    }

    @Test func thePackShowsWhatToPricePerLot() throws {
        let html = try render(try Self.tenderSpec()).html
        #expect(html.contains("<section id=\"pricing\"><h3><span class=\"section-number\">1.2</span> Pricing schedule</h3>"))
        #expect(html.contains("<li><a href=\"#pricing\"><span class=\"section-number\">1.2</span> Pricing schedule</a></li>"))
        #expect(html.contains("<caption>Lot 2: Supported accommodation</caption>"))
        #expect(html.contains("<tr id=\"price-hourly\"><th scope=\"row\">Floating support</th><td>Per hour</td><td class=\"number\">6,240 hours</td><td class=\"number\">£24.50 per hour</td><td></td></tr>"))
        #expect(html.contains("<td class=\"number\">20 units × 52 weeks = 1,040 unit-weeks</td><td class=\"number\">No cap</td>"))
        #expect(html.contains("<td class=\"number\">£50,000 a year (block price)</td>"))
        #expect(html.contains("A price above its cap will not be accepted."))
        // Not part of a draft: the pricing schedule is a tender document.
        #expect(!(try render(try Self.spec()).html.contains("id=\"pricing\"")))
    }

    @Test func theXMLCarriesTheScheduleAndIsValid() throws {
        let xml = try render(try Self.tenderSpec()).xml
        let schema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent("schema/tender-pack.xsd"))
        #expect(try schema.validate(data: xml).isEmpty)
        let lines = try XMLDocument(parsing: xml).root.descendants(named: "line")
        #expect(lines.map { "\($0.attribute("lot") ?? ""):\($0.attribute("basis") ?? "")" }
                == ["support:per-hour", "accommodation:per-unit-per-week", "accommodation:annual-block"])
        let volume = try #require(lines[1].children.first { $0.name == "volume" })
        #expect(volume.children.map { "\($0.name)=\($0.textContent)" } == ["units=20", "weeks=52"])
        #expect(lines[0].children.first { $0.name == "cap" }?.attribute("currency") == "GBP")
        #expect(lines[0].children.first { $0.name == "cap" }?.textContent == "24.5")
    }

    @Test func diffClassifiesLinesVolumesAndCapsAsMaterial() throws {
        let revised = Self.pricing
            .replacingOccurrences(of: "volume: {units: 20, weeks: 52}", with: "volume: {units: 18, weeks: 52}")
            .replacingOccurrences(of: "cap: 24.5}", with: "cap: 26}")
            .replacingOccurrences(of: "note: Prices exclude VAT.", with: "note: Prices include VAT.")
            .replacingOccurrences(of: "    - {id: on-call, lot: accommodation, item: On-call service, basis: annual-block, volume: {years: 1}, cap: 50000}\n", with: "")
        let diff = SpecificationDiff(old: try Self.spec(), new: try Self.spec(revised))
        func change(_ keyPath: String) -> Change? { diff.changes.first { $0.keyPath == keyPath } }
        #expect(change("pricing/lines/unit-week/volume/units")?.classification == .material)
        #expect(change("pricing/lines/unit-week/volume/units")?.old == "20")
        #expect(change("pricing/lines/hourly/cap")?.classification == .material)
        #expect(change("pricing/lines/hourly/cap")?.new == "£26")
        #expect(change("pricing/lines/on-call")?.kind == .removed)
        #expect(change("pricing/lines/on-call")?.classification == .material)
        // How prices are evaluated or paid is material, even as a note.
        #expect(change("pricing/note")?.classification == .material)
    }
}
