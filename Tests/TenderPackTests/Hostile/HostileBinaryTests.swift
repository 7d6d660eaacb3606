import Foundation
import Testing
import XMLKit

/// A sample of the hostile corpus through the built `tenderpack` binary: the exit code,
/// and the rule and place in the JSON report (or on standard error for a policy).
@Suite("Hostile-input corpus: through the binary")
struct HostileBinaryTests {
    static let sample: [HostileCase] = [
        HostileNumbers.cases.first { $0.name == "annual value 1e19" },
        HostileNumbers.cases.first { $0.name == "hours max 9223372036854775807" },
        HostileNumbers.cases.first { $0.name.hasPrefix("    durations: {maximum: ↓$V} 1e19 days") },
        HostileAliases.cases.first { $0.name == "flow mapping key after a tab [CRLF]" },
        HostileAliases.cases.first { $0.name == "key after a block scalar [CR]" },
        HostileTags.cases.first { $0.name == "!!illustrative 3 as KPI target [LF]" },
        HostileTags.cases.first { $0.name == "%TAG redefining ! [CRLF]" },
        HostileSyntax.duplicateKeys.first { $0.name == "duplicate lot key around `  ` [CRLF]" },
        HostileText.cases.first { $0.name == "raw U+1b [CR]" },
    ].compactMap { $0 }

    @Test("the sample is complete")
    func sampleIsComplete() {
        #expect(Self.sample.count == 9)
    }

    @Test("validate exits 1 with the finding at its place", arguments: sample)
    func validate(_ input: HostileCase) throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.yaml")
        try input.data.write(to: file)
        let result = try TestSupport.runTenderpack(["validate", "--format", "json", file.path])
        #expect(result.status == 1, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains {
            $0["rule"] as? String == input.rule && $0["line"] as? Int == input.line && $0["column"] as? Int == input.column
        }, "\(findings.prefix(3))")
    }

    @Test("JUnit output is well-formed when a key holds U+0001 and U+FFFE")
    func junit() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.yaml")
        try Data(("id: example\n\"a\\u0001b\": x\n\"c\\uFFFEd\": y\n").utf8).write(to: file)
        let result = try TestSupport.runTenderpack(["validate", "--format", "junit", file.path])
        #expect(result.status == 1)
        let document = try XMLDocument(parsing: Data(result.stdout.utf8))
        #expect(document.root.name == "testsuites")
        #expect(result.stdout.contains("a\\u{1}b") && result.stdout.contains("c\\u{FFFE}d"))
    }

    @Test("a policy whose key is an alias of a billion laughs is refused at the key")
    func policyAliasKey() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("policy.yaml")
        let text = HostileAliases.laughs.replacingOccurrences(of: "id: example\n", with: "check: {failOn: any}\n") + "? *i\n: boom\n"
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: policy)
        let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path
        let result = try TestSupport.runTenderpack(["diff", spec, spec, "--policy", policy.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("policy.yaml:11:3: error:") && result.stderr.contains("[yaml.complex-key]"), "\(result)")
    }
}
