public import ArgumentParser

/// `tenderpack`: turns specifications of commissioned support services into tender packs.
public struct TenderPackCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tenderpack",
        abstract: "Turn specifications of commissioned support services into tender packs.",
        version: TenderPackVersion.current,
        subcommands: [ValidateCommand.self, BuildCommand.self, DiffCommand.self, CheckCommand.self, SynthCommand.self, RulesCommand.self, ExplainCommand.self, ConvertCommand.self, SchemaCommand.self, VerifyCommand.self, ApproveCommand.self,
                      InitCommand.self, TemplatesCommand.self]
    )

    public init() {}
}
