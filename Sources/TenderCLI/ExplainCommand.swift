import ArgumentParser
import TenderValidation

/// `tenderpack explain ID`: one rule's summary, rationale and examples — the same
/// examples the test suite runs.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: why it exists, with examples that do and do not trigger it.")

    @Argument(help: "A rule id, as printed in brackets after a finding (see `tenderpack rules`).")
    var id: String

    func validate() throws {
        guard RuleCatalogue.rule(id: id) != nil || CheckFindings.explanation(id) != nil else {
            let hint = RuleCatalogue.suggestion(for: id).map { "; did you mean `\($0)`?" } ?? "; run `tenderpack rules` for the list"
            throw ValidationError("unknown rule `\(id)`\(hint)")
        }
    }

    func run() throws {
        if let text = CheckFindings.explanation(id) {
            Terminal.write(text)
            return
        }
        guard let rule = RuleCatalogue.rule(id: id) else { throw ExitCode.validationFailure }
        Terminal.write(ExplainText.render(rule))
    }
}

/// The text `explain` prints for a rule.
public enum ExplainText {
    public static func render(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) (\(rule.severity.rawValue))\n\n\(rule.summary)\n\n\(wrap(rule.rationale, width: 80))\n"
        func section(_ title: String, _ examples: [RuleExample]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title)\n"
            for (number, example) in examples.enumerated() {
                out += "\n  Example \(number + 1)"
                switch example.kind {
                case .fragment:
                    out += " (merged over a minimal valid specification):\n"
                case .document:
                    out += " (a whole file):\n"
                case .bytes(let caption):
                    out += ": \(caption)\n"
                    continue
                }
                let body = example.source.isEmpty ? "(an empty file)" : example.source
                for line in body.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty || body.isEmpty {
                    out += "    " + visible(String(line)) + "\n"
                }
            }
        }
        section("Reported (↓ marks where the finding points):", rule.triggering)
        section("Not reported:", rule.nonTriggering)
        return out
    }

    /// Control characters shown as escapes, so that an example never prints raw bytes.
    static func visible(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else if scalar == "\t" {
                out += "→"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
