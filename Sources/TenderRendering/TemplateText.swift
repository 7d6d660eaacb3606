public import Foundation

/// A template file that exists but cannot be used: located, with a stable id, so that a
/// council editing `Templates/` sees exactly where the problem is. The CLI exits 78
/// (configuration error) on one; a template that cannot be read at all exits 66.
public struct TemplateProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// `template.stylesheet`, `template.labels`, `template.schema` or `template.file`.
    public var id: String
    public var path: String
    /// 1-based; 0 when the problem is about the whole file.
    public var line: Int
    public var column: Int
    public var message: String

    public init(id: String, path: String, line: Int = 0, column: Int = 0, message: String) {
        self.id = id
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = path
        if line > 0 { place += ":\(line)" }
        if line > 0, column > 0 { place += ":\(column)" }
        return "\(place): error: \(message) [\(id)]"
    }
}

/// Checks on template text before it is used: text XML cannot hold, and stylesheet text
/// that would end the `<style>` element it is inlined into.
public enum TemplateText {
    public static let stylesheetID = "template.stylesheet"
    public static let labelsID = "template.labels"

    /// Sequences that end or escape a `<style>` element's raw text, compared
    /// case-insensitively: `</style` ends it; `<!--`, `-->`, `<script` and `</script` are
    /// never needed in CSS and change how older parsers and XHTML readers see the text.
    static let forbiddenInStylesheet = ["</style", "<!--", "-->", "<script", "</script"]

    /// Decodes and checks a stylesheet; throws at the first problem.
    public static func stylesheet(_ data: Data, path: String) throws(TemplateProblem) -> String {
        let text = try decode(data, path: path, id: stylesheetID)
        if let (offset, character) = firstForbiddenCharacter(in: text) {
            let (line, column) = position(of: offset, in: text)
            throw TemplateProblem(id: stylesheetID, path: path, line: line, column: column,
                                  message: "\(describe(character)) cannot appear in an HTML document; remove it from the stylesheet")
        }
        if let (offset, sequence) = firstForbiddenSequence(in: text) {
            let (line, column) = position(of: offset, in: text)
            let effect = sequence == "</style" ? "would end the <style> element it is inlined into (and let markup after it run)"
                : "is markup, not CSS, and is refused inside the <style> element"
            throw TemplateProblem(id: stylesheetID, path: path, line: line, column: column,
                                  message: "`\(sequence)` \(effect)")
        }
        return text
    }

    /// The earliest of `forbiddenInStylesheet` in `text` (ASCII letters compared
    /// case-insensitively), with its offset in Unicode scalars. One pass over the UTF-8
    /// bytes: the sequences are ASCII, so a byte match is a text match.
    static func firstForbiddenSequence(in text: String) -> (Int, String)? {
        let patterns = forbiddenInStylesheet.map { Array($0.utf8) }
        var scalars = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "-") {
                for (number, pattern) in patterns.enumerated() where matches(pattern, at: index, in: utf8) {
                    return (scalars, forbiddenInStylesheet[number])
                }
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            utf8.formIndex(after: &index)
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], at start: String.UTF8View.Index, in utf8: String.UTF8View) -> Bool {
        var index = start
        for expected in pattern {
            guard index != utf8.endIndex else { return false }
            var byte = utf8[index]
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != expected { return false }
            utf8.formIndex(after: &index)
        }
        return true
    }

    /// Checks each label value of a labels file; `text` is the file, for locating.
    public static func labels(_ values: [String: String], text: String, path: String) throws(TemplateProblem) {
        for key in values.keys.sorted() {
            guard let value = values[key], let (_, character) = firstForbiddenCharacter(in: value) else { continue }
            let (line, column) = locateValue(of: key, in: text)
            throw TemplateProblem(id: labelsID, path: path, line: line, column: column,
                                  message: "label `\(key)` holds \(describe(character)), which an HTML or XML document cannot hold")
        }
    }

    /// Strict UTF-8; an invalid byte is located.
    static func decode(_ data: Data, path: String, id: String) throws(TemplateProblem) -> String {
        if let text = String(data: data, encoding: .utf8) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        // Find the first invalid byte by decoding ever longer valid prefixes line by line.
        var line = 1
        var column = 1
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = data.index(index, offsetBy: max(length, 1), limitedBy: data.endIndex) ?? data.endIndex
            if length == 0 || String(data: data[index..<end], encoding: .utf8) == nil { break }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index = end
        }
        throw TemplateProblem(id: id, path: path, line: line, column: column, message: "not valid UTF-8")
    }

    /// The first character XML 1.0 cannot hold (NUL, C0 controls but tab, LF and CR,
    /// U+FFFE, U+FFFF), with its offset in Unicode scalars.
    static func firstForbiddenCharacter(in text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF {
                return (offset, scalar)
            }
        }
        return nil
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0: return "a NUL character (\(code))"
        case 0xFFFE, 0xFFFF: return "the noncharacter \(code)"
        default: return "the control character \(code)"
        }
    }

    /// 1-based line and column (in characters) of a Unicode-scalar offset.
    static func position(of offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        var previousCR = false
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" {
                if !previousCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousCR = scalar == "\r"
        }
        return (line, column)
    }

    /// Where a key's value starts in a JSON object's text (the key itself when the
    /// value cannot be found, 1:1 when neither can).
    static func locateValue(of key: String, in text: String) -> (Int, Int) {
        let scalars = Array(text.unicodeScalars)
        let quoted = Array(("\"" + key + "\"").unicodeScalars)
        guard quoted.count <= scalars.count else { return (1, 1) }
        var start = 0
        while start + quoted.count <= scalars.count {
            if Array(scalars[start..<start + quoted.count]) == quoted {
                var cursor = start + quoted.count
                while cursor < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[cursor]) { cursor += 1 }
                if cursor < scalars.count, scalars[cursor] == ":" {
                    cursor += 1
                    while cursor < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[cursor]) { cursor += 1 }
                    return position(of: cursor, in: text)
                }
            }
            start += 1
        }
        return (1, 1)
    }
}
