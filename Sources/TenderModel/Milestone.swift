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
        /// Getting the new service ready between award and start: usually a period.
        case mobilisation
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
            case .mobilisation: return "Mobilisation"
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
    /// A stable id, so a milestone the council names can be matched across versions.
    public var id: Field<String>?
    /// The council's own name for the step ("Supplier information event").
    public var name: Field<String>?
    /// The time of day on `date` ("12 noon" for a deadline).
    public var time: Field<TimeOfDay>?
    /// The last day of a milestone that is a period (mobilisation, 1 January to 31 March).
    public var end: Field<CalendarDate>?

    public init(kind: Field<Kind>, date: Field<CalendarDate>, label: Field<String>?,
                description: Field<String>?, location: SourceLocation) {
        self.kind = kind
        self.date = date
        self.label = label
        self.description = description
        self.location = location
    }

    public init(kind: Field<Kind>, id: Field<String>?, name: Field<String>?, date: Field<CalendarDate>,
                time: Field<TimeOfDay>?, end: Field<CalendarDate>?, label: Field<String>?,
                description: Field<String>?, location: SourceLocation) {
        self.init(kind: kind, date: date, label: label, description: description, location: location)
        self.id = id
        self.name = name
        self.time = time
        self.end = end
    }

    /// The step as the pack names it: the council's name, or the kind's.
    public var title: String { name?.value ?? kind.value.title }

    /// When it is, as a British reader writes it: "10 April 2026, 12 noon", "1 January to
    /// 31 March 2027" (a period), "July 2013".
    public var when: String {
        let start = date.value
        let startText = start.longForm + (time.map { ", " + $0.value.longForm } ?? "")
        guard let end = end?.value else { return startText }
        if time == nil, start.year == end.year, start.month != nil, end.month != nil {
            // "1 January to 31 March 2027": the year once when both ends share it.
            return "\(start.longForm.dropLast(" \(start.year)".count)) to \(end.longForm)"
        }
        return "\(startText) to \(end.longForm)"
    }

    /// What the diff matches the milestone by across versions.
    public var key: String { id?.value ?? kind.value.rawValue }

    /// The earliest moment the milestone can be, as a sortable ordinal (yyyymmddhhmm):
    /// an imprecise date is its first day, a day without a time starts at 00:00.
    public var earliestMoment: Int {
        date.value.earliest * 10_000 + (time.map { $0.value.hour * 100 + $0.value.minute } ?? 0)
    }

    /// The latest moment the milestone can be: an imprecise date is its last day, a day
    /// without a time ends at 23:59.
    public var latestMoment: Int {
        date.value.latest * 10_000 + (time.map { $0.value.hour * 100 + $0.value.minute } ?? 2359)
    }
}

extension TimeOfDay {
    /// A milestone's time: what `init(parsing:)` reads, or `noon` / `12 noon` / `midday`.
    public init?(milestone text: String) {
        if ["noon", "12 noon", "midday"].contains(text.lowercased()) {
            self.init(minutes: 12 * 60)
            return
        }
        self.init(parsing: text)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// As councils write a deadline: "12 noon" for 12:00, otherwise the 24-hour clock
    /// ("09:00", "11:00").
    public var longForm: String { minutes == 12 * 60 ? "12 noon" : description }
}
