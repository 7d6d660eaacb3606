import ArgumentParser
import TenderOpenData

/// `tenderpack schema [--report validate|check|diff]`: the JSON Schema of the
/// specification format (for editors: the YAML language server completes and checks a
/// specification with it), or of a JSON report. The same files are in `Schemas/`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the specification format, or of a JSON report.",
        discussion: """
            With no option: the specification format (JSON Schema draft 2020-12), for \
            editors. Put `# yaml-language-server: $schema=PATH` on a specification's first \
            line, PATH being where you saved it (e.g. `tenderpack schema > \
            Schemas/tenderpack-spec.schema.json`, then `$schema=../Schemas/tenderpack-spec.schema.json` \
            from Specs/). With --report: the schema of `validate`, `check` or `diff` \
            --format json. Exit status: 0, or 64 on a usage error.
            """)

    enum Report: String, CaseIterable, ExpressibleByArgument {
        case validate, check, diff
    }

    @Option(help: "Print the schema of a JSON report instead: validate, check or diff.")
    var report: Report?

    func run() throws {
        Terminal.write(Self.text(report))
    }

    /// The schema printed, as text ending in a newline.
    static func text(_ report: Report?) -> String {
        guard let report else { return SpecSchema.schema.text + "\n" }
        return ReportSchemas.schema(ReportSchemas.Kind(rawValue: report.rawValue) ?? .validate).text + "\n"
    }

    /// Every published schema: its file name under `Schemas/` and its text.
    static var published: [(file: String, text: String)] {
        [("tenderpack-spec.schema.json", text(nil))] + Report.allCases.map { report in
            let id = ReportSchemas.schema(ReportSchemas.Kind(rawValue: report.rawValue) ?? .validate)["$id"]
            guard case .string(let url) = id else { return ("\(report.rawValue).schema.json", text(report)) }
            return (String(url.split(separator: "/").last ?? ""), text(report))
        }
    }
}
