public import TenderModel
public import TenderLoading
import Foundation

/// The result of validating a set of files: each file's specification (when usable)
/// and all findings, sorted.
public struct ValidationReport: Sendable {
    public var files: [String]
    public var specifications: [Specification]
    public var diagnostics: [Diagnostic]
    /// Each file's text, for showing the offending line under a finding.
    public var sourceTexts: [String: String]
    /// Each validated specification's index, by file, for rendering to reuse.
    public var indexes: [String: SpecificationIndex] = [:]
    /// Findings waived or approved (`check`): listed in the audit, never counted.
    public var suppressed: [Suppression] = []

    /// The index validation built for `specification`, or a new one.
    public func index(for specification: Specification) -> SpecificationIndex {
        indexes[specification.file] ?? SpecificationIndex(specification)
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Every warning promoted to an error (`--warnings-as-errors`).
    public func promotingWarnings() -> ValidationReport {
        var copy = self
        copy.diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d }
        return copy
    }

    /// Files whose specification loaded and has no errors: the ones that may be rendered.
    public var cleanSpecifications: [Specification] {
        let failing = Set(diagnostics.filter { $0.severity == .error }.map(\.location.file))
        return specifications.filter { !failing.contains($0.file) }
    }
}

public enum ValidationRun {
    /// Loads and validates every file; throws only when a path cannot be read at all.
    public static func run(paths: [String]) throws(UnreadablePathError) -> ValidationReport {
        let inputs = try SpecDiscovery.inputs(for: paths)
        var report = ValidationReport(files: inputs.map(\.displayPath), specifications: [], diagnostics: [], sourceTexts: [:])
        // Files load and validate on all cores; results are gathered in input order.
        let checked = Parallel.map(inputs) { input in
            Result { () throws(UnreadablePathError) -> (LoadResult, [Diagnostic], SpecificationIndex?) in
                let result = try SpecLoader.load(contentsOf: input.url, displayPath: input.displayPath)
                guard let specification = result.specification else { return (result, [], nil) }
                let (findings, index) = Validator.validateIndexed(specification)
                return (result, findings, index)
            }
        }
        for (input, outcome) in zip(inputs, checked) {
            let (result, findings, index) = try outcome.get()
            report.diagnostics += result.diagnostics + findings
            if let specification = result.specification { report.specifications.append(specification) }
            if let index { report.indexes[index.specification.file] = index }
            report.sourceTexts[input.displayPath] = result.text
        }
        report.diagnostics += duplicateSpecificationIDs(report.specifications)
        report.diagnostics.sort()
        return report
    }

    /// Two files declaring the same specification id would render into the same folder.
    static func duplicateSpecificationIDs(_ specifications: [Specification]) -> [Diagnostic] {
        var first: [String: Specification] = [:]
        var findings: [Diagnostic] = []
        for specification in specifications {
            if let earlier = first[specification.id.value] {
                findings.append(Diagnostic(ruleID: DuplicateIDRule.description.id, severity: .error,
                                           location: specification.id.location,
                                           message: "specification id `\(specification.id.value)` is also used by \(earlier.file); each renders to Output/<id>/",
                                           notes: ["first used at \(earlier.id.location)"]))
            } else {
                first[specification.id.value] = specification
            }
        }
        return findings
    }
}
