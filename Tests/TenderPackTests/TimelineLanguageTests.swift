import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
@testable import TenderRendering
import TenderValidation
import XMLKit

/// Timelines as councils write them: deadlines with a time of day, steps that are
/// periods, and steps the council names itself.
@Suite struct TimelineLanguageTests {
    static let timeline = """
        timeline:
          - milestone: other
            id: supplier-event
            name: Supplier information event
            date: 2025-12-04
            time: "10:00"
          - milestone: tender-issued
            date: 2026-02-16
          - milestone: clarification-deadline
            date: 2026-03-27
            time: 12 noon
          - milestone: tender-deadline
            date: 2026-04-10
            time: "11:00"
          - milestone: mobilisation
            date: 2026-08-01
            end: 2026-10-31
          - milestone: service-start
            date: 2026-11-01

        """

    static func spec(_ timeline: String = timeline) throws -> Specification {
        try RenderingSupport.load(RuleExample.base + timeline)
    }

    static func findings(_ text: String) -> [Diagnostic] {
        let result = SpecLoader.load(text: RuleExample.base + text, file: "test.yaml")
        return result.diagnostics + (result.specification.map(Validator.validate) ?? [])
    }

    @Test func loadsTimesPeriodsAndNames() throws {
        let timeline = try Self.spec().timeline
        #expect(timeline[0].name?.value == "Supplier information event")
        #expect(timeline[0].id?.value == "supplier-event")
        #expect(timeline[0].title == "Supplier information event")
        #expect(timeline[0].time?.value.description == "10:00")
        #expect(timeline[2].time?.value == TimeOfDay(minutes: 12 * 60), "`12 noon` is 12:00")
        #expect(timeline[3].time?.value.longForm == "11:00")
        #expect(timeline[4].kind.value == .mobilisation)
        #expect(timeline[4].end?.value.description == "2026-10-31")
        #expect(timeline[4].when == "1 August to 31 October 2026")
        #expect(timeline[3].when == "10 April 2026, 11:00")
        #expect(timeline[2].when == "27 March 2026, 12 noon")
    }

    @Test(arguments: ["25:00", "24:30", "12.00", "noonish", "12:60", "9"])
    func anInvalidTimeIsALocatedFinding(_ time: String) {
        let findings = Self.findings("""
            timeline:
              - milestone: tender-deadline
                date: 2026-04-10
                time: "\(time)"
            """)
        let finding = findings.first { $0.ruleID == "schema.invalid-value" }
        #expect(finding?.location.line == 28)
        #expect(finding?.location.column == 11)
        #expect(finding?.message.contains("24-hour clock") == true)
    }

    @Test func anUnquotedTimeIsReadAsWritten() throws {
        let spec = try Self.spec("""
            timeline:
              - milestone: tender-deadline
                date: 2026-04-10
                time: 09:30
            """)
        #expect(spec.timeline[0].time?.value.description == "09:30")
    }

    @Test func sameDayDeadlinesAreOrderedByTime() {
        let out = Self.findings("""
            timeline:
              - milestone: clarification-deadline
                date: 2026-04-10
                time: "12:00"
              - milestone: tender-deadline
                date: 2026-04-10
                time: "09:00"
            """).filter { $0.ruleID == "timeline.out-of-order" }
        #expect(out.count == 1)
        #expect(out.first?.message == "deadline for tenders (10 April 2026, 09:00) is timed before deadline for clarification questions (10 April 2026, 12 noon)")
        // Without times, the same day is never out of order.
        let untimed = Self.findings("""
            timeline:
              - milestone: clarification-deadline
                date: 2026-04-10
              - milestone: tender-deadline
                date: 2026-04-10
            """).filter { $0.ruleID == "timeline.out-of-order" }
        #expect(untimed.isEmpty)
    }

    @Test func mobilisationComesBetweenAwardAndStart() {
        let out = Self.findings("""
            timeline:
              - milestone: mobilisation
                date: 2026-12-01
                end: 2027-02-28
              - milestone: service-start
                date: 2026-11-01
            """).filter { $0.ruleID == "timeline.out-of-order" }
        #expect(out.map(\.location.line) == [30])
    }

    func render(_ spec: Specification) throws -> (html: String, xml: Data) {
        let files = try RenderingSupport.renderer().render(spec)
        let html = files.first { $0.path == "tender-pack.html" }
            .map { String(decoding: $0.data, as: UTF8.self).replacingOccurrences(of: "\n", with: "") } ?? ""
        return (html, files.first { $0.path == "tender-pack.xml" }?.data ?? Data())
    }

    @Test func theTimelineTableShowsTimesPeriodsAndNames() throws {
        let html = try render(try Self.spec()).html
        #expect(html.contains("<th scope=\"row\">Supplier information event</th><td><time datetime=\"2025-12-04T10:00\">4 December 2025, 10:00</time></td>"))
        #expect(html.contains("<time datetime=\"2026-03-27T12:00\">27 March 2026, 12 noon</time>"))
        #expect(html.contains("<th scope=\"row\">Mobilisation</th><td><time datetime=\"2026-08-01\">1 August</time> to <time datetime=\"2026-10-31\">31 October 2026</time></td>"))
    }

    @Test func theCoverShowsTheDeadlineWithItsTime() throws {
        let tender = RuleExample.base.replacingOccurrences(of: "status: draft", with: "status: tender") + Self.timeline
        let html = try render(try RenderingSupport.load(tender)).html
        #expect(html.contains("<dt>Deadline for tenders</dt><dd>10 April 2026, 11:00</dd>"))
    }

    @Test func theXMLCarriesTimesPeriodsAndNamesAndIsValid() throws {
        let xml = try render(try Self.spec()).xml
        let schema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent("schema/tender-pack.xsd"))
        #expect(try schema.validate(data: xml).isEmpty)
        let milestones = try XMLDocument(parsing: xml).root.descendants(named: "milestone")
        #expect(milestones[0].attribute("id") == "supplier-event")
        #expect(milestones[0].children.first { $0.name == "name" }?.textContent == "Supplier information event")
        #expect(milestones[2].children.first { $0.name == "time" }?.textContent == "12:00")
        #expect(milestones[4].children.first { $0.name == "end" }?.textContent == "2026-10-31")
    }

    @Test func diffClassifiesTimesAndPeriodsAsMaterialAndNamesAsEditorial() throws {
        let revised = Self.timeline
            .replacingOccurrences(of: "time: \"11:00\"", with: "time: \"12:00\"")
            .replacingOccurrences(of: "end: 2026-10-31", with: "end: 2026-09-30")
            .replacingOccurrences(of: "name: Supplier information event", with: "name: Supplier engagement event")
        let diff = SpecificationDiff(old: try Self.spec(), new: try Self.spec(revised))
        func change(_ keyPath: String) -> Change? { diff.changes.first { $0.keyPath == keyPath } }
        #expect(change("timeline/tender-deadline/time")?.classification == .material)
        #expect(change("timeline/tender-deadline/time")?.old == "11:00")
        #expect(change("timeline/tender-deadline/time")?.new == "12 noon")
        #expect(change("timeline/mobilisation/end")?.classification == .material)
        // A renamed council milestone is matched by its id: a rewording, not a new step.
        #expect(change("timeline/supplier-event/name")?.classification == .editorial)
        #expect(!diff.changes.contains { $0.keyPath == "timeline/supplier-event" })
    }
}
