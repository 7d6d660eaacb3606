import ArgumentParser
import Foundation

/// `tenderpack init [DIR]`: scaffolds a specifications repository.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a specifications repository: Specs/ with a commented example, a policy, a CI workflow.",
        discussion: """
            Writes Specs/example-floating-support.yaml (a commented example that \
            validates and builds), tenderpack-policy.yaml, .gitignore, \
            .github/workflows/tenderpack.yml (runs tenderpack check) and README.md into \
            DIR (default: the current folder), creating it if needed. Existing files are \
            never overwritten: if any of these exists, nothing is written.
            Exit status: 0 written, 64 usage, 73 a file exists or cannot be written.
            """)

    @Argument(help: "The folder to set up (default: the current folder).")
    var folder = "."

    func validate() throws {
        try requireNonEmptyPath(folder, option: "DIR")
    }

    func run() throws {
        let files = Scaffold.files
        do {
            try NewFiles.write(files, into: folder)
        } catch {
            Terminal.writeError("tenderpack: \(error)\n")
            throw ExitCode(ExitStatus.cannotWrite)
        }
        let shown = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        for file in files.map(\.path).sorted() { Terminal.write("created \(shown)\(file)\n") }
        let move = folder == "." ? "" : "cd \(folder) && "
        Terminal.write("Next: \(move)tenderpack validate && tenderpack build, then commit Specs/ and Output/.\n")
    }
}
