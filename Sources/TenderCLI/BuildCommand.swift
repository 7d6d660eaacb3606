import ArgumentParser
import Foundation
import TenderLoading
import TenderModel
import TenderRendering
import TenderValidation

/// `tenderpack build [PATH...] [--output DIR] [--check] [--formats LIST]`: validate, then render each
/// clean specification to `Output/<spec-id>/`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate specifications and render each into its tender pack under Output/<spec-id>/.",
        discussion: """
            A specification with errors is never rendered. Each pack folder is replaced \
            atomically: a build killed at any moment leaves it as it was or wholly new. \
            With --check nothing is written; the exit status is 1 when any pack file is \
            stale, missing or extra.
            Exit status: 0 success, 1 findings or stale output, 64 usage, 66 unreadable path, \
            73 output cannot be written, 78 unusable template, 128+N killed by signal N.
            """)

    @OptionGroup var options: SpecificationOptions

    @Option(name: .customLong("output"), help: "The folder packs are written to.")
    var outputFolder = "Output"

    @Option(help: "A templates folder overriding the built-in stylesheet, labels and schemas file by file (default: Templates/ when present).")
    var templates: String?

    @Flag(help: "Write nothing; fail if the output folder is not up to date.")
    var check = false

    @Option(name: .customLong("ocid-prefix"), help: OCIDPrefix.help)
    var ocidPrefix = "ocds-tenderpack-"

    func validate() throws {
        try OCIDPrefix.check(ocidPrefix)
        try requireNonEmptyPath(outputFolder, option: "--output")
        try requireNonEmptyPath(templates, option: "--templates")
    }

    @OptionGroup var formatOptions: FormatOptions

    @OptionGroup var colourOptions: ColourOptions

    @OptionGroup var loudnessOptions: LoudnessOptions

    func run() async throws {
        colourOptions.apply()
        // From the start, so that a signal during validation also exits 128+N with its
        // message (nothing is half-written then), not by the default action.
        if !check { SignalCleanup.install() }
        // Templates first: a broken one stops the run before any specification is read.
        var renderer = try TemplateLoading.renderer(TemplateSet.resolve(explicit: templates), formats: formatOptions.formats)
        renderer.ocidPrefix = ocidPrefix
        var report = try options.validationReport()
        let format = options.format
        let build = PackBuild(renderer: renderer, outputFolder: URL(fileURLWithPath: outputFolder, isDirectory: true),
                              displayFolder: outputFolder, removesOrphans: options.coversAllSpecs, indexes: report.indexes,
                              formats: formatOptions.formats, pdfEngine: formatOptions.engine)
        let specifications = report.cleanSpecifications
        let outcome: PackBuild.Outcome
        if check {
            outcome = try build.check(specifications)
        } else {
            let showsProgress = Terminal.standardErrorIsTerminal && format == .text && loudnessOptions.loudness != .quiet
            let progress: ((Int, Int, String) -> Void)? = showsProgress ? { Self.progress($0, $1, $2) } : nil
            do {
                let quiet = loudnessOptions.loudness == .quiet
                outcome = try build.write(specifications, progress: progress) {
                    if !quiet { Terminal.writeError("tenderpack: waiting for another build writing to \(outputFolder)…\n") }
                }
            } catch let error as PackWriter.WriteError {
                Terminal.writeError("tenderpack: \(error)\n")
                throw ExitCode(ExitStatus.cannotWrite)
            }
        }
        report.diagnostics = (report.diagnostics + outcome.findings).sorted()
        try await ReportEmitter.emit(report, format: format, suiteName: check ? "tenderpack build --check" : "tenderpack build",
                                loudness: loudnessOptions.loudness)
        if format == .text, loudnessOptions.loudness != .quiet {
            // At a terminal, without --verbose, only the packs that changed are named.
            let everyPack = loudnessOptions.loudness == .verbose || !Terminal.standardErrorIsTerminal
            for line in check ? [] : everyPack ? outcome.log : outcome.changedLog { Terminal.writeError(line + "\n") }
            Terminal.writeError(BuildSummary.line(outcome, folder: outputFolder,
                                                  notBuilt: max(0, report.files.count - specifications.count),
                                                  checking: check) + "\n")
        }
        if report.errorCount > 0 { throw ExitCode(ExitStatus.findings) }
    }

    static func progress(_ done: Int, _ total: Int, _ id: String) {
        Terminal.writeError("\r\u{1B}[K[\(done)/\(total)] \(id)" + (done == total ? "\r\u{1B}[K" : ""))
    }
}
