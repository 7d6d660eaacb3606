public import TenderModel

/// A rule's permanent description: what CI shows, what `tenderpack explain` prints,
/// and the examples the test suite runs.
public struct RuleDescription: Sendable {
    /// Permanent, written by hand; never derived from a type name.
    public let id: String
    public let severity: Severity
    /// One line for CI.
    public let summary: String
    /// Why it matters, written for a procurement officer.
    public let rationale: String
    /// Inputs the rule must report; `↓` marks where a finding must point.
    public let triggering: [RuleExample]
    /// Inputs the rule must accept.
    public let nonTriggering: [RuleExample]

    public init(id: String, severity: Severity, summary: String, rationale: String,
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// A rule checked on a loaded specification.
public protocol SpecificationRule: Sendable {
    static var description: RuleDescription { get }
    func check(_ context: ValidationContext) -> [Diagnostic]
}

extension SpecificationRule {
    /// A finding of this rule at its default severity.
    func finding(_ location: SourceLocation, _ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(ruleID: Self.description.id, severity: Self.description.severity,
                   location: location, message: message, notes: notes)
    }
}
