import TenderModel

/// Turns the errors libyaml reports (through YAMLEventReader) into located findings
/// with readable messages.
enum YAMLErrorTranslation {
    static func diagnostic(for failure: YAMLParseFailure, text: String, file: String) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        func finding(_ rule: String, _ location: SourceLocation, _ message: String) -> Diagnostic {
            Diagnostic(ruleID: rule, severity: .error, location: location, message: message)
        }
        let problem = failure.problem
        switch failure.kind {
        case .scanner, .parser, .composer:
            let mark = at(failure.line, failure.column)
            if problem.contains("Maximum nesting level") || (failure.context?.text.contains("Maximum nesting level") ?? false) {
                return finding(LoaderRuleID.yamlTooDeep, mark,
                               "YAML is nested too deeply; a specification needs only a few levels")
            }
            if problem.contains("another document") {
                return finding(LoaderRuleID.yamlSyntax, mark,
                               "a specification file holds one YAML document; found a second one")
            }
            var message = "YAML syntax error: \(problem)"
            var place = mark
            if let context = failure.context {
                message += " (\(context.text) at line \(context.line), column \(context.column))"
                // A quote or bracket left open is noticed lines later, or at the end of
                // the file; the place to fix is where it was opened.
                let unclosed = context.text.contains("quoted scalar") || context.text.contains("flow")
                if unclosed, context.line < failure.line { place = at(context.line, context.column) }
            }
            return finding(LoaderRuleID.yamlSyntax, place, message)
        case .reader:
            var place = failure.offset.map { Self.location(ofUTF8Offset: $0, in: text, file: file) } ?? SourceLocation.start(of: file)
            let value = failure.value
            if problem.contains("control characters") {
                // libyaml names the character it refused, the first it cannot read: its
                // first occurrence is the place (the reader's offset lags on CRLF).
                if value >= 0, let scalar = Unicode.Scalar(UInt32(value)),
                   let first = Self.location(ofFirst: scalar, in: text, file: file) {
                    place = first
                }
                let code = value >= 0 ? " (U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ")" : ""
                return finding(LoaderRuleID.textInvalidXMLCharacter, place,
                               "control character\(code) in the file; XML 1.0 cannot hold it and no tender document can show it")
            }
            return finding(LoaderRuleID.fileEncoding, place, "cannot read the file: \(problem)")
        case .memory:
            return finding(LoaderRuleID.fileTooLarge, .start(of: file), "the YAML parser ran out of memory")
        }
    }

    /// Where `target` first occurs, with lines counted as libyaml counts them.
    static func location(ofFirst target: Unicode.Scalar, in text: String, file: String) -> SourceLocation? {
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == target { return location(ofUTF8Offset: offset, in: text, file: file) }
            offset += UTF8.width(scalar)
        }
        return nil
    }

    static func location(ofUTF8Offset offset: Int, in text: String, file: String) -> SourceLocation {
        // Lines are counted as libyaml counts them: CRLF, CR, LF, NEL, LS and PS each end one.
        var line = 1
        var column = 1
        var consumed = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            switch scalar {
            case "\n" where previous == "\r": break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": line += 1; column = 1
            default: column += 1
            }
            previous = scalar
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
