import ArgumentParser
import Foundation
import TenderSynth

/// `tenderpack synth --scale K [--seed N] [--revised] [--output FILE]`: a synthetic
/// specification k times the size of Norfolk's, for load-testing CI and benchmarks.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a synthetic specification K times the size of the Norfolk tender version.",
        discussion: """
            The same arguments always give the same bytes. The specification validates \
            clean. --revised gives a second version of it with about 1% of its clauses \
            changed (some reordered), for timing `tenderpack diff`.
            """)

    @Option(help: "Scale factor: how many times the Norfolk tender's lots, requirements, KPIs, stages and areas.")
    var scale: Int

    @Option(help: "Seed for the generated text and figures.")
    var seed: UInt64 = 1

    @Flag(help: "Generate the revised version (about 1% of clauses changed).")
    var revised = false

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (1...10_000).contains(scale) else { throw ValidationError("--scale must be between 1 and 10000") }
    }

    func run() throws {
        let yaml = try SyntheticSpecification(scale: scale, seed: seed, revised: revised).yaml()
        guard let output else {
            Terminal.write(yaml)
            return
        }
        do {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.writeError("tenderpack: cannot write \(output): \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
    }
}
