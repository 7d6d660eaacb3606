import CYaml
import TenderModel

/// The checks made on a document before Yams composes it — made by libyaml itself,
/// the very parser Yams composes with (its vendored `CYaml` module; there is no second
/// copy), so that what counts as a tag, a directive, a key or an alias can never
/// differ from what the composer sees, whatever the line endings, tabs, quotes, block
/// scalars or flow context. Both passes are linear in the size of the file.
///
/// 1. The scanner's tokens: every tag except `!illustrative` written with the default
///    `!` handle, and every `%YAML` or `%TAG` directive, is refused. (`!!binary`,
///    `!!python/object:…`, `!<tag:…>` and a `%TAG` that makes `!illustrative` mean
///    something else all change what a value is, and none belongs in a specification.)
/// 2. The parser's events: a key that is not a scalar — an alias, a list, a mapping —
///    is refused before Yams hashes it to look for duplicates (an alias of a "billion
///    laughs" structure takes minutes to hash), and a key written twice in one mapping
///    is reported at its second copy.
///
/// A syntax error ends a pass quietly: Yams parses the same text next and reports it.
enum YAMLPrePass {
    /// At most this many findings from one file; the rest are the same mistake again.
    static let maximumFindings = 20

    static func findings(in text: String, file: String) -> [Diagnostic] {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        return bytes.withUnsafeMutableBufferPointer { buffer -> [Diagnostic] in
            guard let base = buffer.baseAddress else { return [] }
            var findings = tokenFindings(base, buffer.count, file: file)
            if findings.count < maximumFindings {
                findings += eventFindings(base, buffer.count, file: file, limit: maximumFindings - findings.count)
            }
            return findings.sorted()
        }
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

    // MARK: - Events: keys

    /// An open collection: for a mapping, its scalar keys so far and whether the next
    /// node is a key.
    private struct Frame {
        var isMapping: Bool
        var expectingKey = true
        var keys: Set<String> = []
    }

    private static func eventFindings(_ base: UnsafeMutablePointer<UInt8>, _ count: Int, file: String, limit: Int) -> [Diagnostic] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, count)
        var findings: [Diagnostic] = []
        var stack: [Frame] = []
        var event = yaml_event_t()
        while findings.count < limit, yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            let type = event.type
            if type == YAML_STREAM_END_EVENT { break }
            if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT {
                _ = stack.popLast()
                continue
            }
            guard type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT
                    || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT else { continue }
            // Is this node a key of the mapping it is in?
            var isKey = false
            if let top = stack.indices.last, stack[top].isMapping {
                isKey = stack[top].expectingKey
                stack[top].expectingKey.toggle()
            }
            let location = Self.location(event.start_mark, file: file)
            if isKey {
                switch type {
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    // Yams compares keys by text and tag; the basic resolver gives every
                    // untagged scalar the same tag.
                    let key = string(scalar.tag) + "\u{0}" + value
                    if !stack[stack.count - 1].keys.insert(key).inserted {
                        findings.append(Diagnostic(
                            ruleID: LoaderRuleID.yamlDuplicateKey, severity: .error, location: location,
                            message: "key `\(value.prefix(80))` appears more than once in the same mapping; the later value would silently replace the earlier one"))
                    }
                case YAML_ALIAS_EVENT:
                    findings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location,
                        message: "an alias (`*\(string(event.data.alias.anchor).prefix(40))`) may not be a key; specification keys are plain names"))
                default:
                    let what = type == YAML_SEQUENCE_START_EVENT ? "a list" : "a mapping"
                    findings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location,
                        message: "\(what) may not be a key; specification keys are plain names"))
                }
            }
            if type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
                stack.append(Frame(isMapping: type == YAML_MAPPING_START_EVENT))
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
