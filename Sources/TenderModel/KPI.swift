/// A key performance indicator: what is measured, against what target, how often,
/// from what evidence, and which outcome it evidences.
public struct KPI: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case percent
        case count
        case days
        case weeks
        case hours

        /// The range a target in this unit can take.
        public var validRange: ClosedRange<Double> {
            self == .percent ? 0...100 : 0...Double.greatestFiniteMagnitude
        }

        public func format(_ value: Double) -> String {
            let number = NumberText.plain(value)
            switch self {
            case .percent: return number + "%"
            case .count: return number
            case .days, .weeks, .hours: return "\(number) \(rawValue)"
            }
        }
    }

    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case atLeast = "at-least"
        case atMost = "at-most"
    }

    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        case monthly
        case quarterly
        case sixMonthly = "six-monthly"
        case annually
    }

    /// What a KPI is for: evidencing an outcome (the outcome schedule), or managing the
    /// contract (response times, occupancy, referral-to-start days), which has no outcome.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case outcome
        case contractManagement = "contract-management"
    }

    public var id: Field<String>
    public var indicator: Field<String>
    public var unit: Field<Unit>?
    public var target: Field<Double>?
    public var direction: Field<Direction>?
    public var frequency: Field<Frequency>?
    public var evidence: Field<String>?
    /// The outcome (in the outcome framework) this KPI evidences.
    public var outcome: Field<String>?
    /// As written; absent means an outcome KPI (version 1).
    public var kind: Field<Kind>? = nil
    public var location: SourceLocation

    /// A contract-management KPI: no outcome, and kept apart from the outcome measures.
    public var isContractManagement: Bool { kind?.value == .contractManagement }

    public init(id: Field<String>, indicator: Field<String>, unit: Field<Unit>?, target: Field<Double>?,
                direction: Field<Direction>?, frequency: Field<Frequency>?, evidence: Field<String>?,
                outcome: Field<String>?, location: SourceLocation) {
        self.id = id
        self.indicator = indicator
        self.unit = unit
        self.target = target
        self.direction = direction
        self.frequency = frequency
        self.evidence = evidence
        self.outcome = outcome
        self.location = location
    }
}
