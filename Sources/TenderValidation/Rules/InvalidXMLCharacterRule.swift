import TenderModel
import TenderLoading

struct InvalidXMLCharacterRule: SpecificationRule {
    /// True for characters XML 1.0 cannot hold or HTML forbids in text: C0 and C1
    /// controls (other than tab, line feed and carriage return) and noncharacters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }

    static let description = RuleDescription(
        id: LoaderRuleID.textInvalidXMLCharacter,
        severity: .error,
        summary: "Text holds a control character that XML and HTML cannot carry",
        rationale: """
            Tender packs are published as XML and HTML. XML 1.0 cannot hold most control \
            characters at all, and HTML forbids them, so a stray one (often pasted from a word \
            processor) would break the published documents. Remove it from the text.
            """,
        triggering: [
            .fragment("title: ↓\"Community support\\a services\"\n"),
            .bytes("a raw BEL control character (U+0007) in the title") {
                Array("id: example\ntitle: Bad \u{07} title\n".utf8)
            },
        ],
        nonTriggering: [
            .fragment("title: \"Community support\\tservices\"\n"),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.fields.compactMap { field -> Diagnostic? in
            // Printable ASCII, tabs and line breaks hold nothing forbidden: most text is
            // settled by its bytes, without counting characters.
            if field.display.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                return nil
            }
            guard let (offset, scalar) = field.display.unicodeScalars.enumerated().first(where: { Self.isForbidden($0.element) }) else { return nil }
            let code = String(scalar.value, radix: 16, uppercase: true)
            return finding(field.location,
                           "\(field.pathDescription) holds control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) at character \(offset + 1); XML and HTML cannot carry it")
        }
    }
}
