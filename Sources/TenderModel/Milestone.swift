/// A dated step in the procurement, from consultation to the new service starting.
public struct Milestone: Sendable, Hashable {
    /// The steps TenderPack knows the order of; `other` milestones are shown but not ordered.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case consultationOpened = "consultation-opened"
        case consultationClosed = "consultation-closed"
        case resultsPublished = "results-published"
        case feedbackPublished = "feedback-published"
        case tenderIssued = "tender-issued"
        case clarificationDeadline = "clarification-deadline"
        case tenderDeadline = "tender-deadline"
        case contractAwarded = "contract-awarded"
        case serviceStart = "service-start"
        case other

        /// Position in the procurement's order; nil for `other`.
        public var order: Int? {
            self == .other ? nil : Kind.allCases.firstIndex(of: self)
        }

        /// How an officer names the step.
        public var title: String {
            switch self {
            case .consultationOpened: return "Consultation opens"
            case .consultationClosed: return "Consultation closes"
            case .resultsPublished: return "Results published"
            case .feedbackPublished: return "Feedback published"
            case .tenderIssued: return "Invitation to tender issued"
            case .clarificationDeadline: return "Deadline for clarification questions"
            case .tenderDeadline: return "Deadline for tenders"
            case .contractAwarded: return "Contract awarded"
            case .serviceStart: return "New services start"
            case .other: return "Milestone"
            }
        }
    }

    public var kind: Field<Kind>
    public var date: Field<CalendarDate>
    /// How the source words the date when it is imprecise ("later in July 2013").
    public var label: Field<String>?
    public var description: Field<String>?
    public var location: SourceLocation

    public init(kind: Field<Kind>, date: Field<CalendarDate>, label: Field<String>?,
                description: Field<String>?, location: SourceLocation) {
        self.kind = kind
        self.date = date
        self.label = label
        self.description = description
        self.location = location
    }
}
