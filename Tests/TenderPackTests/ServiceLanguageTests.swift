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
}

extension Data {
    var string: String { String(decoding: self, as: UTF8.self) }
}
