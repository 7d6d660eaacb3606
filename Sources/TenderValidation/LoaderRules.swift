import TenderModel
import TenderLoading

/// Descriptions of the findings the loader reports. The loader checks them while
/// reading; they are listed here so that `rules`, `explain` and the tests treat
/// them like every other rule.
enum LoaderRules {
    static let all: [RuleDescription] = [
        RuleDescription(
            id: LoaderRuleID.fileEmpty, severity: .error,
            summary: "The file is empty or holds only comments",
            rationale: "An empty file under Specs/ is usually a failed save or a bad merge. It is reported rather than skipped so that a specification never silently disappears from the pack.",
            triggering: [.document(""), .document("# nothing but a comment\n")],
            nonTriggering: [.fragment("")]),
        RuleDescription(
            id: LoaderRuleID.fileBinary, severity: .error,
            summary: "The file holds NUL bytes: it is binary, not a YAML specification",
            rationale: "A binary file (an image, a spreadsheet saved under the wrong name) cannot be a specification. It is reported with the place of its first NUL byte.",
            triggering: [.bytes("the first bytes of a PNG image") { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] }],
            nonTriggering: [.fragment("")]),
        RuleDescription(
            id: LoaderRuleID.fileEncoding, severity: .error,
            summary: "The file is not UTF-8",
            rationale: "Specifications are UTF-8 so that names such as King's Lynn, pound signs and accents mean the same on every machine. A file in Latin-1 or UTF-16 (often from an old editor or a spreadsheet export) is reported at its first undecodable byte; save it as UTF-8.",
            triggering: [
                .bytes("Latin-1: a pound sign written as the single byte 0xA3") { Array("id: example\ntitle: Budget ".utf8) + [0xA3] + Array("1m\n".utf8) },
                .bytes("UTF-16 with a byte-order mark") { [0xFF, 0xFE] + Array("i\0d\0:\0 \0x\0".utf8) },
            ],
            nonTriggering: [.fragment("title: Budget £1m\n")]),
        RuleDescription(
            id: LoaderRuleID.fileTooLarge, severity: .error,
            summary: "The file is larger than a specification can reasonably be (32 MiB)",
            rationale: "A specification a hundred times the size of Norfolk's is a few megabytes. A much larger file is a mistake (a data dump, a log) and is refused before parsing so that it cannot exhaust memory.",
            triggering: [.bytes("a 33 MiB file") { [UInt8](repeating: UInt8(ascii: "#"), count: 33 * 1024 * 1024) }],
            nonTriggering: [.fragment("")]),
        RuleDescription(
            id: LoaderRuleID.yamlSyntax, severity: .error,
            summary: "The file is not valid YAML",
            rationale: "A YAML syntax error (an unclosed bracket or quote, a tab used for indentation, two documents in one file) stops the file being read at all. The finding points where the parser gave up.",
            triggering: [
                .fragment("title: [Community support\n"),
                .fragment("title: Example\n↓\tversion: \"1.0\"\n"),
                .fragment("title: Example\n---\nversion: \"1.0\"\n"),
            ],
            nonTriggering: [.fragment("title: \"Community support [draft]\"\n")]),
        RuleDescription(
            id: LoaderRuleID.yamlDuplicateKey, severity: .error,
            summary: "A key appears twice in the same mapping",
            rationale: "With a repeated key, the second value silently replaces the first, so a reader of the file and a reader of the tender see different things. Remove or merge one of them.",
            triggering: [.fragment("id: example\ntitle: Example specification\n↓title: Another title\n")],
            nonTriggering: [.fragment("id: example\ntitle: Example specification\n")]),
        RuleDescription(
            id: LoaderRuleID.yamlTooDeep, severity: .error,
            summary: "The YAML is nested far more deeply than any specification",
            rationale: "A specification is a few levels deep. Pathologically deep nesting is refused by the parser (beyond 1,000 levels) rather than exhausting the stack.",
            triggering: [.bytes("a value nested in 2,000 lists") { Array(("title: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n").utf8) }],
            nonTriggering: [.fragment("background: [[nested, lists], are, fine]\n")]),
        RuleDescription(
            id: LoaderRuleID.yamlExpansionLimit, severity: .error,
            summary: "Anchors and aliases expand the document beyond what a specification can be",
            rationale: "YAML aliases can repeat a part of the document many times over; nested, a few lines expand to billions of values (the \"billion laughs\" attack). A document may expand to at most ten times its written size, so that such a file is a finding in milliseconds rather than a hang.",
            triggering: [
                .bytes("a 20 KB file whose aliases expand to 2.25 million requirements") {
                    let requirements = Array(repeating: "*r", count: 1_500).joined(separator: ", ")
                    let lots = Array(repeating: "*lot", count: 1_500).joined(separator: ", ")
                    return Array("""
                        id: example
                        partners:
                          - &r {id: r, strength: must, text: Visit at home.}
                          - &lot {id: a, title: A, setting: floating-support, areas: all, requirements: [\(requirements)]}
                        lots: [\(lots)]

                        """.utf8)
                },
            ],
            nonTriggering: [
                .fragment("""
                    partners:
                      - &council {id: council, name: Example County Council, kind: county-council, roles: [lead-commissioner]}
                    """),
            ]),
        RuleDescription(
            id: LoaderRuleID.yamlComplexKey, severity: .error,
            summary: "A mapping key is an alias, a list or a mapping instead of a plain name",
            rationale: "Every key in a specification is a plain name such as `title` or `hoursPerWeek`. A key that is an alias, a list or a mapping can only be a mistake or an attack: an alias of a deeply nested structure used as a key makes a YAML reader compare billions of values before it can continue. Such keys are refused where they are written, in any line ending, flow or block style.",
            triggering: [
                .fragment("""
                    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                    ? ↓*b
                    : boom
                    """),
                .fragment("background: {↓[north, south]: covered}\n"),
            ],
            nonTriggering: [.fragment("background: {north: covered, south: covered}\n")]),
        RuleDescription(
            id: LoaderRuleID.yamlUnsupportedTag, severity: .error,
            summary: "A YAML tag other than `!illustrative`",
            rationale: "Tags change what a value is: `!!binary` turns text into bytes, `!!python/object` asks a reader to build a program object, `!!str` or a verbatim `!<…>` tag overrides what a value means. The only tag a specification uses is `!illustrative`, written exactly so, which marks an invented figure that must be replaced before tender. Any other tag, including `!!illustrative`, is refused at the tag so that an invented figure can never go out unmarked.",
            triggering: [
                .fragment("title: ↓!!binary RXhhbXBsZQ==\n"),
                .fragment("title: ↓!<tag:yaml.org,2002:str> Example\n"),
                .fragment("""
                    lots:
                      - id: support
                        title: Floating support
                        setting: floating-support
                        areas: all
                        hoursPerWeek: {max: ↓!!illustrative 3}
                    """),
            ],
            nonTriggering: [.fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: !illustrative 3}
                """)]),
        RuleDescription(
            id: LoaderRuleID.yamlUnsupportedDirective, severity: .error,
            summary: "A `%YAML` or `%TAG` directive",
            rationale: "A `%TAG` directive redefines what every tag in the file means (under `%TAG ! tag:yaml.org,2002:`, `!illustrative` is no longer the illustrative marker), and a `%YAML` directive asks for a version of YAML TenderPack does not promise to read. Specifications need neither; both are refused where they are written.",
            triggering: [
                .document("↓%TAG ! tag:yaml.org,2002:\n---\nid: example\n"),
                .document("↓%YAML 1.1\n---\nid: example\n"),
            ],
            nonTriggering: [.document("# a comment, not a directive\nid: example\ntitle: Example\nlots: []\n")]),
        RuleDescription(
            id: LoaderRuleID.yamlScalarTooLarge, severity: .error,
            summary: "A single value is longer than 100,000 characters",
            rationale: "No clause of a tender needs more than a hundred thousand characters; a value that long is a paste gone wrong, and would make every rendered document unreadable.",
            triggering: [.bytes("a title of 150,000 characters") { Array(("id: example\ntitle: " + String(repeating: "a", count: 150_000) + "\n").utf8) }],
            nonTriggering: [.fragment("title: \(String(repeating: "a", count: 2_000))\n")]),
        RuleDescription(
            id: LoaderRuleID.schemaUnknownKey, severity: .error,
            summary: "A key is not part of the specification format",
            rationale: "An unknown key is almost always a misspelt one, and a misspelt key is a value that silently does nothing: `hoursPerWek` leaves a lot without its hours. The finding suggests the key you probably meant.",
            triggering: [.fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    ↓hoursPerWek: {max: 3}
                """)],
            nonTriggering: [.fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: 3}
                """)]),
        RuleDescription(
            id: LoaderRuleID.schemaWrongType, severity: .error,
            summary: "A value has the wrong type (text where a number is expected, a list where a mapping is)",
            rationale: "Every key expects one kind of value. A number in quotes is text, a single area where a list is expected is not a list; the finding says what was expected and what was found.",
            triggering: [
                .fragment("""
                    lots:
                      - id: support
                        title: Floating support
                        setting: floating-support
                        areas: all
                        hoursPerWeek: {max: ↓"three"}
                    """),
                .fragment("lots: ↓floating-support\n"),
            ],
            nonTriggering: [.fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: 3}
                """)]),
        RuleDescription(
            id: LoaderRuleID.schemaMissingKey, severity: .error,
            summary: "A required key is missing",
            rationale: "Some values have no sensible default: a lot without a setting or areas cannot be specified or priced. The finding names the missing key at the mapping that needs it.",
            triggering: [.fragment("""
                lots:
                  - ↓id: support
                    title: Floating support
                    areas: all
                """)],
            nonTriggering: [.fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                """)]),
        RuleDescription(
            id: LoaderRuleID.schemaInvalidValue, severity: .error,
            summary: "A value is not one of those allowed (a status, a unit, a date, a duration)",
            rationale: "Closed vocabularies (status, setting, KPI unit, milestone) and formats (dates as YYYY-MM-DD, durations as `6 months`) are what let TenderPack check and render a specification. The finding lists the allowed values and suggests the nearest.",
            triggering: [
                .fragment("status: ↓tendered\n"),
                .fragment("""
                    timeline:
                      - milestone: consultation-opened
                        date: ↓1 July 2013
                    """),
            ],
            nonTriggering: [.fragment("status: consultation\n")]),
        RuleDescription(
            id: LoaderRuleID.schemaInvalidID, severity: .error,
            summary: "An id is not lowercase letters, digits and hyphens",
            rationale: "Ids name output folders, anchors in the rendered pack and references between parts of a specification. Keeping them to lowercase letters, digits and hyphens makes them safe everywhere: a spec id can never make TenderPack write outside Output/.",
            triggering: [.fragment("id: ↓../../etc\n"), .fragment("id: ↓Norfolk Remodel\n")],
            nonTriggering: [.fragment("id: norfolk-remodel-2013\n")]),
    ]
}
