/// Text from a specification made safe to print in a report: a character that a
/// terminal would act on (an escape sequence, a carriage return, a bidirectional
/// override), that XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF), or that is a
/// noncharacter becomes a visible escape such as `\u{1B}`. Every reporter that writes
/// text — text, GitHub workflow commands, JUnit XML — passes messages through here, so
/// a key written as `"\e[2J"` or `"\uFFFE"` is shown, never obeyed or a broken report.
enum VisibleText {
    /// `keepingLineBreaks` keeps line feeds (JUnit bodies, multi-line GitHub messages
    /// that escape them afterwards); a carriage return is always escaped.
    static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        let v = scalar.value
        switch v {
        case 0x09: return false
        case 0x0A: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates; line and paragraph separators.
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        // Noncharacters: XML cannot hold U+FFFE and U+FFFF; none belongs in a report.
        case 0xFDD0...0xFDEF: return true
        default: return v & 0xFFFE == 0xFFFE
        }
    }
}
