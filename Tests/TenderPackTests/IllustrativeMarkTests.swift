import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderRendering
@testable import TenderValidation

/// A value marked `!illustrative` is marked wherever it is rendered, whichever part of
/// a composite value (a lot's staff cover) is the invented one.
@Suite("Illustrative marks on every path")
struct IllustrativeMarkTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let part: String
        let cover: String
        /// The element of tender-pack.xml that carries the mark.
        let element: String
        var testDescription: String { "an invented \(part) marks the staff cover" }
    }

    static let cases: [Case] = [
        Case(part: "night cover", cover: "{daysPerWeek: 7, hours: 09:00-17:00, night: !illustrative waking-night, outOfHoursCover: on-call}", element: "night"),
        // Staff are there at night (written, from a source); what kind of night cover is invented.
        Case(part: "kind of night cover", cover: "{daysPerWeek: 7, hours: 09:00-17:00, nightCover: true, night: !illustrative sleep-in, outOfHoursCover: on-call}", element: "night"),
        Case(part: "number of days", cover: "{daysPerWeek: !illustrative 7, hours: 09:00-17:00, night: none, outOfHoursCover: on-call}", element: "daysPerWeek"),
        Case(part: "staffed hours", cover: "{daysPerWeek: 7, hours: !illustrative 09:00-17:00, night: none, outOfHoursCover: on-call}", element: "hours"),
        Case(part: "out-of-hours cover", cover: "{daysPerWeek: 7, hours: 09:00-17:00, night: none, outOfHoursCover: !illustrative on-call}", element: "outOfHoursCover"),
    ]

    static func pack(cover: String) throws -> (html: String, xml: String) {
        let fragment = """
            lots:
              - id: support
                title: Supported accommodation
                setting:
                  type: supported-accommodation
                  cover: \(cover)
                areas: all

            """
        let spec = try RenderingSupport.load(RuleExample.merge(fragment, over: RuleExample.base))
        let files = try RenderingSupport.renderer().render(spec)
        func text(_ name: String) -> String {
            files.first { $0.path == name }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        }
        return (text("tender-pack.html"), text("tender-pack.xml"))
    }

    /// The `<dd>` after `<dt>Staff cover</dt>`.
    static func coverValue(_ html: String) -> String? {
        guard let term = html.range(of: "<dt>Staff cover</dt>"),
              let end = html.range(of: "</dd>", range: term.upperBound..<html.endIndex) else { return nil }
        return String(html[term.upperBound..<end.upperBound])
    }

    @Test(arguments: cases)
    func invented(_ c: Case) throws {
        let (html, xml) = try Self.pack(cover: c.cover)
        let value = try #require(Self.coverValue(html), "no staff cover in the pack")
        #expect(value.contains("<sup class=\"illustrative-mark\">†"), "\(value)")
        #expect(value.contains("(illustrative)"), "\(value)")
        #expect(xml.contains("<\(c.element) illustrative=\"true\""), "the XML does not mark <\(c.element)>")
    }

    @Test("a staff cover with nothing invented carries no mark")
    func sourced() throws {
        let (html, xml) = try Self.pack(cover: "{daysPerWeek: 7, hours: 09:00-17:00, night: waking-night, outOfHoursCover: on-call}")
        let value = try #require(Self.coverValue(html))
        #expect(!value.contains("illustrative"), "\(value)")
        #expect(!xml.contains("illustrative=\"true\""))
    }
}
