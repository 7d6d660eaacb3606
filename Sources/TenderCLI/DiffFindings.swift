import Foundation
import TenderDiff
import TenderModel
import TenderValidation

/// `diff --format sarif|junit|github`: the changes as findings, as `check --base`
/// reports them — a material change is `diff.material-change` (an error when it reaches
/// `--fail-on`, else a warning); an editorial change is `diff.editorial-change`,
/// reported only when `--fail-on any` makes it an error. Each finding is located in
/// the new version (a removed value at its nearest surviving parent).
struct DiffFindings {
    let threshold: FailThreshold

    func report(_ diff: SpecificationDiff, new: Specification, newText: String?, oldName: String) -> ValidationReport {
        let file = diff.new.file
        let locations = Dictionary(new.structuredFields().map { ($0.keyPath, $0.location) }, uniquingKeysWith: { a, _ in a })
        let text = DiffTextReport(colour: false)
        var findings: [Diagnostic] = []
        for change in diff.changes {
            let reached = threshold.isReached(by: change)
            if change.classification == .editorial && !reached { continue }
            let location = change.kind == .removed || change.location?.file != file
                ? nearest(change.key, in: locations, file: file)
                : change.location ?? .start(of: file)
            var notes = ["fingerprint \(change.fingerprint); \(change.classification.rawValue) (`tenderpack explain diff.classification`)"]
            if let reference = change.reference { notes.insert("clause \(reference)", at: 0) }
            findings.append(Diagnostic(
                ruleID: change.classification == .material ? BaseComparison.materialRuleID : BaseComparison.editorialRuleID,
                severity: reached ? .error : .warning, location: location,
                message: "\(change.kind.rawValue) since \(oldName): \(change.path): \(text.describe(change))", notes: notes))
        }
        var report = ValidationReport.of(files: [file], diagnostics: findings, sourceTexts: newText.map { [file: $0] } ?? [:])
        report.specifications = [new]
        return report
    }

    /// Where a removed value was, as near as the new file can say: its closest surviving parent.
    private func nearest(_ key: [String], in locations: [String: SourceLocation], file: String) -> SourceLocation {
        var prefix = key
        while !prefix.isEmpty {
            prefix.removeLast()
            if let location = locations[prefix.joined(separator: "/")] { return location }
        }
        return .start(of: file)
    }
}
