import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderValidation

/// One bad input of the corpus under `Fixtures/bad/` and the finding it must produce.
struct BadInput: Sendable, CustomTestStringConvertible {
    let file: String
    let rule: String
    let line: Int
    let column: Int
    var severity: Severity = .error
    /// A note the finding must carry ("did you mean …").
    var note: String? = nil

    /// `tenderpack validate` exits 1 when any error is found, 0 on warnings alone.
    var exitCode: Int32 { severity == .error ? 1 : 0 }

    var testDescription: String { "\(file) → \(rule) at \(line):\(column)" }
}

/// The corpus: every file under `Fixtures/bad/`, with the rule, line and column of the
/// finding it must produce. Each location was checked by hand against the file: it is
/// where a person reading the file would look (the offending key or value; for a
/// missing key, the start of the mapping that needs it; for a whole-file problem, 1:1).
///
/// Most fixtures are a small valid specification (RuleExample.base) with a one-line
/// comment on line 1 and one mistake; so the base lines are: 2 `id`, 3 `title`,
/// 4 `version`, 5 `status`, 6 `provenance`, 11 `commissioner`, 17 `areas`, 21 `lots`,
/// 22–25 the lot (`id`, `title`, `setting`, `areas`), and additions from line 26.
/// Fixtures are generated-by-hand text; large inputs are built in code below.
enum BadInputCorpus {
    static let expectations: [BadInput] = [
        // YAML syntax
        BadInput(file: "syntax-unclosed-flow.yaml", rule: "yaml.syntax", line: 3, column: 8),          // the unclosed `[`
        BadInput(file: "syntax-bad-indentation.yaml", rule: "yaml.syntax", line: 24, column: 4),       // the mis-indented key
        BadInput(file: "syntax-tab-indentation.yaml", rule: "yaml.syntax", line: 24, column: 1),       // the tab
        BadInput(file: "syntax-unterminated-quote.yaml", rule: "yaml.syntax", line: 4, column: 10),    // the opening quote
        BadInput(file: "syntax-two-documents.yaml", rule: "yaml.syntax", line: 26, column: 1),         // the second `---`
        BadInput(file: "syntax-stray-colon.yaml", rule: "yaml.syntax", line: 3, column: 15),           // the `:` in the value
        BadInput(file: "syntax-undefined-alias.yaml", rule: "yaml.syntax", line: 3, column: 8),        // `*missing`
        // Wrong types
        BadInput(file: "type-text-for-number.yaml", rule: "schema.wrong-type", line: 26, column: 33),
        BadInput(file: "type-quoted-number.yaml", rule: "schema.wrong-type", line: 26, column: 25),
        BadInput(file: "type-mapping-for-list.yaml", rule: "schema.wrong-type", line: 18, column: 3),
        BadInput(file: "type-list-for-text.yaml", rule: "schema.wrong-type", line: 3, column: 8),
        BadInput(file: "type-bool-wrong.yaml", rule: "schema.wrong-type", line: 26, column: 43),
        BadInput(file: "type-scalar-for-lots.yaml", rule: "schema.wrong-type", line: 21, column: 7),
        BadInput(file: "type-decimal-lot-number.yaml", rule: "schema.wrong-type", line: 26, column: 13),
        // Unknown keys, with a suggestion
        BadInput(file: "unknown-key-top.yaml", rule: "schema.unknown-key", line: 17, column: 1, note: "background"),
        BadInput(file: "unknown-key-lot.yaml", rule: "schema.unknown-key", line: 26, column: 5, note: "hoursPerWeek"),
        BadInput(file: "unknown-key-kpi.yaml", rule: "schema.unknown-key", line: 31, column: 9, note: "frequency"),
        BadInput(file: "unknown-key-stage.yaml", rule: "schema.unknown-key", line: 29, column: 5, note: "entryRoutes"),
        BadInput(file: "unknown-key-route.yaml", rule: "schema.unknown-key", line: 31, column: 34, note: "note"),
        // Duplicate keys: at the second occurrence
        BadInput(file: "duplicate-key-top.yaml", rule: "yaml.duplicate-key", line: 5, column: 1),
        BadInput(file: "duplicate-key-nested.yaml", rule: "yaml.duplicate-key", line: 26, column: 5),
        BadInput(file: "duplicate-key-flow.yaml", rule: "yaml.duplicate-key", line: 26, column: 36),
        // Missing required keys: at the mapping that needs them
        BadInput(file: "missing-id.yaml", rule: "schema.missing-key", line: 2, column: 1),
        BadInput(file: "missing-title.yaml", rule: "schema.missing-key", line: 2, column: 1),
        BadInput(file: "missing-lots.yaml", rule: "schema.missing-key", line: 2, column: 1),
        BadInput(file: "missing-setting.yaml", rule: "schema.missing-key", line: 22, column: 5),
        BadInput(file: "missing-areas.yaml", rule: "schema.missing-key", line: 2, column: 1),
        BadInput(file: "missing-provenance.yaml", rule: "schema.missing-key", line: 2, column: 1),
        // Invalid values
        BadInput(file: "invalid-status.yaml", rule: "schema.invalid-value", line: 5, column: 9, note: "tender"),
        BadInput(file: "invalid-milestone.yaml", rule: "schema.invalid-value", line: 27, column: 16, note: "consultation-opened"),
        BadInput(file: "invalid-unit.yaml", rule: "schema.invalid-value", line: 29, column: 15),
        BadInput(file: "invalid-date.yaml", rule: "schema.invalid-value", line: 28, column: 11),
        BadInput(file: "invalid-duration.yaml", rule: "schema.invalid-value", line: 26, column: 26),
        BadInput(file: "invalid-cover-days.yaml", rule: "schema.invalid-value", line: 26, column: 28),
        BadInput(file: "invalid-cpv.yaml", rule: "schema.invalid-value", line: 28, column: 9),
        BadInput(file: "invalid-setting.yaml", rule: "schema.invalid-value", line: 24, column: 14),
        BadInput(file: "invalid-format-version.yaml", rule: "schema.invalid-value", line: 2, column: 13),
        BadInput(file: "invalid-tag.yaml", rule: "yaml.unsupported-tag", line: 3, column: 8),
        // Invalid ids
        BadInput(file: "invalid-id-traversal.yaml", rule: "schema.invalid-id", line: 2, column: 5),
        BadInput(file: "invalid-id-spaces.yaml", rule: "schema.invalid-id", line: 2, column: 5),
        BadInput(file: "invalid-id-uppercase.yaml", rule: "schema.invalid-id", line: 22, column: 9),
        // Aliases
        BadInput(file: "alias-bomb-lists.yaml", rule: "yaml.expansion-limit", line: 17, column: 5),        // the repeated `&r`
        BadInput(file: "alias-bomb-under-budget.yaml", rule: "yaml.expansion-limit", line: 21, column: 23), // the repeated `&r`
        BadInput(file: "fuzz-alias-bomb-near-budget.yaml", rule: "yaml.expansion-limit", line: 21, column: 23), // the repeated `&r`
        BadInput(file: "alias-key-bomb.yaml", rule: "yaml.complex-key", line: 33, column: 3),          // the `*g` of `? *g`
        BadInput(file: "alias-key-bomb-implicit.yaml", rule: "yaml.complex-key", line: 33, column: 1), // `*g : boom`
        BadInput(file: "alias-key-bomb-no-space.yaml", rule: "yaml.complex-key", line: 33, column: 1), // `*g: boom`
        BadInput(file: "alias-key-bomb-tab.yaml", rule: "yaml.syntax", line: 33, column: 2),               // the tab after `?`
        // Empty, encodings, binary, control characters
        BadInput(file: "empty.yaml", rule: "file.empty", line: 1, column: 1),
        BadInput(file: "whitespace-only.yaml", rule: "file.empty", line: 1, column: 1),
        BadInput(file: "comment-only.yaml", rule: "file.empty", line: 1, column: 1),
        BadInput(file: "binary-nul.yaml", rule: "file.binary", line: 2, column: 10),   // the NUL byte
        BadInput(file: "binary-png.yaml", rule: "file.binary", line: 3, column: 1),    // the PNG header's first NUL
        BadInput(file: "latin1-byte.yaml", rule: "file.encoding", line: 3, column: 15),
        BadInput(file: "utf16-le-bom.yaml", rule: "file.encoding", line: 1, column: 1),
        BadInput(file: "utf16-be-bom.yaml", rule: "file.encoding", line: 1, column: 1),
        BadInput(file: "control-character-raw.yaml", rule: "text.invalid-xml-character", line: 3, column: 16),
        BadInput(file: "control-character-escaped.yaml", rule: "text.invalid-xml-character", line: 3, column: 8),
        BadInput(file: "bidi-override.yaml", rule: "text.bidirectional-control", line: 3, column: 8, severity: .warning),
        BadInput(file: "utf8-bom-unknown-key.yaml", rule: "schema.unknown-key", line: 17, column: 1, note: "background"),
        BadInput(file: "crlf-unknown-key.yaml", rule: "schema.unknown-key", line: 26, column: 5, note: "hoursPerWeek"),
        // Semantic errors found by the rules
        BadInput(file: "semantic-unknown-area.yaml", rule: "reference.area", line: 25, column: 13, note: "north"),
        BadInput(file: "semantic-unknown-partner.yaml", rule: "reference.partner", line: 11, column: 15, note: "council"),
        BadInput(file: "semantic-unknown-stage.yaml", rule: "reference.stage", line: 26, column: 12),
        BadInput(file: "semantic-unknown-outcome.yaml", rule: "reference.outcome", line: 26, column: 16, note: "maximise-incom"),
        BadInput(file: "semantic-unknown-source.yaml", rule: "reference.source", line: 6, column: 13, note: "example-seed"),
        BadInput(file: "semantic-route-unknown-stage.yaml", rule: "route.unknown-stage", line: 30, column: 20, note: "stage-1"),
        BadInput(file: "semantic-hours-min-exceeds-max.yaml", rule: "hours.min-exceeds-max", line: 26, column: 33),
        BadInput(file: "semantic-hours-out-of-band.yaml", rule: "hours.out-of-band", line: 26, column: 33),
        BadInput(file: "semantic-move-on-exceeds-maximum.yaml", rule: "duration.move-on-exceeds-maximum", line: 28, column: 23),
        BadInput(file: "semantic-timeline-out-of-order.yaml", rule: "timeline.out-of-order", line: 30, column: 11),
        BadInput(file: "semantic-tender-without-evaluation.yaml", rule: "lifecycle.tender-evaluation", line: 5, column: 9),
        BadInput(file: "semantic-weights-not-100.yaml", rule: "evaluation.weights-sum", line: 27, column: 3),
        BadInput(file: "semantic-kpi-target-120.yaml", rule: "kpi.target-out-of-range", line: 30, column: 17),
        BadInput(file: "semantic-current-service-unaccounted.yaml", rule: "current-service.unaccounted", line: 27, column: 5),
        BadInput(file: "semantic-absorbed-twice.yaml", rule: "current-service.absorbed-twice", line: 31, column: 15),
        BadInput(file: "semantic-uncovered-area.yaml", rule: "geography.area-uncovered", line: 21, column: 9),
        BadInput(file: "semantic-unreachable-stage.yaml", rule: "route.unreachable-stage", line: 31, column: 5),
        BadInput(file: "semantic-duplicate-lot-id.yaml", rule: "id.duplicate", line: 26, column: 9),
        BadInput(file: "semantic-uncited-public-source.yaml", rule: "provenance.uncited-source", line: 11, column: 5),
    ]

    /// Loads and validates one file in-process, as `tenderpack validate` does.
    static func validate(_ url: URL) throws -> ValidationReport {
        try ValidationRun.run(paths: [url.path])
    }

    /// Loads bytes in-process, then runs the rules when the loader produced a specification.
    static func findings(for data: Data, file: String = "generated.yaml") -> [Diagnostic] {
        let result = SpecLoader.load(data: data, file: file)
        var diagnostics = result.diagnostics
        if let specification = result.specification { diagnostics += Validator.validate(specification) }
        return diagnostics.sorted()
    }

    /// A valid specification, with text replaced or appended, as bytes.
    static func base(replacing old: String? = nil, with new: String = "", appending tail: String = "") -> Data {
        var text = RuleExample.base
        if let old {
            precondition(text.contains(old), "the base specification has no `\(old)`")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Data((text + tail).utf8)
    }
}

@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    @Test("the corpus is large and every file has an expectation")
    func corpusIsComplete() {
        let names = TestSupport.badFixtureNames
        let expected = Set(BadInputCorpus.expectations.map(\.file))
        #expect(names.count >= 45)
        #expect(BadInputCorpus.expectations.count == expected.count, "a fixture is listed twice")
        #expect(Set(names).subtracting(expected).sorted() == [], "fixtures without an expectation")
        #expect(expected.subtracting(names).sorted() == [], "expectations without a fixture")
    }

    @Test("each bad input reports its rule at its location", arguments: BadInputCorpus.expectations)
    func badInput(_ input: BadInput) throws {
        let url = TestSupport.badFixture(input.file)
        let report = try BadInputCorpus.validate(url)
        let listing = report.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.ruleID): \($0.message)" }
            .joined(separator: "\n")
        let matching = report.diagnostics.filter {
            $0.ruleID == input.rule && $0.location.line == input.line && $0.location.column == input.column
        }
        #expect(!matching.isEmpty, "expected \(input.rule) at \(input.line):\(input.column); found:\n\(listing)")
        for finding in matching {
            #expect(finding.location.file == url.path)
            #expect(finding.severity == input.severity)
            #expect(!finding.message.isEmpty)
        }
        if let note = input.note {
            #expect(matching.contains { $0.notes.contains { $0.contains("did you mean `\(note)`") } },
                    "expected the suggestion `\(note)`; found:\n\(listing)")
        }
        // The exit code `validate` would give.
        if input.severity == .error {
            #expect(report.errorCount > 0)
        } else {
            #expect(report.errorCount == 0, "a warning-only input has errors:\n\(listing)")
            #expect(report.warningCount > 0)
        }
        // Every finding is located inside the file (or at its start).
        if let data = try? Data(contentsOf: url) {
            let lineCount = max(1, data.split(separator: 0x0A, omittingEmptySubsequences: false).count)
            for finding in report.diagnostics {
                #expect((1...lineCount).contains(finding.location.line), "\(finding.ruleID) outside the file at \(finding.location)")
                #expect(finding.location.column >= 1)
            }
        }
    }

    // MARK: - Large inputs, built in code

    @Test("a billion-laughs document in lists the loader iterates is refused, not expanded")
    func billionLaughsInLots() {
        // 10,000 lots, each the same lot of 10,000 requirements: 100 million values from 60 KB.
        let requirements = Array(repeating: "*r", count: 10_000).joined(separator: ", ")
        let lots = Array(repeating: "*lot", count: 10_000).joined(separator: ", ")
        let text = """
            id: example
            requirement: &r {id: r, strength: must, text: Visit at home.}
            template: &lot {id: a, title: A, setting: floating-support, areas: all, requirements: [\(requirements)]}
            lots: [\(lots)]

            """
        let findings = BadInputCorpus.findings(for: Data(text.utf8))
        #expect(findings.contains { $0.ruleID == "yaml.expansion-limit" }, "\(findings.prefix(5))")
    }

    @Test("the classic billion laughs, nested nine deep, under a key the loader reads")
    func classicBillionLaughs() {
        var text = "id: example\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "background: [*i, *i, *i, *i, *i, *i, *i, *i, *i]\nlots: [*i, *i, *i]\n"
        let findings = BadInputCorpus.findings(for: Data(text.utf8))
        // Refused as a whole or reported as wrong types; never expanded into a billion values.
        #expect(findings.contains { $0.severity == .error }, "\(findings.prefix(5))")
    }

    @Test("an alias of a billion laughs used as a key is refused at the key",
          arguments: ["? *i\n: boom\n", "*i : boom\n", "key: {*i : boom}\n", "[*i, *i]: boom\n"])
    func aliasAsKey(_ key: String) {
        var text = "id: example\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += key
        let findings = BadInputCorpus.findings(for: Data(text.utf8))
        let refusal = findings.first { $0.ruleID == "yaml.complex-key" }
        // Line 1 is `id`, lines 2–10 the anchors `a` to `i`; the key is on line 11.
        #expect(refusal?.location.line == 11, "\(findings.prefix(5))")
    }

    @Test("a 33 MiB file is refused before parsing")
    func tooLarge() {
        let data = Data(repeating: UInt8(ascii: "#"), count: 33 * 1024 * 1024)
        let findings = BadInputCorpus.findings(for: data)
        #expect(findings.map(\.ruleID) == ["file.too-large"])
        #expect(findings.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (1, 1))
    }

    @Test("a title of 150,000 characters is reported at the title")
    func hugeScalar() {
        let data = BadInputCorpus.base(replacing: "title: Example specification\n",
                                       with: "title: \(String(repeating: "a", count: 150_000))\n")
        let findings = BadInputCorpus.findings(for: data)
        let finding = findings.first { $0.ruleID == "yaml.scalar-too-large" }
        #expect(finding.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (2, 8), "\(findings)")
        // The message must not repeat the value.
        #expect((finding?.message.count ?? 0) < 300)
    }

    @Test("a 150,000-character key is a finding, not a crash")
    func hugeKey() {
        let data = BadInputCorpus.base(appending: String(repeating: "k", count: 150_000) + ": value\n")
        let findings = BadInputCorpus.findings(for: data)
        #expect(findings.contains { $0.severity == .error && $0.location.line == 25 }, "\(findings.prefix(3))")
        #expect(findings.allSatisfy { $0.message.count < 1_000 })
    }

    @Test("2,000 nested flow lists are refused where they start")
    func deepFlowNesting() {
        let data = BadInputCorpus.base(replacing: "title: Example specification\n",
                                       with: "title: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n")
        let findings = BadInputCorpus.findings(for: data)
        let finding = findings.first { $0.ruleID == "yaml.too-deep" }
        #expect(finding?.location.line == 2, "\(findings)")
        // Somewhere in the brackets up to the parser's limit of 1,000 levels.
        #expect((8...1_008).contains(finding?.location.column ?? 0), "\(findings)")
    }

    @Test("2,000 nested flow mappings are refused")
    func deepFlowMappings() {
        let data = BadInputCorpus.base(replacing: "title: Example specification\n",
                                       with: "title: " + String(repeating: "{a: ", count: 2_000) + "b" + String(repeating: "}", count: 2_000) + "\n")
        let findings = BadInputCorpus.findings(for: data)
        #expect(findings.contains { $0.ruleID == "yaml.too-deep" && $0.location.line == 2 }, "\(findings)")
    }

    @Test("2,000 nested block mappings are refused at the first level too deep")
    func deepBlockNesting() {
        var text = "id: example\n"
        for level in 0..<2_000 { text += String(repeating: "  ", count: level) + "a:\n" }
        text += String(repeating: "  ", count: 2_000) + "b\n"
        let findings = BadInputCorpus.findings(for: Data(text.utf8))
        let finding = findings.first { $0.ruleID == "yaml.too-deep" }
        // Line 1 is `id`; the key at nesting level 1,000 is on line 1,001, indented 2 × 999.
        #expect(finding.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (1_001, 1_999), "\(findings)")
    }

    @Test("an invalid Unicode escape is a syntax error at the escape")
    func loneSurrogateEscape() {
        let data = BadInputCorpus.base(replacing: "title: Example specification\n", with: "title: \"\\uD800\"\n")
        let findings = BadInputCorpus.findings(for: data)
        #expect(findings.contains { $0.ruleID == "yaml.syntax" && $0.location.line == 2 }, "\(findings)")
    }

    @Test("an escaped NUL in a title is an invalid XML character")
    func escapedNUL() {
        let data = BadInputCorpus.base(replacing: "title: Example specification\n", with: "title: \"Example\\0\"\n")
        let findings = BadInputCorpus.findings(for: data)
        #expect(findings.contains { $0.ruleID == "text.invalid-xml-character" && $0.location.line == 2 && $0.location.column == 8 },
                "\(findings)")
    }
}
