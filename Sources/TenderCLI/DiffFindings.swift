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

    /// `locations`: where each value of the new version is written, by key (`Version.locations`).
    func report(_ diff: SpecificationDiff, new: Specification, locations: [String: SourceLocation], newText: String?,
                oldName: String) -> ValidationReport {
        let file = diff.new.file
        let text = DiffTextReport(colour: false)
        var findings: [Diagnostic] = []
        for change in diff.changes {
            let location = change.kind == .removed || change.location?.file != file
                ? BaseComparison.nearest(change.key, in: locations, file: file)
                : change.location ?? .start(of: file)
            if let finding = BaseComparison.finding(
                change.classification, reached: threshold.isReached(by: change), location: location,
                message: "\(change.kind.rawValue) since \(oldName): \(change.path): \(text.describe(change))",
                notes: BaseComparison.notes(for: change)) {
                findings.append(finding)
            }
        }
        var report = ValidationReport.of(files: [file], diagnostics: findings, sourceTexts: newText.map { [file: $0] } ?? [:])
        report.specifications = [new]
        return report
    }
}
