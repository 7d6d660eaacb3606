import ArgumentParser
import TenderRendering

/// `build --formats xml,html,…`: which kinds of pack file a build writes or checks
/// (`--format` is the report's format). Files of the formats left out stay as they are.
struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("formats"),
            help: ArgumentHelp("The pack formats to build or check, comma-separated: \(PackFormat.names), or all.",
                               valueName: "list"))
    var list = "all"

    /// The chosen formats; `validate()` has refused a bad list.
    var formats: Set<PackFormat> { (try? PackFormat.parse(list)) ?? PackFormat.all }

    func validate() throws {
        do {
            _ = try PackFormat.parse(list)
        } catch {
            throw ValidationError("--formats: \(error.description)")
        }
    }
}
