import ArgumentParser
import Foundation
import TenderRendering

/// `build --formats xml,html,…` and `--pdf-engine`: which kinds of pack file a build
/// writes or checks (`--format` is the report's format), and what makes the PDFs.
/// Files of the formats left out stay as they are.
struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("formats"),
            help: ArgumentHelp("The pack formats to build or check, comma-separated: \(PackFormat.names), or all.",
                               valueName: "list"))
    var list = "all"

    @Option(name: .customLong("pdf-engine"),
            help: ArgumentHelp("What makes the PDFs: weasyprint, or none to leave the PDFs as they are "
                                + "(default: $\(PDFEngine.environmentVariable), else weasyprint).",
                               valueName: "engine"))
    var engineName: String?

    /// The chosen formats; `validate()` has refused a bad list.
    var formats: Set<PackFormat> { (try? PackFormat.parse(list)) ?? PackFormat.all }

    /// The chosen engine: the option, else the environment variable, else WeasyPrint.
    var engine: PDFEngine { PDFEngine.chosen(engineName) }

    func validate() throws {
        do {
            _ = try PackFormat.parse(list)
        } catch {
            throw ValidationError("--formats: \(error.description)")
        }
        let choices = PDFEngine.allCases.map(\.rawValue).joined(separator: ", ")
        if let engineName, PDFEngine(rawValue: engineName.lowercased()) == nil {
            throw ValidationError("--pdf-engine: unknown engine '\(engineName)'; choose from \(choices)")
        }
        if engineName == nil, let name = ProcessInfo.processInfo.environment[PDFEngine.environmentVariable],
           PDFEngine(rawValue: name.lowercased()) == nil {
            throw ValidationError("\(PDFEngine.environmentVariable): unknown engine '\(name)'; choose from \(choices)")
        }
    }
}
