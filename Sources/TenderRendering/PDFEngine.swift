public import Foundation

/// The paged-media engine that makes a pack's PDFs from its HTML (`build --pdf-engine`,
/// after pandoc's option of that name). TenderPack writes no PDF itself.
public enum PDFEngine: String, CaseIterable, Sendable {
    /// WeasyPrint (https://weasyprint.org), run as a subprocess on each HTML page with
    /// Templates/css/pdf.css added: A4, tagged PDF/UA-1, bookmarks from the headings,
    /// the fonts embedded.
    case weasyprint
    /// No PDFs: the PDF files already in a pack folder are left as they are.
    case none

    /// Read when `--pdf-engine` is not given.
    public static let environmentVariable = "TENDERPACK_PDF_ENGINE"

    /// The engine named by `name` (`--pdf-engine`), else by the environment variable,
    /// else WeasyPrint; an unknown name is WeasyPrint (the options refuse one first).
    public static func chosen(_ name: String? = nil) -> PDFEngine {
        let name = name ?? ProcessInfo.processInfo.environment[environmentVariable] ?? PDFEngine.weasyprint.rawValue
        return PDFEngine(rawValue: name.lowercased()) ?? .weasyprint
    }

    /// The WeasyPrint release the committed PDFs are made with, and that `.ci/run` installs.
    public static let weasyPrintVersion = "70.0"

    /// What to do when the engine is missing, for the finding.
    public static let weasyPrintInstall = "pip install weasyprint==\(weasyPrintVersion)"

    /// The pages that get a PDF, and the PDF's name: each HTML page of the pack.
    public static func pdfPath(forHTML path: String) -> String? {
        path.hasSuffix(".html") ? String(path.dropLast(5)) + ".pdf" : nil
    }

    /// The engine's program found on `PATH`, or nil when it is not installed (or is `none`).
    public func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        guard self == .weasyprint else { return nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("weasyprint")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}

/// Why a PDF could not be made: the engine failed on one page.
public struct PDFEngineError: Error, Sendable, CustomStringConvertible {
    public var page: String
    public var reason: String

    public var description: String { "\(page): the PDF engine failed: \(reason)" }
}

/// Runs WeasyPrint on one page: the HTML on standard input, the PDF on standard output,
/// no network (only `data:` URLs may be fetched; the pages link nothing else in).
///
/// The PDF is the same bytes on every run: WeasyPrint writes no creation or modification
/// date unless the page names one (`dcterms.created`, which the pages do not), and no
/// file identifier unless asked; fonts are subset the same way each time. Across
/// machines it is the same only with the same WeasyPrint, pydyf, Pango and HarfBuzz
/// releases and the same fonts (README: "PDF").
struct WeasyPrintRun: Sendable {
    let executable: URL

    /// The arguments WeasyPrint is run with (the README shows the same command).
    /// `--base-url ""`: a page read from standard input otherwise takes the working
    /// directory as its base, and its links to the other pages of the pack
    /// (`tender-pack.html`) would be written as absolute `file:///…` URIs of wherever the
    /// build ran — a different PDF in every folder. With an empty base they stay relative.
    static let arguments = ["--base-url", "", "--pdf-variant", "pdf/ua-1", "--media-type", "print", "--allowed-protocols", "data",
                            "--quiet", "-", "-"]

    /// `html` with `css` added at the end of its `head` (after the page's own stylesheet).
    static func page(_ html: Data, adding css: String) -> Data {
        let end = Data("</head>".utf8)
        guard let range = html.range(of: end) else { return html }
        var result = Data(html[..<range.lowerBound])
        result.append(Data("<style>\n".utf8))
        result.append(Data(css.utf8))
        result.append(Data("</style>\n".utf8))
        result.append(html[range.lowerBound...])
        return result
    }

    func pdf(_ html: Data, page: String) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = Self.arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        // The page goes in from a temporary file (not a pipe: a pipe written to an engine
        // that exits early would raise SIGPIPE here).
        let source = FileManager.default.temporaryDirectory
            .appendingPathComponent("tenderpack-pdf-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).html")
        do {
            try html.write(to: source)
        } catch {
            throw PDFEngineError(page: page, reason: "cannot write a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: source) }
        guard let input = FileHandle(forReadingAtPath: source.path) else {
            throw PDFEngineError(page: page, reason: "cannot read back the temporary file \(source.path)")
        }
        defer { try? input.close() }
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PDFEngineError(page: page, reason: "cannot run \(executable.path): \(error.localizedDescription)")
        }
        // Read both pipes at once, so that neither can fill and stall the engine.
        let group = DispatchGroup()
        let collected = Collected()
        for (handle, isOutput) in [(output.fileHandleForReading, true), (errors.fileHandleForReading, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                collected.set(data, output: isOutput)
                group.leave()
            }
        }
        group.wait()
        process.waitUntilExit()
        let (pdf, messages) = collected.values
        guard process.terminationReason == .exit, process.terminationStatus == 0, pdf.starts(with: Data("%PDF-".utf8)) else {
            let text = String(decoding: messages, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " / ")
            throw PDFEngineError(page: page, reason: "weasyprint exited \(process.terminationStatus)"
                                    + (text.isEmpty ? "" : ": \(text)"))
        }
        return pdf
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    func set(_ data: Data, output isOutput: Bool) {
        lock.lock()
        if isOutput { output = data } else { errors = data }
        lock.unlock()
    }

    var values: (Data, Data) {
        lock.lock()
        defer { lock.unlock() }
        return (output, errors)
    }
}

extension TenderPackRenderer {
    /// The PDF of each HTML page among `files` (`tender-pack.pdf` from `tender-pack.html`
    /// and so on), made by `engine` found at `executable`, in the order of the pages.
    public func pdfs(of files: [RenderedFile], executable: URL) throws -> [RenderedFile] {
        let run = WeasyPrintRun(executable: executable)
        return try files.compactMap { file in
            guard let path = PDFEngine.pdfPath(forHTML: file.path) else { return nil }
            return RenderedFile(path: path, data: try run.pdf(WeasyPrintRun.page(file.data, adding: pdfStylesheet), page: file.path))
        }
    }
}
