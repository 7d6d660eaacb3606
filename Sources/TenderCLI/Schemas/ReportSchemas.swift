import TenderDiff
import TenderModel
import TenderOpenData

/// JSON Schemas of the versioned JSON reports: `validate`, `build` and `check`
/// (`--format json`, JSONReporter) and `diff --format json` (DiffJSONReport). Each
/// schema's `$id` carries the report's format version; a report that changes shape
/// gets a new version and a new schema.
enum ReportSchemas {
    enum Kind: String, CaseIterable {
        case validate, check, diff
    }

    static func schema(_ kind: Kind) -> JSONValue {
        switch kind {
        case .validate:
            return findings(id: "validate-report-\(JSONReporter.formatVersion).schema.json",
                            title: "tenderpack validate --format json, version \(JSONReporter.formatVersion)",
                            command: "`tenderpack validate --format json` (and `build --format json`)")
        case .check:
            return findings(id: "check-report-\(JSONReporter.formatVersion).schema.json",
                            title: "tenderpack check --format json, version \(JSONReporter.formatVersion)",
                            command: "`tenderpack check --format json`", suppressions: true)
        case .diff: return diff()
        }
    }

    static var tool: JSONValue {
        JS.object("The program that wrote the report.", [
            ("name", JS.constant(.string("tenderpack"))),
            ("version", JS.string("`tenderpack --version`.", minLength: 1)),
        ], required: ["name", "version"])
    }

    static func findings(id: String, title: String, command: String, suppressions: Bool = false) -> JSONValue {
        let findingProperties: [(String, JSONValue)] = [
            ("rule", JS.string("The rule id (`tenderpack explain RULE`).", pattern: "^[a-z0-9][a-z0-9.-]*$")),
            ("severity", JS.enumeration(Severity.allCases.map(\.rawValue).sorted(), "error fails the run; warning does not.")),
            ("file", JS.string("The file, as the command was given it (or the `--stdin-filename` name).")),
            ("line", JS.integer("1-based line.", minimum: 1)),
            ("column", JS.integer("1-based column, in Unicode scalars.", minimum: 1)),
            ("message", JS.string("What is wrong.")),
            ("notes", JS.array(JS.string(), "Extra lines: a suggestion, the other place involved.")),
        ]
        let findingRequired = ["rule", "severity", "file", "line", "column", "message", "notes"]
        let finding = JS.object("One finding.", findingProperties, required: findingRequired)
        let root = JS.object(nil, [
            ("version", JS.constant(.number(Double(JSONReporter.formatVersion)), "The report's format version.")),
            ("tool", tool),
            ("files", JS.array(JS.string(), "Every file checked, in the order checked.")),
            ("summary", JS.object("The counts of findings.", [
                ("errors", JS.integer(nil, minimum: 0)), ("warnings", JS.integer(nil, minimum: 0)),
            ], required: ["errors", "warnings"])),
            ("findings", JS.array(JS.ref("finding"), "Sorted by file, line, column and rule id.")),
        ] + (suppressions ? [
            ("suppressed", JS.array(JS.ref("suppressed"),
                                    "Only when something was suppressed: findings waived in the policy file or changes approved in the ledger, never failing the run.")),
        ] : []), required: ["version", "tool", "files", "summary", "findings"])
        var defs: [(String, JSONValue)] = [("finding", finding)]
        if suppressions {
            let location = JS.object("Where the waiver or approval is written.", [
                ("file", JS.string()), ("line", JS.integer(nil, minimum: 1)), ("column", JS.integer(nil, minimum: 1)),
            ], required: ["file", "line", "column"])
            let detail = JS.object("Why the finding is suppressed.", [
                ("kind", JS.enumeration(["approval", "waiver"], "A waiver in the policy file or an approval in the ledger.")),
                ("by", JS.string("The waiver's owner or who approved the change.")),
                ("reason", JS.string("The recorded reason.")),
                ("expires", JS.string("A waiver's expiry date (YYYY-MM-DD).", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("approvedOn", JS.string("An approval's date (YYYY-MM-DD).", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("source", location),
            ], required: ["kind", "by", "reason", "source"])
            defs.append(("suppressed", JS.object("A suppressed finding, with why.", findingProperties + [("suppression", detail)],
                                                 required: findingRequired + ["suppression"])))
        }
        return JS.document(id: id, title: title, description: "The JSON report of \(command). Written by TenderPack with sorted keys.",
                           root: root, defs: defs)
    }

    static func diff() -> JSONValue {
        let version = DiffJSONReport.formatVersion
        let side = JS.object("One version of the specification.", [
            ("file", JS.string("The file, or REV:path, as given.")),
            ("id", JS.string("The specification's id.")),
            ("title", JS.string()), ("version", JS.string("The specification's own `version`.")),
        ], required: ["file", "id", "title", "version"])
        let lot = JS.object("A lot: its id, number and title.", [
            ("id", JS.string()), ("number", JS.integer(nil, minimum: 1)), ("title", JS.string()),
        ], required: ["id", "number", "title"])
        let change = JS.object("One change.", [
            ("kind", JS.enumeration(Change.Kind.allCases.map(\.rawValue), "What happened to the value or element.")),
            ("classification", JS.enumeration(Classification.allCases.map(\.rawValue),
                                              "material: a bidder would price or propose differently; editorial: wording, order, background.")),
            ("path", JS.string("The path an officer reads: `Lot 2 · Requirement work-with-nsft · Strength`.")),
            ("key", JS.array(JS.string(), "The stable key: schema names and ids.")),
            ("keyPath", JS.string("`key` joined with `/`.")),
            ("field", JS.string("The schema key shared by every value of the kind: `lots.requirements.strength`.")),
            ("reference", JS.string("How an officer cites the clause: `2.4`, `Lot 2`.")),
            ("oldReference", JS.string("The clause's reference in the old version, when it was renumbered.")),
            ("lot", JS.ref("lot", "The lot the change is in.")),
            ("absorbedInto", JS.ref("lot", "For an old lot now a current service: the new lot that absorbs it.")),
            ("old", JS.string("The value before (absent when added).")),
            ("new", JS.string("The value after (absent when removed).")),
            ("words", JS.array(JS.object("A run of words.", [
                ("op", JS.enumeration(WordDiff.Operation.allCasesForSchema)),
                ("text", JS.string()),
            ], required: ["op", "text"]), "For changed text: the words kept, deleted and inserted.")),
            ("coverage", JS.object("For a lot's areas: the smallest areas no longer and newly covered, by name.", [
                ("dropped", JS.array(JS.string())), ("added", JS.array(JS.string())),
            ], required: ["dropped", "added"])),
            ("note", JS.string("What the change means when the values alone do not say it.")),
            ("location", JS.object("Where the change is written: in the new file, or the old one when removed.", [
                ("file", JS.string()), ("line", JS.integer(nil, minimum: 1)), ("column", JS.integer(nil, minimum: 1)),
            ], required: ["file", "line", "column"])),
            ("fingerprint", JS.string("Stable across runs and machines: FNV-1a 64 over kind, key, old and new.", pattern: "^[0-9a-f]{16}$")),
            ("changeReference", JS.string("The short reference the clarification notice gives a material change.", pattern: "^C-[0-9]{2,}$")),
        ], required: ["kind", "classification", "path", "key", "keyPath", "field", "fingerprint"])
        let root = JS.object(nil, [
            ("version", JS.constant(.number(Double(version)), "The report's format version.")),
            ("tool", tool),
            ("old", JS.ref("side")), ("new", JS.ref("side")),
            ("summary", JS.object("The counts of changes.", [
                ("changes", JS.integer(nil, minimum: 0)), ("material", JS.integer(nil, minimum: 0)),
                ("editorial", JS.integer(nil, minimum: 0)),
            ], required: ["changes", "material", "editorial"])),
            ("changes", JS.array(JS.ref("change"), "In the order of the specification.")),
        ], required: ["version", "tool", "old", "new", "summary", "changes"])
        return JS.document(id: "diff-report-\(version).schema.json", title: "tenderpack diff --format json, version \(version)",
                           description: "The JSON report of `tenderpack diff --format json`. Keys with no value are left out. Written with sorted keys.",
                           root: root, defs: [("side", side), ("lot", lot), ("change", change)])
    }
}

extension WordDiff.Operation {
    static var allCasesForSchema: [String] { [Self.equal, .delete, .insert].map(\.rawValue) }
}
