import TenderModel
import Yams

/// Turns the errors Yams throws into located findings with readable messages.
enum YAMLErrorTranslation {
    static func diagnostic(for error: any Error, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func finding(_ rule: String, _ location: SourceLocation, _ message: String) -> Diagnostic {
            Diagnostic(ruleID: rule, severity: .error, location: location, message: message)
        }
        guard let yamlError = error as? YamlError else {
            return finding(LoaderRuleID.yamlSyntax, .start(of: file), "could not parse YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.contains("Maximum nesting level") || (context?.text.contains("Maximum nesting level") ?? false) {
                return finding(LoaderRuleID.yamlTooDeep, at(mark),
                               "YAML is nested too deeply; a specification needs only a few levels")
            }
            if problem.contains("another document") {
                return finding(LoaderRuleID.yamlSyntax, at(mark),
                               "a specification file holds one YAML document; found a second one")
            }
            var message = "YAML syntax error: \(problem)"
            var place = at(mark)
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
                // A quote or bracket left open is noticed lines later, or at the end of
                // the file; the place to fix is where it was opened.
                let unclosed = context.text.contains("quoted scalar") || context.text.contains("flow")
                if unclosed, context.mark.line < mark.line { place = at(context.mark) }
            }
            return finding(LoaderRuleID.yamlSyntax, place, message)
        case .reader(let problem, let offset, let value, _):
            let place = offset.map { Self.location(ofUTF8Offset: $0, in: text, file: file) } ?? SourceLocation.start(of: file)
            if problem.contains("control characters") {
                let code = value >= 0 ? " (U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ")" : ""
                return finding(LoaderRuleID.textInvalidXMLCharacter, place,
                               "control character\(code) in the file; XML 1.0 cannot hold it and no tender document can show it")
            }
            return finding(LoaderRuleID.fileEncoding, place, "cannot read the file: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let place = secondOccurrenceInFlow(of: key, firstAt: context.mark, in: text, file: file)
                ?? secondOccurrence(of: key, mappingAt: context.mark, in: text, file: file)
                ?? at(context.mark)
            return finding(LoaderRuleID.yamlDuplicateKey, place,
                           "key `\(key.prefix(80))` appears more than once in the same mapping; the later value would silently replace the earlier one")
        case .memory:
            return finding(LoaderRuleID.fileTooLarge, .start(of: file), "the YAML parser ran out of memory")
        default:
            return finding(LoaderRuleID.yamlSyntax, .start(of: file), "could not parse YAML: \(yamlError)")
        }
    }

    static func location(ofUTF8Offset offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Where a duplicated key is written the second time: Yams reports only the
    /// mapping. Looks for lines whose key starts at the mapping's column.
    static func secondOccurrence(of key: String, mappingAt mark: Mark, in text: String, file: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        var lineNumber = max(1, mark.line)
        let keyColumn = max(0, mark.column - 1)
        while lineNumber <= lines.count {
            let line = Array(lines[lineNumber - 1].unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\r" } || (indent < line.count && line[indent] == "#")
            if lineNumber > mark.line, !isBlank, indent < keyColumn { break }
            // The key starts at the mapping's column on every line; a blank line holding
            // only spaces can be shorter than that.
            if line.count > keyColumn {
                let rest = String(String.UnicodeScalarView(line[keyColumn...]))
                let candidates = [key, "\"\(key)\"", "'\(key)'"]
                if (lineNumber == mark.line || indent == keyColumn),
                   candidates.contains(where: { rest.hasPrefix($0) && rest.dropFirst($0.count).drop(while: { $0 == " " }).hasPrefix(":") }) {
                    seen += 1
                    if seen == 2 { return SourceLocation(file: file, line: lineNumber, column: mark.column) }
                }
            }
            lineNumber += 1
        }
        return nil
    }
}

extension YAMLErrorTranslation {
    /// The same search inside a flow mapping (`{min: 1, max: 3, max: 4}`): from the
    /// first occurrence, walk the mapping's entries at its own depth until the key
    /// appears again or the mapping closes.
    static func secondOccurrenceInFlow(of key: String, firstAt mark: Mark, in text: String, file: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let first = lines[mark.line - 1]
        let before = first.prefix(max(0, mark.column - 1)).last { $0 != " " && $0 != "\t" }
        guard before == "{" || before == "," else { return nil }
        let candidates = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        var depth = 0
        var quote: Unicode.Scalar?
        var atEntryStart = false
        var line = mark.line - 1
        var column = mark.column - 1 + 1
        while line < lines.count {
            let characters = lines[line]
            while column < characters.count {
                let c = characters[column]
                if let q = quote {
                    if c == q { quote = nil }
                    column += 1
                    continue
                }
                if atEntryStart, c != " ", c != "\t", c != "\r" {
                    atEntryStart = false
                    if depth == 0, let match = candidates.first(where: { characters[column...].starts(with: $0) }) {
                        let rest = characters[(column + match.count)...].drop { $0 == " " }
                        if rest.first == ":" { return SourceLocation(file: file, line: line + 1, column: column + 1) }
                    }
                }
                switch c {
                case "\"", "'": quote = c
                case "{", "[": depth += 1
                case "}", "]":
                    depth -= 1
                    if depth < 0 { return nil }
                case "," where depth == 0: atEntryStart = true
                default: break
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
