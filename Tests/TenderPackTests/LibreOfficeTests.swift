import Foundation
import Testing
@testable import TenderRendering
import TenderDocument
import TenderModel

/// LibreOffice (headless) opens every ODT and DOCX the writers make and converts each to
/// PDF and to text: one soffice run per target format for all files, with a profile of
/// its own. LibreOffice exits 0 even when it cannot load a file, so the outputs are
/// checked: each exists, is not empty, and says what the document says.
@Suite(.serialized)
struct LibreOfficeTests {
    /// Converts `files` (all in one folder) to `format` in one soffice run; returns the
    /// output folder.
    static func convert(_ files: [URL], to format: String, profile: URL) throws -> URL {
        guard let soffice = RenderingValidatorTests.tool("soffice") else { throw Missing() }
        let output = files[0].deletingLastPathComponent().appendingPathComponent("converted-\(format.prefix(3))")
        let result = try RenderingValidatorTests.run(soffice, [
            "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore",
            "--convert-to", format, "--outdir", output.path,
        ] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
        return output
    }

    struct Missing: Error {}

    /// The documents to open: name -> bytes.
    static func sampleFiles() throws -> [(String, Data)] {
        let templates = try RenderTemplates(folder: RenderingSupport.templates)
        let odt = ODTWriter(schemas: try templates.odf(), labels: templates.labels)
        let docx = DOCXWriter(labels: templates.labels)
        let tree = WordProcessingSample.document()
        return [("sample.odt", try odt.write(tree, file: "sample.odt")), ("sample.docx", try docx.write(tree, file: "sample.docx"))]
    }

    /// Every spec's ODT and DOCX, with the facts each must show: the title, the reference,
    /// and every numbered top-level heading.
    static func packFiles() throws -> [(String, Data, [String])] {
        let renderer = try RenderingSupport.renderer()
        let templates = try RenderTemplates(folder: RenderingSupport.templates)
        var files: [(String, Data, [String])] = []
        for name in RenderingSupport.specFiles() {
            let spec = try RenderingSupport.loadSpec(named: name)
            let index = SpecificationIndex(spec)
            let trees: [String: TenderDocument.Document] = [
                "tender-pack": PackDocuments.tenderPack(spec, index: index, wording: templates.labels.wording),
                "outcome-schedule": PackDocuments.outcomeSchedule(OutcomeSchedule(spec: spec, index: index),
                                                                  wording: templates.labels.wording),
            ]
            for file in try renderer.render(spec, index: index) where file.path.hasSuffix(".odt") || file.path.hasSuffix(".docx") {
                let base = String(file.path.split(separator: ".")[0])
                guard let tree = trees[base] else { continue }
                var facts = [tree.metadata.title] + tree.sections.filter { $0.number != nil }.map(\.numberedHeading)
                if let reference = tree.metadata.reference { facts.append(reference) }
                files.append(("\(spec.id.value)-\(file.path)", file.data, facts))
            }
        }
        return files
    }

    @Test func libreOfficeOpensEveryODTAndDOCX() throws {
        guard RenderingValidatorTests.tool("soffice") != nil, RenderingValidatorTests.tool("pdfinfo") != nil else {
            if RenderingValidatorTests.required {
                Issue.record("LibreOffice or poppler-utils is not installed (apt-get install libreoffice-writer-nogui poppler-utils)")
            }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tp-lo-\(UUID().uuidString)")
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [(url: URL, facts: [String])] = []
        let sampleFacts = ["Mental health support services", "1 Invitation", "1.3 Lots", "1.4.1", "Outreach <&> support",
                           "£120,000†", "Stage 1, crisis and recovery, leads to stage 2."]
        let all = try Self.sampleFiles().map { ($0.0, $0.1, sampleFacts) } + Self.packFiles()
        #expect(all.count >= 2 + 4 * RenderingSupport.specFiles().count)
        for (name, data, facts) in all {
            // LibreOffice names its output after the input without the extension: keep the
            // extension in the name so an ODT's and a DOCX's outputs never overwrite each other.
            let url = documents.appendingPathComponent(name.replacingOccurrences(of: ".", with: "-") + "." + (name.split(separator: ".").last ?? ""))
            try data.write(to: url)
            files.append((url, facts))
        }
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        let start = Date()
        let pdfs = try Self.convert(files.map(\.url), to: "pdf", profile: profile)
        let texts = try Self.convert(files.map(\.url), to: "txt:Text (encoded):UTF8", profile: profile)
        print("LibreOffice converted \(files.count) files to PDF and text in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        for file in files {
            let base = file.url.deletingPathExtension().lastPathComponent
            let pdf = pdfs.appendingPathComponent(base + ".pdf")
            let text = texts.appendingPathComponent(base + ".txt")
            let pdfSize = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            #expect(pdfSize > 1000, "\(file.url.lastPathComponent): LibreOffice wrote no PDF")
            let words = (try? String(contentsOf: text, encoding: .utf8)) ?? ""
            #expect(!words.isEmpty, "\(file.url.lastPathComponent): LibreOffice wrote no text")
            for fact in file.facts {
                #expect(words.contains(fact), "\(file.url.lastPathComponent): the text lacks \(fact)")
            }
            let info = try RenderingValidatorTests.run(RenderingValidatorTests.tool("pdfinfo")!, [pdf.path]).output
            #expect(info.contains("(A4)"), "\(file.url.lastPathComponent): \(info)")
            let printed = try RenderingValidatorTests.run(RenderingValidatorTests.tool("pdftotext")!, [pdf.path, "-"]).output
            #expect(printed.contains("Page 1 of "), "\(file.url.lastPathComponent): no page numbers in the PDF")
        }
    }
}
