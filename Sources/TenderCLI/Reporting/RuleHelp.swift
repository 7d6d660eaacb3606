import TenderModel
import TenderValidation

/// Every id a finding can carry — the rule catalogue, and the findings of `check`,
/// `diff` and the policy file (`CheckFindings`) — with what `explain` says about it,
/// as SARIF's `rules` describe them. Sorted by id.
enum RuleHelp {
    struct Entry: Sendable {
        let id: String
        /// SARIF's default level: `error` or `warning`.
        let level: String
        let summary: String
        let rationale: String
        /// What `tenderpack explain ID` prints.
        let text: String
        /// The same, as Markdown: examples in fenced YAML blocks.
        let markdown: String
    }

    static let all: [Entry] = {
        var entries = RuleCatalogue.all.map { rule in
            Entry(id: rule.id, level: rule.severity.rawValue, summary: rule.summary, rationale: rule.rationale,
                  text: ExplainText.render(rule), markdown: markdown(rule))
        }
        for (id, entry) in CheckFindings.descriptions where RuleCatalogue.rule(id: id) == nil {
            // "error or warning" (a change below the threshold) is a warning by default.
            let level = entry.severity == "error" ? "error" : "warning"
            entries.append(Entry(id: id, level: level, summary: entry.summary, rationale: entry.rationale,
                                 text: CheckFindings.explanation(id) ?? entry.summary,
                                 markdown: "**\(entry.summary)** (\(entry.severity))\n\n\(entry.rationale)\n\n"
                                     + "`tenderpack explain \(id)` prints this.\n"))
        }
        return entries.sorted { $0.id < $1.id }
    }()

    static let index: [String: Int] = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// `explain`'s text as Markdown: the summary, the rationale, and the examples in
    /// fenced blocks long enough that no example can close them.
    static func markdown(_ rule: RuleDescription) -> String {
        var out = "**\(rule.summary)** (\(rule.severity.rawValue))\n\n\(rule.rationale)\n"
        func section(_ title: String, _ examples: [RuleExample]) {
            guard !examples.isEmpty else { return }
            out += "\n#### \(title)\n"
            for (number, example) in examples.enumerated() {
                switch example.kind {
                case .fragment: out += "\nExample \(number + 1) (merged over a minimal valid specification):\n\n"
                case .document: out += "\nExample \(number + 1) (a whole file):\n\n"
                case .bytes(let caption):
                    out += "\nExample \(number + 1): \(caption)\n"
                    continue
                }
                let body = example.source.isEmpty ? "(an empty file)" : example.source
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { ExplainText.visible(String($0)) }
                let longestRun = lines.map(longestBacktickRun).max() ?? 0
                let fence = String(repeating: "`", count: max(3, longestRun + 1))
                out += fence + "yaml\n" + lines.joined(separator: "\n")
                if !(lines.last ?? "").isEmpty { out += "\n" }
                out += fence + "\n"
            }
        }
        section("Reported (↓ marks where the finding points)", rule.triggering)
        section("Not reported", rule.nonTriggering)
        out += "\n`tenderpack explain \(rule.id)` prints this.\n"
        return out
    }

    private static func longestBacktickRun(_ line: String) -> Int {
        var longest = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
