import TenderModel
import TenderValidation

/// `path:line:column: severity: message [rule-id]`, one per line, sorted; on a
/// terminal, with colour and the offending line under a caret.
public struct TextReporter: Sendable {
    /// Show the offending line under a caret.
    public var terminal: Bool
    /// Colour the severity and the caret.
    public var colour: Bool
    /// Roll warnings up by rule and file (a person at a terminal, without `--verbose`):
    /// a rule that warns more than once in a file is one line, `36 × rule in file — run
    /// with --verbose to list`, where its first warning would be. Errors, and a warning
    /// that is its rule's only one in its file, are printed in full.
    public var rollsUpWarnings = false

    public init(terminal: Bool) {
        self.terminal = terminal
        self.colour = terminal
    }

    public init(terminal: Bool, colour: Bool) {
        self.terminal = terminal
        self.colour = colour
    }

    public func render(_ report: ValidationReport) -> String {
        var out = ""
        var lines: [String: [Substring]] = [:]
        let rolledUp = rollsUpWarnings ? Self.warningGroups(report.diagnostics).filter { $0.value > 1 } : [:]
        var listed = Set<WarningGroup>()
        for diagnostic in report.diagnostics {
            let group = WarningGroup(ruleID: diagnostic.ruleID, file: diagnostic.location.file)
            if diagnostic.severity == .warning, let count = rolledUp[group] {
                if listed.insert(group).inserted { out += rollUp(group, count: count) + "\n" }
                continue
            }
            out += headline(diagnostic) + "\n"
            for note in diagnostic.notes {
                out += "    note: \(VisibleText.escape(note))\n"
            }
            guard terminal, let text = report.sourceTexts[diagnostic.location.file] else { continue }
            if lines[diagnostic.location.file] == nil {
                lines[diagnostic.location.file] = Self.lines(of: text)
            }
            let fileLines = lines[diagnostic.location.file] ?? []
            let index = diagnostic.location.line - 1
            guard fileLines.indices.contains(index) else { continue }
            let source = String(fileLines[index].prefix(200)).replacingOccurrences(of: "\t", with: " ")
            let printable = String(String.UnicodeScalarView(source.unicodeScalars.map {
                VisibleText.needsEscape($0, keepingLineBreaks: false) ? "?" : $0
            }))
            out += "    " + printable + "\n"
            out += "    " + String(repeating: " ", count: max(0, min(diagnostic.location.column - 1, 200))) + colour("^", "32") + "\n"
        }
        out += audit(report)
        return out
    }

    /// The warnings of one rule in one file.
    struct WarningGroup: Hashable {
        var ruleID: String
        var file: String
    }

    /// How many warnings each rule gives in each file.
    static func warningGroups(_ diagnostics: [Diagnostic]) -> [WarningGroup: Int] {
        var groups: [WarningGroup: Int] = [:]
        for d in diagnostics where d.severity == .warning {
            groups[WarningGroup(ruleID: d.ruleID, file: d.location.file), default: 0] += 1
        }
        return groups
    }

    /// `36 × provenance.illustrative-at-tender in Specs/x.yaml — run with --verbose to list`.
    func rollUp(_ group: WarningGroup, count: Int) -> String {
        "\(colour("\(count) ×", "1;33")) \(group.ruleID) in \(VisibleText.escape(group.file)) — run with --verbose to list"
    }

    /// The lines of a file as findings number them: CRLF, CR, LF, NEL, LS and PS each
    /// end one (libyaml's count). Splitting on the `Character` "\n" would treat a
    /// CRLF file as one line: "\r\n" is a single `Character` in Swift.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// The audit section (`check`): every suppressed finding, each with who accepted it,
    /// until or since when, where, and why. Empty when nothing was suppressed.
    func audit(_ report: ValidationReport) -> String {
        guard !report.suppressed.isEmpty else { return "" }
        let waived = report.suppressed.filter { $0.kind == .waiver }.count
        let approved = report.suppressed.count - waived
        var out = "audit: \(waived) waived, \(approved) approved (suppressed: listed here, not counted, never failing the run)\n"
        for suppression in report.suppressed {
            let d = suppression.finding
            out += "\(VisibleText.escape(d.location.description)): \(colour("suppressed", "1;36")) \(d.severity.rawValue): "
                + "\(VisibleText.escape(d.message)) [\(d.ruleID)]\n"
            out += "    \(VisibleText.escape(suppression.justification))\n"
            for note in d.notes { out += "    note: \(VisibleText.escape(note))\n" }
        }
        return out
    }

    /// The one-line summary for standard error.
    public func summary(_ report: ValidationReport) -> String {
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        let suppressed = report.suppressed.isEmpty ? "" : ", \(report.suppressed.count) suppressed"
        if report.diagnostics.isEmpty { return "\(files) checked: no findings" + suppressed }
        let errors = report.errorCount == 1 ? "1 error" : "\(report.errorCount) errors"
        let warnings = report.warningCount == 1 ? "1 warning" : "\(report.warningCount) warnings"
        return "\(files) checked: \(errors), \(warnings)" + suppressed
    }

    func headline(_ d: Diagnostic) -> String {
        let severity = d.severity == .error ? colour("error", "1;31") : colour("warning", "1;33")
        return "\(VisibleText.escape(d.location.description)): \(severity): \(VisibleText.escape(d.message)) [\(d.ruleID)]"
    }

    func colour(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
