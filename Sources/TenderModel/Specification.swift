/// One version of a specification of commissioned support services: everything a
/// tender pack is rendered from.
public struct Specification: Sendable, Hashable {
    public var id: Field<String>
    public var title: Field<String>
    public var version: Field<String>
    public var status: Field<Status>
    /// The id of the specification version this one revises.
    public var supersedes: Field<String>?
    public var sources: [Source]
    /// The partner id of the lead commissioner.
    public var commissioner: Field<String>
    public var partners: [Partner]
    public var funding: Funding?
    public var areas: [Area]
    public var timeline: [Milestone]
    public var background: [Field<String>]
    public var aims: [Clause]
    /// The longest anyone may be supported in these services ("short term": up to 2 years).
    public var maximumSupportDuration: Field<Duration>?
    /// Whether `maximumSupportDuration` is a flexible norm rather than a cap, and why.
    public var maximumSupportDurationNorm: DurationNorm? = nil
    public var currentServices: [CurrentService]
    public var consultation: Consultation?
    public var outcomeFramework: OutcomeFramework?
    public var lots: [Lot]
    public var stages: [Stage]
    public var evaluation: Evaluation?
    public var contract: ContractTerms?
    /// How to respond to the invitation (portal, format, contact), one paragraph each.
    public var howToRespond: [Field<String>]
    /// The file the specification was read from.
    public var file: String
    /// Every `provenance:` statement in the file, so that each can be checked once
    /// where it is written rather than at every value it covers.
    public var provenanceStatements: [Field<String>] = []
    /// Reference, notice, contact, portal, procedure, framework and lot limits.
    public var procurement: Procurement?
    /// Who won which lot, when and for how much.
    public var award: Award?
    /// What bidders price for each lot, and the volumes prices are evaluated against.
    public var pricing: PricingSchedule?

    public init(id: Field<String>, title: Field<String>, version: Field<String>, status: Field<Status>,
                supersedes: Field<String>?, sources: [Source], commissioner: Field<String>,
                partners: [Partner], funding: Funding?, areas: [Area], timeline: [Milestone],
                background: [Field<String>], aims: [Clause], maximumSupportDuration: Field<Duration>?,
                currentServices: [CurrentService], consultation: Consultation?,
                outcomeFramework: OutcomeFramework?, lots: [Lot], stages: [Stage],
                evaluation: Evaluation?, contract: ContractTerms?, howToRespond: [Field<String>],
                file: String) {
        self.id = id
        self.title = title
        self.version = version
        self.status = status
        self.supersedes = supersedes
        self.sources = sources
        self.commissioner = commissioner
        self.partners = partners
        self.funding = funding
        self.areas = areas
        self.timeline = timeline
        self.background = background
        self.aims = aims
        self.maximumSupportDuration = maximumSupportDuration
        self.currentServices = currentServices
        self.consultation = consultation
        self.outcomeFramework = outcomeFramework
        self.lots = lots
        self.stages = stages
        self.evaluation = evaluation
        self.contract = contract
        self.howToRespond = howToRespond
        self.file = file
    }

    /// The milestone of a kind, if the timeline has one.
    public func milestone(_ kind: Milestone.Kind) -> Milestone? {
        timeline.first { $0.kind.value == kind }
    }
}
