import Foundation
import Testing

/// Every HTML output (tender packs, outcome schedules, the redline and the notice) in
/// a real browser: headless Chromium driven by selenium (Tests/Browser/check_pages.py),
/// one browser session for all pages. axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA
/// rules finds no violation at 1280 and 390 px; the page does not scroll sideways at
/// 320 px (WCAG 1.4.10, reflow); a screenshot is neither blank nor unstyled.
///
/// Skipped when a tool is missing, unless `CI` or `REQUIRE_VALIDATORS` is set
/// (`.ci/run` installs chromium, chromium-driver, selenium and axe-playwright-python).
@Suite(.serialized)
struct BrowserTests {
    static let script = RenderingSupport.repository.appendingPathComponent("Tests/Browser/check_pages.py")

    struct Report: Decodable {
        struct Violation: Decodable {
            var id: String
            var help: String
            var nodes: [String]
        }

        struct Screenshot: Decodable {
            var nonWhite: Double
            var accent: Double
            var leftMargin: Double
            var colours: Int
        }

        var page: String
        var axe: [String: [Violation]]
        var width: [String: Int]
        var svgText390: Double?
        var screenshot: Screenshot
    }

    /// A page that has content and its stylesheet: not blank, and the text in a centred
    /// column (the left margin of a 1280 px window is empty). Pack pages also show the
    /// house accent colour.
    static func looksStyled(_ shot: Report.Screenshot, pack: Bool) -> Bool {
        shot.nonWhite > 0.03 && shot.colours > 50 && shot.leftMargin == 0 && (!pack || shot.accent > 0.001)
    }

    /// Runs the script on `pages` (one browser session); nil when a tool is missing.
    static func judge(_ pages: [URL]) throws -> [String: Report]? {
        guard let python = RenderingValidatorTests.tool("python3") else {
            if RenderingValidatorTests.required { Issue.record("python3 is not installed") }
            return nil
        }
        let result = try RenderingValidatorTests.run(python, [script.path] + pages.map(\.path))
        if result.status == 2 {
            if RenderingValidatorTests.required { Issue.record("a browser tool is missing: \(result.output)") }
            return nil
        }
        #expect(result.status == 0, "check_pages.py: \(result.output.suffix(3_000))")
        var reports: [String: Report] = [:]
        for line in result.output.split(separator: "\n") where line.hasPrefix("{") {
            let report = try JSONDecoder().decode(Report.self, from: Data(line.utf8))
            reports[report.page] = report
        }
        return reports
    }

    @Test("axe-core finds no WCAG A/AA violation at 1280 and 390 px, nothing scrolls sideways at 320 px, no page is blank or unstyled")
    func everyHTMLPageInABrowser() throws {
        let folder = try RenderingValidatorTests.renderAll()
        defer { try? FileManager.default.removeItem(at: folder) }
        var pages: [URL] = []
        for pack in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let packFolder = folder.appendingPathComponent(pack)
            for name in try FileManager.default.contentsOfDirectory(atPath: packFolder.path).sorted() where name.hasSuffix(".html") {
                pages.append(packFolder.appendingPathComponent(name))
            }
        }
        #expect(pages.count >= 20)
        #expect(pages.contains { $0.path.hasSuffix("staged-model/tender-pack.html") })
        #expect(pages.contains { $0.lastPathComponent == "revision-notice.html" })
        #expect(pages.contains { $0.lastPathComponent == "restructure-redline.html" })

        // Two pages the screenshot check must catch, judged in the same session: a
        // blank page, and a tender pack with its stylesheet taken out.
        let controls = folder.appendingPathComponent("controls")
        try FileManager.default.createDirectory(at: controls, withIntermediateDirectories: true)
        let blank = controls.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Blank</title></head><body></body></html>\n".utf8)
            .write(to: blank)
        let pack = try String(contentsOf: folder.appendingPathComponent("norfolk-mental-health-2017/tender-pack.html"), encoding: .utf8)
        let start = try #require(pack.range(of: "<style>")), end = try #require(pack.range(of: "</style>"))
        let unstyled = controls.appendingPathComponent("unstyled.html")
        try Data((String(pack[..<start.lowerBound]) + String(pack[end.upperBound...])).utf8).write(to: unstyled)

        let started = Date()
        guard let reports = try Self.judge(pages + [blank, unstyled]) else { return }
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 600, "the browser checks took \(Int(seconds)) s")

        for page in pages {
            let name = page.pathComponents.suffix(2).joined(separator: "/")
            guard let report = reports[page.path] else {
                Issue.record("\(name) was not judged")
                continue
            }
            for width in ["1280", "390"] {
                let violations = report.axe[width] ?? []
                #expect(report.axe[width] != nil && violations.isEmpty,
                        "\(name) at \(width) px: \(violations.map { "\($0.id) (\($0.help)) at \($0.nodes)" })")
            }
            #expect(report.width["320"] == 320, "\(name) is \(report.width["320"] ?? -1) px wide at 320 px: the page scrolls sideways")
            #expect(report.width["390"] == 390, "\(name) is \(report.width["390"] ?? -1) px wide at 390 px")
            if let size = report.svgText390 {
                // The pathway diagram keeps its size in a scroll box on a phone (it was 5 px).
                #expect(size >= 10, "\(name): the diagram's smallest text is \(size) px high at 390 px")
            }
            let isPack = !page.path.contains("/diffs/")
            #expect(Self.looksStyled(report.screenshot, pack: isPack), "\(name) looks blank or unstyled: \(report.screenshot)")
        }
        let staged = try #require(pages.first { $0.path.hasSuffix("staged-model/tender-pack.html") })
        #expect(reports[staged.path]?.svgText390 != nil, "the staged model's pathway diagram was not measured")
        let blankShot = try #require(reports[blank.path]?.screenshot)
        #expect(!Self.looksStyled(blankShot, pack: false), "a blank page passed the screenshot check: \(blankShot)")
        let unstyledShot = try #require(reports[unstyled.path]?.screenshot)
        #expect(!Self.looksStyled(unstyledShot, pack: true), "an unstyled page passed the screenshot check: \(unstyledShot)")
    }
}
