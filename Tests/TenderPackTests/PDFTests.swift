import Foundation
import Testing
import TenderDiff
import TenderRendering

/// The PDFs `tenderpack build` makes with WeasyPrint, judged by poppler (`pdfinfo`,
/// `pdffonts`, `pdftotext`): every committed PDF is A4, tagged, with its fonts embedded,
/// "Page x of N" on its pages, the running header, and (in a tender pack) a contents
/// list whose page numbers are the pages the parts start on and bookmarks; a rebuilt PDF is
/// byte-identical to the committed one; a missing engine is a finding, not a failure
/// of the other formats.
///
/// Skipped when a tool is missing, unless `CI` or `REQUIRE_VALIDATORS` is set
/// (`.ci/run` installs poppler-utils and WeasyPrint).
@Suite(.serialized)
struct PDFTests {
    static let output = RenderingSupport.repository.appendingPathComponent("Output")

    static func tools() -> (info: URL, fonts: URL, text: URL)? {
        guard let info = RenderingValidatorTests.tool("pdfinfo"), let fonts = RenderingValidatorTests.tool("pdffonts"),
              let text = RenderingValidatorTests.tool("pdftotext") else {
            if RenderingValidatorTests.required { Issue.record("poppler is not installed (apt-get install poppler-utils)") }
            return nil
        }
        return (info, fonts, text)
    }

    static var weasyPrintInstalled: Bool {
        if PDFEngine.weasyprint.executable() != nil { return true }
        if RenderingValidatorTests.required { Issue.record("WeasyPrint is not installed (\(PDFEngine.weasyPrintInstall))") }
        return false
    }

    /// The pages' text, one string per page (pdftotext's form feeds), without trailing blank pages.
    static func pages(_ pdf: URL, text: URL) throws -> [String] {
        let result = try RenderingValidatorTests.run(text, ["-layout", pdf.path, "-"])
        #expect(result.status == 0, "pdftotext \(pdf.lastPathComponent): \(result.output)")
        var pages = result.output.components(separatedBy: "\u{0C}")
        while let last = pages.last, last.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { pages.removeLast() }
        return pages
    }

    /// Lines with text on a page, without the running header (first line) and the page number.
    static func bodyLines(_ page: String) -> [String] {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("Page ") }
    }

    /// What poppler says about one PDF; `name` is for messages.
    static func judge(_ pdf: URL, name: String, tools: (info: URL, fonts: URL, text: URL), contents: Bool) throws {
        let info = try RenderingValidatorTests.run(tools.info, ["-f", "1", "-l", "9999", pdf.path])
        #expect(info.status == 0, "pdfinfo \(name): \(info.output)")
        let pageCount = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        #expect(pageCount > 0, "\(name): \(info.output)")
        #expect(info.output.contains("Tagged:          yes"), "\(name) is not a tagged PDF")
        let sizes = info.output.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
        #expect(sizes.count == pageCount && sizes.allSatisfy { $0.hasSuffix("595.276 x 841.89 pts (A4)") },
                "\(name): not every page is A4: \(sizes.prefix(3))")

        let fonts = try RenderingValidatorTests.run(tools.fonts, [pdf.path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(" yes yes ") }, "\(name): a font is not embedded:\n\(fonts.output)")

        // Links to the pack's other pages stay relative: a `file:///…` URI would name the
        // folder the build ran in, and the PDF would differ from machine to machine.
        let links = try RenderingValidatorTests.run(tools.info, ["-url", pdf.path])
        #expect(links.status == 0, "pdfinfo -url \(name): \(links.output)")
        #expect(!links.output.contains("file:"), "\(name) links to a file of the machine it was built on:\n\(links.output)")

        let pages = try Self.pages(pdf, text: tools.text)
        #expect(pages.count == pageCount, "\(name): \(pages.count) pages of text, \(pageCount) pages")
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pageCount)"), "\(name): page \(index + 1) has no \"Page \(index + 1) of \(pageCount)\"")
            // No nearly empty page (the issue saw pages holding only the footer line or one row).
            #expect(Self.bodyLines(page).count >= 4, "\(name): page \(index + 1) is nearly empty:\n\(page)")
        }
        guard contents else { return }
        // The contents list: every entry ends in the page its part starts on, and that
        // page's text holds the part's heading.
        let entry = /^(.+?)\s*(?:\. ?){3,}\s*(\d+)$/
        var entries = 0
        for line in bodyLines(pages[0]) {
            guard let match = line.wholeMatch(of: entry), let number = Int(match.output.2) else { continue }
            entries += 1
            let title = String(match.output.1)
            #expect(number >= 2 && number <= pageCount, "\(name): contents entry \(title) names page \(number)")
            if number >= 1, number <= pageCount {
                // A long numbered heading may wrap onto a second line: compare the page's words.
                let words = bodyLines(pages[number - 1]).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains(title.split(whereSeparator: \.isWhitespace).joined(separator: " ")),
                        "\(name): \"\(title)\" is not on page \(number), as the contents say")
            }
        }
        #expect(entries >= 3, "\(name): the contents list has no page numbers:\n\(pages[0])")
        // PDF bookmarks from the headings (poppler's pdftohtml lists the outline), without
        // the contents list's own heading.
        guard let outline = RenderingValidatorTests.tool("pdftohtml") else {
            if RenderingValidatorTests.required { Issue.record("pdftohtml (poppler-utils) is not installed") }
            return
        }
        let xml = try RenderingValidatorTests.run(outline, ["-xml", "-stdout", "-i", "-q", pdf.path]).output
        let items = xml.components(separatedBy: "<item page=").count - 1
        #expect(xml.contains("<outline>") && items >= entries, "\(name): \(items) bookmarks for \(entries) contents entries")
        #expect(!xml.contains(">Contents</item>"), "\(name): the contents list has a bookmark of its own")
    }

    @Test("every committed PDF is A4, tagged, with its fonts embedded, page numbers, a running header and a paginated contents list")
    func committedPDFs() throws {
        guard let tools = Self.tools() else { return }
        let packs = try FileManager.default.contentsOfDirectory(atPath: Self.output.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(packs.count >= 7)
        for pack in packs {
            for document in ["tender-pack", "outcome-schedule"] {
                let pdf = Self.output.appendingPathComponent("\(pack)/\(document).pdf")
                guard FileManager.default.fileExists(atPath: pdf.path) else {
                    Issue.record("Output/\(pack)/\(document).pdf is missing: run `swift run tenderpack build`")
                    continue
                }
                try Self.judge(pdf, name: "\(pack)/\(document).pdf", tools: tools, contents: document == "tender-pack")
            }
        }
        // The running header: the title and the reference, from the second page on.
        let pages = try Self.pages(Self.output.appendingPathComponent("norfolk-mental-health-2017/tender-pack.pdf"), text: tools.text)
        let header = pages[1].split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(header.contains("Mental Health Housing Related Support Services") && header.contains("NCC-ASC-2017-MHHRS"),
                "no running header on page 2: \(header)")
        #expect(!pages[0].contains("NCC-ASC-2017-MHHRS    "), "the cover has a running header")
    }

    @Test("build --check with WeasyPrint finds the committed PDFs of a pack byte-identical to a fresh build")
    func rebuiltPDFsAreByteIdentical() throws {
        guard Self.weasyPrintInstalled else { return }
        let started = Date()
        let result = try TestSupport.runTenderpack(["build", TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path,
                                                    "--check", "--formats", "pdf", "--pdf-engine", "weasyprint"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains("[output.stale]") && !result.stdout.contains("[pdf.engine]"), "\(result)")
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 120, "two PDFs took \(Int(seconds)) s")
    }

    @Test("without the PDF engine, a build says what to install, builds the other formats and keeps the PDFs it has")
    func missingEngineIsAFinding() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out")
        let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path
        var result = try TestSupport.runTenderpack(["build", spec, "--output", output.path, "--pdf-engine", "none"])
        #expect(result.status == 0, "\(result)")
        let pdf = output.appendingPathComponent("staged-model/tender-pack.pdf")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        // A PDF from an earlier build, then a build on a machine without WeasyPrint.
        try Data("%PDF-1.7 earlier\n".utf8).write(to: pdf)
        try FileManager.default.removeItem(at: output.appendingPathComponent("staged-model/tender-pack.html"))
        result = try TestSupport.runTenderpack(["build", spec, "--output", output.path, "--pdf-engine", "weasyprint"],
                                               environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("[pdf.engine]") && result.stdout.contains("pip install weasyprint==\(PDFEngine.weasyPrintVersion)"),
                "\(result)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("staged-model/tender-pack.html").path))
        #expect(try Data(contentsOf: pdf) == Data("%PDF-1.7 earlier\n".utf8))

        result = try TestSupport.runTenderpack(["build", spec, "--output", output.path, "--pdf-engine", "nonsense"])
        #expect(result.status == 64 && result.stderr.contains("choose from weasyprint, none"), "\(result)")
    }

    @Test("the redline and the clarification notice print on A4 with page numbers")
    func diffDocumentsPrintOnA4() throws {
        guard let tools = Self.tools(), let weasyprint = PDFEngine.weasyprint.executable() else {
            _ = Self.weasyPrintInstalled
            return
        }
        let css = try String(contentsOf: RenderingSupport.templates.appendingPathComponent(DiffHTML.stylesheetPath), encoding: .utf8)
        let diff = SpecificationDiff(old: try RenderingSupport.loadSpec(named: "norfolk-remodel-consultation-2013.yaml"),
                                     new: try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml"))
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, html) in [("redline", try Redline(stylesheet: css).render(diff)), ("notice", try ClarificationNotice(stylesheet: css).html(diff))] {
            let page = root.appendingPathComponent("\(name).html"), pdf = root.appendingPathComponent("\(name).pdf")
            try html.write(to: page)
            let result = try RenderingValidatorTests.run(weasyprint, ["--pdf-variant", "pdf/ua-1", "-q", page.path, pdf.path])
            #expect(result.status == 0, "\(name): \(result.output)")
            let info = try RenderingValidatorTests.run(tools.info, [pdf.path])
            #expect(info.output.contains("595.276 x 841.89 pts (A4)"), "the \(name) is not on A4: \(info.output)")
            let pages = try Self.pages(pdf, text: tools.text)
            #expect(pages.first?.contains("Page 1 of \(pages.count)") == true, "the \(name) has no page numbers")
        }
    }
}
