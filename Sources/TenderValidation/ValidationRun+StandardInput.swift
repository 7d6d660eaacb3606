public import Foundation
import TenderLoading
import TenderModel

extension ValidationRun {
    /// Validates the files under `paths` and one more specification given as bytes
    /// (read from standard input), named `name` in its findings. Its id is checked
    /// against the files' ids as two files' ids are.
    public static func run(paths: [String], standardInput data: Data, name: String) throws(UnreadablePathError) -> ValidationReport {
        var report = paths.isEmpty
            ? ValidationReport(files: [], specifications: [], diagnostics: [], sourceTexts: [:])
            : try run(paths: paths)
        let result = SpecLoader.load(data: data, file: name)
        report.files.append(name)
        report.sourceTexts[name] = result.text
        report.diagnostics += result.diagnostics
        if let specification = result.specification {
            let (findings, index) = Validator.validateIndexed(specification)
            report.diagnostics += findings
            report.indexes[name] = index
            let earlier = report.specifications
            report.specifications.append(specification)
            if let first = earlier.first(where: { $0.id.value == specification.id.value }) {
                report.diagnostics += duplicateSpecificationIDs([first, specification])
            }
        }
        report.diagnostics.sort()
        return report
    }
}
