import CYaml
import TenderModel

/// The exact place and spelling of every refused tag and directive, from libyaml's
/// token scanner — the very scanner YAMLEventReader's parser reads with (Yams' vendored
/// `CYaml` module; there is no second copy), so that what counts as a tag or a
/// directive can never differ from what the reader sees, whatever the line endings,
/// tabs, quotes, block scalars or flow context. It runs only when the event pass met
/// something to refuse (a tag other than a plainly written `!illustrative`, a
/// directive, a refused key, a syntax error): never on a clean specification.
///
/// Every tag except `!illustrative` written with the default `!` handle, and every
/// `%YAML` or `%TAG` directive, is refused. (`!!binary`, `!!python/object:…`,
/// `!<tag:…>` and a `%TAG` that makes `!illustrative` mean something else all change
/// what a value is, and none belongs in a specification.)
///
/// A syntax error ends the scan quietly: the event pass reports it.
enum YAMLPrePass {
    /// At most this many findings from one file; the rest are the same mistake again.
    static let maximumFindings = 20

    /// The token findings, then the event pass's key findings up to the limit, in order.
    static func findings(in text: String, file: String, keyFindings: [Diagnostic]) -> [Diagnostic] {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        var findings = bytes.withUnsafeMutableBufferPointer { buffer -> [Diagnostic] in
            guard let base = buffer.baseAddress else { return [] }
            return tokenFindings(base, buffer.count, file: file)
        }
        if findings.count < maximumFindings {
            findings += keyFindings.prefix(maximumFindings - findings.count)
        }
        return findings.sorted()
    }

    // MARK: - Tokens: tags and directives

    private static func tokenFindings(_ base: UnsafeMutablePointer<UInt8>, _ count: Int, file: String) -> [Diagnostic] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, count)
        var findings: [Diagnostic] = []
        var token = yaml_token_t()
        while findings.count < maximumFindings, yaml_parser_scan(&parser, &token) == 1 {
            defer { yaml_token_delete(&token) }
            let location = Self.location(token.start_mark, file: file)
            switch token.type {
            case YAML_STREAM_END_TOKEN:
                return findings
            case YAML_VERSION_DIRECTIVE_TOKEN, YAML_TAG_DIRECTIVE_TOKEN:
                let name = token.type == YAML_TAG_DIRECTIVE_TOKEN ? "%TAG" : "%YAML"
                findings.append(Diagnostic(
                    ruleID: LoaderRuleID.yamlUnsupportedDirective, severity: .error, location: location,
                    message: "a specification may not use the `\(name)` directive; remove it (and the `---` after it if nothing else needs it)"))
            case YAML_TAG_TOKEN:
                // Exactly the thirteen characters `!illustrative` (the default handle, not
                // `%`-escaped, not verbatim) is the one tag allowed. (Marks count characters.)
                let handle = string(token.data.tag.handle)
                let suffix = string(token.data.tag.suffix)
                let isIllustrative = handle == "!" && suffix == "illustrative"
                if isIllustrative, token.end_mark.index - token.start_mark.index == 13 { continue }
                // The scanner keeps a verbatim tag `!<…>` as an empty handle and its text.
                let written = handle.isEmpty && suffix != "!" ? "!<\(suffix)>" : handle + suffix
                let message = isIllustrative
                    ? "write the tag as `!illustrative`, with no escapes; it is the only tag a specification may use"
                    : "unsupported tag `\(written.prefix(80))`; the only tag a specification may use is `!illustrative`"
                findings.append(Diagnostic(ruleID: LoaderRuleID.yamlUnsupportedTag, severity: .error,
                                           location: location, message: message))
            default:
                continue
            }
        }
        return findings
    }

    // MARK: - Helpers

    /// libyaml counts lines and columns from 0, in characters, with CRLF, CR and LF
    /// each one line break — as the marks Yams reports.
    private static func location(_ mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
