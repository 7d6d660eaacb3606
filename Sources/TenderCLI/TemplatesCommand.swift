import ArgumentParser
import Foundation
import TenderRendering

/// `tenderpack templates list|export`: the built-in templates, and copies to restyle.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the templates a build uses, or export the built-in ones to restyle.",
        discussion: """
            The stylesheets, labels and schemas are built into tenderpack. A file at the \
            same path in Templates/ (in the current folder) or in --templates DIR \
            replaces the built-in one; the others stay built in.
            """,
        subcommands: [TemplatesListCommand.self, TemplatesExportCommand.self])
}

/// `tenderpack templates list [--templates DIR]`.
struct TemplatesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every template and where this folder's builds read it from.",
        discussion: "Exit status: 0, 64 usage, 66 the --templates folder cannot be read.")

    @Option(help: "A templates folder overriding the built-in ones file by file (default: Templates/ when present).")
    var templates: String?

    func validate() throws {
        try requireNonEmptyPath(templates, option: "--templates")
    }

    func run() throws {
        let set = TemplateSet.resolve(explicit: templates)
        do {
            try set.checkFolder()
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
        let width = TemplateSet.paths.map(\.count).max() ?? 0
        for path in TemplateSet.paths {
            let padded = path.padding(toLength: width, withPad: " ", startingAt: 0)
            if set.overrides(path) {
                let shown = templates ?? "Templates"
                Terminal.write("\(padded)  \((shown.hasSuffix("/") ? shown : shown + "/") + path)\n")
            } else {
                Terminal.write("\(padded)  built-in\n")
            }
        }
    }
}

/// `tenderpack templates export DIR [PATH...]`.
struct TemplatesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in templates (all, or the paths named) into DIR to restyle.",
        discussion: """
            Export into Templates/ (or any folder given to --templates) and edit: each \
            exported file then replaces the built-in one. Export only the files you \
            mean to change — the others keep following tenderpack's defaults (its \
            schemas change with the renderer). Existing files are never overwritten: if \
            any would be, nothing is written.
            Exit status: 0 written, 64 usage (an unknown template path), 73 a file exists \
            or cannot be written.
            """)

    @Argument(help: "The folder to write into (created if needed), e.g. Templates.")
    var folder: String

    @Argument(help: "Template paths to export, as `tenderpack templates list` prints them (default: all).")
    var paths: [String] = []

    func validate() throws {
        try requireNonEmptyPath(folder, option: "DIR")
        let known = Set(TemplateSet.paths)
        for path in paths where !known.contains(path) {
            throw ValidationError("no built-in template \(path); the templates are: " + TemplateSet.paths.joined(separator: ", "))
        }
    }

    func run() throws {
        let chosen = paths.isEmpty ? TemplateSet.paths : TemplateSet.paths.filter(Set(paths).contains)
        let files = chosen.compactMap { path in TemplateSet.builtInData(path).map { (path: path, data: $0) } }
        do {
            try NewFiles.write(files, into: folder)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.cannotWrite)
        }
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        for file in files { Terminal.write("exported \(shown)\(file.path)\n") }
    }
}
