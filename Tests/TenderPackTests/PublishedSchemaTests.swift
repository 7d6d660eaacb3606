import Foundation
import Testing
@testable import TenderLoading
import TenderValidation

/// The published JSON Schemas (`Schemas/`, printed by `tenderpack schema`): the files
/// are what the command prints; the specification format's schema accepts every file
/// in Specs/ and rejects the bad-input corpus's type errors (judged by Python's
/// jsonschema, reading YAML as the YAML language server does); its keys are the
/// loader's; the report schemas accept real `validate`, `check` and `diff` reports.
@Suite("Published schemas", .serialized)
struct PublishedSchemaTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Schemas")
    static let specSchema = folder.appendingPathComponent("tenderpack-spec.schema.json")
    static let reports = ["validate": "validate-report-1.schema.json", "check": "check-report-1.schema.json",
                          "diff": "diff-report-1.schema.json"]

    static func schema(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func keys(_ schema: [String: Any], at path: [String]) throws -> Set<String> {
        var node: Any = schema
        for step in path {
            node = try #require((node as? [String: Any])?[step], "no \(step) in \(path)")
        }
        let properties = try #require((node as? [String: Any])?["properties"] as? [String: Any], "\(path)")
        return Set(properties.keys)
    }

    @Test("Schemas/ holds exactly what `tenderpack schema` prints, byte for byte, every run")
    func publishedFilesAreCurrent() throws {
        let spec = try TestSupport.runTenderpack(["schema"])
        #expect(spec.status == 0, "\(spec)")
        #expect(spec.stdout == (try String(contentsOf: Self.specSchema, encoding: .utf8)),
                "Schemas/tenderpack-spec.schema.json is stale: run `swift run tenderpack schema > Schemas/tenderpack-spec.schema.json`")
        #expect(spec.stdout == (try TestSupport.runTenderpack(["schema"])).stdout)
        for (report, file) in Self.reports {
            let result = try TestSupport.runTenderpack(["schema", "--report", report])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == (try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)),
                    "Schemas/\(file) is stale: run `swift run tenderpack schema --report \(report) > Schemas/\(file)`")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(Self.reports.values).union(["tenderpack-spec.schema.json"]))
        #expect(try TestSupport.runTenderpack(["schema", "--report", "build"]).status == 64)
    }

    @Test("the schema's keys are the loader's: top level, lot, cover, contract")
    func keysAreTheLoaders() throws {
        let schema = try Self.schema(Self.specSchema)
        #expect(try Self.keys(schema, at: []) == Set(Lowerer.specificationKeys + ["provenance"]))
        #expect(try Self.keys(schema, at: ["$defs", "lot"]) == Set(Lowerer.lotKeys + Lowerer.lotCommercialKeys + ["provenance"]))
        let cover = try #require(((schema["$defs"] as? [String: Any])?["cover"] as? [String: Any])?["anyOf"] as? [Any])
        let coverKeys = try #require(((cover.last as? [String: Any])?["properties"] as? [String: Any])?.keys)
        #expect(Set(coverKeys) == Set(Lowerer.coverKeys + ["provenance"]))
        let contract = try Self.keys(schema, at: ["$defs", "contract"])
        #expect(contract.isSuperset(of: Lowerer.contractMoneyKeys))
    }

    @Test("every file in Specs/ passes the specification schema; the corpus's type errors fail it")
    func specsPassAndTypeErrorsFail() throws {
        let specs = try FileManager.default.contentsOfDirectory(at: TestSupport.specsURL, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        #expect(specs.count >= 5)
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("rule-example-base.yaml")
        try Data(RuleExample.base.utf8).write(to: base)
        // The bad corpus's type errors, unknown keys, missing keys and invalid values:
        // each fails the schema as it fails the loader.
        let bad = TestSupport.badFixtureNames.filter { name in
            ["type-", "unknown-key-", "missing-"].contains { name.hasPrefix($0) }
                || ["invalid-status.yaml", "invalid-setting.yaml", "invalid-milestone.yaml", "invalid-unit.yaml",
                    "invalid-cover-days.yaml", "invalid-id-uppercase.yaml", "invalid-id-spaces.yaml",
                    "invalid-id-traversal.yaml", "invalid-format-version.yaml", "invalid-date.yaml",
                    "invalid-duration.yaml", "crlf-unknown-key.yaml"].contains(name)
        }.map(TestSupport.badFixture)
        #expect(bad.count >= 20)
        guard let verdicts = try SchemaCheck.validate("yaml", schema: Self.specSchema, files: specs + [base] + bad) else { return }
        for file in specs + [base] {
            #expect(verdicts[file.path] == [], "\(file.lastPathComponent): \(verdicts[file.path] ?? [])")
        }
        for file in bad {
            #expect(!(verdicts[file.path] ?? []).isEmpty, "\(file.lastPathComponent) passes the schema but the loader rejects it")
        }
    }

    @Test("the report schemas accept real validate, check and diff reports, and reject a report with an unknown key")
    func reportsPass() throws {
        let folder = try SARIFTests.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [(report: String, name: String, text: String)] = []
        func record(_ report: String, _ name: String, _ arguments: [String], in directory: URL) throws {
            let result = try SchemaCheck.run(arguments + ["--format", "json"], in: directory)
            #expect(!result.stdout.isEmpty, "\(arguments): \(result)")
            outputs.append((report, name, result.stdout))
        }
        try record("validate", "validate-clean.json", ["validate", "clean.yaml"], in: folder)
        try record("validate", "validate-findings.json", ["validate", SARIFTests.oddName, "Specs"], in: folder)
        let repository = try SchemaCheck.makeRepository()
        defer { try? FileManager.default.removeItem(at: repository) }
        try record("check", "check-clean.json", ["check"], in: repository)
        let spec = repository.appendingPathComponent("Specs/small.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "max: 6", with: "max: 9").write(to: spec, atomically: true, encoding: .utf8)
        try record("check", "check-findings.json", ["check", "--base", "HEAD"], in: repository)
        let root = TestSupport.packageRoot
        try record("diff", "diff-restructure.json", ["diff", "Specs/norfolk-current-services-2013.yaml",
                                                     "Specs/norfolk-remodel-consultation-2013.yaml"], in: root)
        try record("diff", "diff-revision.json", ["diff", "Specs/norfolk-remodel-consultation-2013.yaml",
                                                  "Specs/norfolk-remodel-tender-2013.yaml"], in: root)
        // The keys the README once left out are there to be checked.
        let diffs = outputs.filter { $0.report == "diff" }.map(\.text).joined()
        for key in ["\"lot\"", "\"oldReference\"", "\"absorbedInto\"", "\"changeReference\"", "\"words\""] {
            #expect(diffs.contains(key), "no \(key) in the diff reports")
        }
        // A report with a key the schema does not know fails: the schema is closed.
        let broken = try #require(outputs.first { $0.name == "check-findings.json" })
        outputs.append(("check", "check-broken.json", broken.text.replacingOccurrences(of: "\"summary\" : {", with: "\"summary\" : {\"skipped\": 0, ")))
        for report in ["validate", "check", "diff"] {
            let files = try SchemaCheck.write(outputs.filter { $0.report == report }.map { ($0.name, $0.text) }, in: folder)
            let schema = Self.folder.appendingPathComponent(Self.reports[report] ?? "")
            guard let verdicts = try SchemaCheck.validate("json", schema: schema, files: files) else { return }
            for file in files {
                let errors = verdicts[file.path] ?? []
                if file.lastPathComponent == "check-broken.json" {
                    #expect(errors.contains { $0.contains("skipped") }, "\(errors)")
                } else {
                    #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors)")
                }
            }
        }
    }

    @Test("every element of the notice and outcome schedule XSDs is documented, and each schema has a version",
          arguments: ["clarification-notice.xsd", "outcome-schedule.xsd"])
    func xsdsAreDocumented(_ name: String) throws {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/schema/\(name)"), encoding: .utf8)
        #expect(text.contains("version=\"1\">"), "\(name) has no version attribute")
        let elements = text.components(separatedBy: "<xs:element name=\"").dropFirst()
        #expect(elements.count >= 18)
        for element in elements {
            let name = element.prefix { $0 != "\"" }
            let afterTag = try #require(element.firstIndex(of: ">").map { element[element.index(after: $0)...] })
            let next = afterTag.drop { $0.isWhitespace }
            #expect(next.hasPrefix("<xs:annotation>"), "\(name) has no xs:documentation")
            let annotation = next.components(separatedBy: "</xs:annotation>").first ?? ""
            #expect(annotation.contains("<xs:documentation>"), "\(name) has no xs:documentation")
        }
    }
}
