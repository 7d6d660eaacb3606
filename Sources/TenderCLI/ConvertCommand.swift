import ArgumentParser
import Foundation
import TenderDeclaration
import TenderLoading
import TenderModel
import TenderValidation

/// `tenderpack convert FILE --to swift`: the Swift declaration of a YAML specification,
/// which compiles (against the `TenderDeclaration` library) to the same model.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a specification in another form: its Swift declaration (--to swift).",
        discussion: """
            The Swift declares the same specification with the TenderDeclaration library: \
            compiled, it gives the model the YAML gives (every value, its provenance and \
            its order), so the same rules and renderers apply. Findings in the YAML that \
            stop it loading are printed and nothing is written (exit 1).
            """)

    /// The forms a specification can be converted to.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case swift
    }

    @Argument(help: "The YAML specification to convert.")
    var file: String

    @Option(help: "What to write: \(Target.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: Target

    @Option(help: "The name of the Swift property declaring it (default: the specification's id in lower camel case).")
    var name: String?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try requireNonEmptyPath(output, option: "--output")
        if let name, !ConvertCommand.isSwiftIdentifier(name) {
            throw ValidationError("--name `\(name)` is not a Swift identifier (letters, digits and _, not starting with a digit)")
        }
    }

    func run() throws {
        let result: LoadResult
        do {
            result = try SpecLoader.load(contentsOf: URL(fileURLWithPath: file), displayPath: file)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let specification = result.specification, errors.isEmpty else {
            let report = ValidationReport.of(files: [file], diagnostics: result.diagnostics.sorted(),
                                             sourceTexts: [file: result.text ?? ""])
            Terminal.writeError(TextReporter(terminal: false).render(report))
            throw ExitCode(ExitStatus.findings)
        }
        let source: String
        do {
            source = try SwiftDeclarationWriter.source(of: specification, name: name, origin: file)
        } catch {
            Terminal.writeError("tenderpack: \(file): \(error.description)\n")
            throw ExitCode(ExitStatus.findings)
        }
        guard let output else {
            Terminal.write(source)
            return
        }
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.writeError("tenderpack: \(output): cannot write: \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.cannotWrite)
        }
    }

    static func isSwiftIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "$", !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
