import ArgumentParser

/// The entry point `main.swift` calls: the async `main`, so that the commands that run
/// git through swift-subprocess (`diff`, `check`, `approve`) can await it.
extension TenderPackCommand {
    public static func runAsync() async {
        let command: any AsyncParsableCommand.Type = TenderPackCommand.self
        await command.main()
    }
}
