import TenderModel

struct BidirectionalControlRule: SpecificationRule {
    static let description = RuleDescription(
        id: "text.bidirectional-control",
        severity: .warning,
        summary: "Text holds an invisible bidirectional override or isolate character",
        rationale: """
            Bidirectional embedding, override and isolate characters (U+202A–U+202E, \
            U+2066–U+2069) are invisible but reorder how text displays, so a clause can read \
            differently on screen from what it says. They are rendered safely as text, but in \
            a contract document nobody should have to wonder: remove them unless the text \
            really mixes right-to-left and left-to-right scripts.
            """,
        triggering: [
            .fragment("title: ↓\"Support for \\u202Eelpoep\"\n"),
        ],
        nonTriggering: [
            .fragment("title: \"Support for people\"\n"),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.fields.compactMap { field -> Diagnostic? in
            guard let scalar = field.display.unicodeScalars.first(where: {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }) else { return nil }
            return finding(field.location, "\(field.pathDescription) holds the invisible bidirectional control U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }
}
