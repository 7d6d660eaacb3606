import ArgumentParser
import TenderValidation

/// `tenderpack rules`: the rule catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: its id, default severity and summary.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    struct Entry: Encodable { let id: String; let severity: String; let summary: String }

    func run() throws {
        let rules = RuleCatalogue.all
        switch format {
        case .text:
            let width = rules.map(\.id.count).max() ?? 0
            var out = ""
            for rule in rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                out += "\(id)  \(severity)  \(rule.summary)\n"
            }
            Terminal.write(out)
        case .json:
            Terminal.write(try JSONOutput.encode(rules.map {
                Entry(id: $0.id, severity: $0.severity.rawValue, summary: $0.summary)
            }))
        }
    }
}
