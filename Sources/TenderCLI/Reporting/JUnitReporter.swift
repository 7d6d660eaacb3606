import TenderModel
import TenderValidation
import XMLKit

/// JUnit XML, built by libxml2, valid against the Jenkins xUnit schema: a test suite per
/// file, in path order; a passing `valid` test case for a clean file, otherwise a test
/// case per finding (errors fail, warnings pass with the warning as output). A test
/// case is named by its rule id and file (`reference.area in Specs/x.yaml`, then
/// `… (2)`, `… (3)` for the same rule again in that file), never by a line, so a
/// CI's test history follows a finding when lines move; the location opens its body.
/// A suppressed finding (waived in the policy file, or an approved change) is a
/// skipped test case, `<skipped message="waived by … until …: reason">`, numbered with
/// the others, so a test case keeps its name when its finding is waived.
public struct JUnitReporter: Sendable {
    public init() {}

    public func render(_ report: ValidationReport, suiteName: String = "tenderpack validate") throws -> String {
        let document = XMLDocument(root: "testsuites")
        let root = document.root
        root.setAttribute("name", suiteName)
        // Each finding with its suppression, if any, in the report's order.
        var byFile: [String: [(finding: Diagnostic, suppression: Suppression?)]] = [:]
        let entries = (report.diagnostics.map { ($0, Suppression?.none) } + report.suppressed.map { ($0.finding, $0) })
            .sorted { $0.0 < $1.0 }
        for (diagnostic, suppression) in entries { byFile[diagnostic.location.file, default: []].append((diagnostic, suppression)) }
        let files = Array(Set(report.files).union(byFile.keys)).sorted()
        var total = 0
        var failures = 0
        for file in files {
            let findings = byFile[file] ?? []
            let suite = root.addElement("testsuite")
            suite.setAttribute("name", VisibleText.escape(file))
            suite.setAttribute("file", VisibleText.escape(file))
            let suiteFailures = findings.filter { $0.finding.severity == .error && $0.suppression == nil }.count
            let suiteSkipped = findings.filter { $0.suppression != nil }.count
            suite.setAttribute("tests", String(max(1, findings.count)))
            suite.setAttribute("failures", String(suiteFailures))
            suite.setAttribute("errors", "0")
            if suiteSkipped > 0 { suite.setAttribute("skipped", String(suiteSkipped)) }
            if findings.isEmpty {
                suite.addElement("testcase", attributes: ["classname": VisibleText.escape(file), "name": "valid"], text: nil)
            }
            var seen: [String: Int] = [:]
            for (finding, suppression) in findings {
                seen[finding.ruleID, default: 0] += 1
                let occurrence = seen[finding.ruleID] ?? 1
                let testCase = suite.addElement("testcase", attributes: [
                    "classname": VisibleText.escape(file),
                    "name": "\(finding.ruleID) in \(VisibleText.escape(file))" + (occurrence > 1 ? " (\(occurrence))" : ""),
                ], text: nil)
                // XML 1.0 cannot hold every character a message may quote from a file.
                let body = VisibleText.escape(([finding.message] + finding.notes.map { "note: \($0)" }).joined(separator: "\n"),
                                              keepingLineBreaks: true)
                let location = VisibleText.escape(finding.location.description)
                if let suppression {
                    let skipped = testCase.addElement("skipped", text: "\(location): suppressed \(finding.severity.rawValue): \(body)")
                    skipped.setAttribute("message", VisibleText.escape(suppression.justification))
                } else if finding.severity == .error {
                    let failure = testCase.addElement("failure", text: "\(location): \(body)")
                    failure.setAttribute("message", VisibleText.escape(finding.message))
                    failure.setAttribute("type", finding.ruleID)
                } else {
                    testCase.addElement("system-out", text: "\(location): warning: \(body)")
                }
            }
            total += max(1, findings.count)
            failures += suiteFailures
        }
        root.setAttribute("tests", String(total))
        root.setAttribute("failures", String(failures))
        root.setAttribute("errors", "0")
        return try document.xmlString()
    }
}
