/// How much a finding matters: errors stop a build; warnings are shown.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One finding about a specification: a rule id, where, and what is wrong.
///
/// Plain data with a total order (path, line, column, rule id, message), so every
/// report lists findings the same way on every machine.
public struct Diagnostic: Sendable, Hashable, Comparable, Error {
    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Extra lines for a reader: a suggestion, the other place involved.
    public var notes: [String]

    public init(ruleID: String, severity: Severity, location: SourceLocation,
                message: String, notes: [String] = []) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location.file, lhs.location.line, lhs.location.column, lhs.ruleID, lhs.message)
            < (rhs.location.file, rhs.location.line, rhs.location.column, rhs.ruleID, rhs.message)
    }
}
