import Foundation
import PackagePlugin

/// Embeds the package's `Templates/` folder in the target it is applied to
/// (TenderTemplates): every file there becomes bytes in a generated Swift source
/// (`embed-templates.sh`), so the `tenderpack` binary carries its default templates
/// wherever it is copied, with no resource bundle beside it.
///
/// Nothing lists the templates by hand. The command's inputs are every file and every
/// folder under Templates/, so a changed file reruns it; the script walks the folder
/// itself, so what it embeds is always the whole folder as it is. A file added or
/// removed changes the folder's structure, which SwiftPM watches (and then asks this
/// plugin again for the inputs) only under a target's own folder: hence the symlink
/// `Sources/TenderTemplates/Templates -> ../../Templates`, excluded from the target's
/// sources. Without it, removing a template would fail the next build with "missing
/// inputs".
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let templates = package.appendingPathComponent("Templates", isDirectory: true)
        let script = package.appendingPathComponent("Plugins/EmbedTemplates/embed-templates.sh")
        var inputs: [URL] = [script, templates]
        if let walker = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil,
                                                       options: [.skipsHiddenFiles]) {
            for case let url as URL in walker { inputs.append(url) }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding Templates/ in \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, templates.path, context.pluginWorkDirectoryURL.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
