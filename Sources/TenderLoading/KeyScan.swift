import TenderModel

/// A pass over the raw text before Yams composes it.
///
/// Yams checks every mapping for duplicate keys by hashing the key nodes. A key that
/// is an alias of a "billion laughs" structure is hashed in full — minutes of work —
/// before any lowering budget can stop it. Specifications only ever need plain-name
/// keys, so a document that uses aliases and also has an alias, `?` or collection as
/// a key is refused here, at that key.
enum KeyScan {
    static func refusedKey(in text: String, file: String) -> Diagnostic? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var hasAlias = false
        var suspect: SourceLocation?
        var blockIndent: Int?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || line.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
                blockIndent = nil
            }
            var quote: Unicode.Scalar?
            var column = 0
            var afterSequenceDash = indent
            while afterSequenceDash + 1 < line.count, line[afterSequenceDash] == "-", line[afterSequenceDash + 1] == " " {
                afterSequenceDash += 2
                while afterSequenceDash < line.count, line[afterSequenceDash] == " " { afterSequenceDash += 1 }
            }
            if afterSequenceDash < line.count, line[afterSequenceDash] == "?",
               afterSequenceDash + 1 == line.count || line[afterSequenceDash + 1] == " " {
                suspect = suspect ?? SourceLocation(file: file, line: lineNumber, column: afterSequenceDash + 1)
            }
            while column < line.count {
                let c = line[column]
                if let q = quote {
                    if c == q { quote = nil }
                    column += 1
                    continue
                }
                let previous: Unicode.Scalar = column > 0 ? line[column - 1] : " "
                let atTokenStart = previous == " " || previous == "[" || previous == "{" || previous == ","
                switch c {
                case "\"" where atTokenStart, "'" where atTokenStart:
                    quote = c
                case "#" where previous == " " || column == 0:
                    column = line.count
                    continue
                case "*" where atTokenStart:
                    hasAlias = true
                    // libyaml ends an alias name at the first character that is not
                    // a letter, digit, `-` or `_`: `*g: boom` is the alias `g` as a key.
                    var end = column + 1
                    while end < line.count, Self.isAnchorCharacter(line[end]) { end += 1 }
                    var next = end
                    while next < line.count, line[next] == " " { next += 1 }
                    if next < line.count, line[next] == ":" {
                        suspect = suspect ?? SourceLocation(file: file, line: lineNumber, column: column + 1)
                    }
                    column = end
                    continue
                case "]", "}":
                    var next = column + 1
                    while next < line.count, line[next] == " " { next += 1 }
                    if next < line.count, line[next] == ":", next + 1 == line.count || line[next + 1] == " " {
                        suspect = suspect ?? SourceLocation(file: file, line: lineNumber, column: column + 1)
                    }
                case "|" where previous == " ", ">" where previous == " ":
                    let rest = line[(column + 1)...].filter { $0 != " " && $0 != "\r" }
                    if rest.allSatisfy({ "+-0123456789".unicodeScalars.contains($0) }) { blockIndent = indent }
                default:
                    break
                }
                column += 1
            }
        }
        guard hasAlias, let suspect else { return nil }
        return Diagnostic(ruleID: LoaderRuleID.yamlExpansionLimit, severity: .error, location: suspect,
                          message: "a document that uses aliases may not use an alias, `?` or a list or mapping as a key; specification keys are plain names")
    }

    static func isAnchorCharacter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")
    }
}
