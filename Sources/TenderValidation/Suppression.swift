public import TenderModel

/// A finding that counts for nothing because someone accepted it: a waiver in the
/// policy file, or an approval in the ledger. Reports list it apart (the audit), and it
/// never fails a run.
public struct Suppression: Sendable, Hashable, Comparable {
    public enum Kind: String, Sendable, Hashable {
        /// A waiver in tenderpack-policy.yaml.
        case waiver
        /// An approval in tenderpack-approvals.yaml.
        case approval
    }

    public var finding: Diagnostic
    public var kind: Kind
    /// The waiver's owner, or who approved the change.
    public var by: String
    public var reason: String
    /// For a waiver: the last day it holds (YYYY-MM-DD).
    public var expires: String?
    /// For an approval: the day it was given (YYYY-MM-DD).
    public var approvedOn: String?
    /// Where the waiver or approval is written.
    public var source: SourceLocation

    public init(finding: Diagnostic, kind: Kind, by: String, reason: String, expires: String? = nil,
                approvedOn: String? = nil, source: SourceLocation) {
        self.finding = finding
        self.kind = kind
        self.by = by
        self.reason = reason
        self.expires = expires
        self.approvedOn = approvedOn
        self.source = source
    }

    /// One sentence: "waived by Jo Bloggs until 2027-03-31 (tenderpack-policy.yaml:8:5): reason".
    public var justification: String {
        switch kind {
        case .waiver:
            return "waived by \(by)" + (expires.map { " until \($0)" } ?? "") + " (\(source)): \(reason)"
        case .approval:
            return "approved by \(by)" + (approvedOn.map { " on \($0)" } ?? "") + " (\(source)): \(reason)"
        }
    }

    public static func < (lhs: Suppression, rhs: Suppression) -> Bool {
        lhs.finding < rhs.finding
    }
}
