public import TenderModel
import Foundation

/// The bytes of a specification file checked before any YAML is parsed: not too
/// large, not binary, UTF-8 — each failure a located finding, never a crash.
public struct SourceText: Sendable {
    /// Larger files are refused: a specification a hundred times Norfolk's is a few megabytes.
    public static let maximumBytes = 32 * 1024 * 1024

    public let file: String
    public let text: String

    /// Decodes `data`, or returns the finding that says why it cannot be read as a specification.
    public static func decode(_ data: Data, file: String) -> Result<SourceText, Diagnostic> {
        let start = SourceLocation.start(of: file)
        if data.count > maximumBytes {
            return .failure(Diagnostic(
                ruleID: LoaderRuleID.fileTooLarge, severity: .error, location: start,
                message: "file is \(data.count) bytes; specifications are limited to \(maximumBytes) bytes"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(
                ruleID: LoaderRuleID.fileEncoding, severity: .error, location: start,
                message: "file is UTF-16; save it as UTF-8"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(
                ruleID: LoaderRuleID.fileEmpty, severity: .error, location: start,
                message: "file is empty; a specification needs at least an id, a title and its lots"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(Diagnostic(
                ruleID: LoaderRuleID.fileBinary, severity: .error, location: location(ofByte: nul, in: bytes, file: file),
                message: "file holds a NUL byte; it looks binary, not a YAML specification"))
        }
        if let bad = firstInvalidUTF8(bytes) {
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return .failure(Diagnostic(
                ruleID: LoaderRuleID.fileEncoding, severity: .error, location: location(ofByte: bad, in: bytes, file: file),
                message: "byte 0x\(byte) is not valid UTF-8; save the file as UTF-8"))
        }
        return .success(SourceText(file: file, text: String(decoding: bytes, as: UTF8.self)))
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }

    /// Line and column (in Unicode scalars, counting valid UTF-8 before it) of a byte
    /// offset, with CRLF, CR and LF each one line break, as libyaml counts them.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var previous: UInt8 = 0
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A && previous == 0x0D { previous = b; continue }
            if b == 0x0A || b == 0x0D { line += 1; column = 1 }
            else if b & 0xC0 != 0x80 { column += 1 }
            previous = b
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
