/// A service to be commissioned: one lot of the tender, with its service specification.
public struct Lot: Sendable, Hashable {
    public var id: Field<String>
    public var number: Field<Int>
    public var title: Field<String>
    public var summary: Field<String>?
    public var aims: [Clause]
    public var clientGroup: Field<String>?
    public var eligibility: [Clause]
    public var exclusions: [Clause]
    public var referralSources: [ReferralSource]
    public var setting: Setting
    public var intensity: Intensity?
    public var durations: Durations?
    public var areas: AreaSelection
    public var partnerships: [Partnership]
    /// Current services whose work this lot takes on.
    public var absorbs: [Field<String>]
    /// The stage of a staged pathway this service belongs to.
    public var stage: Field<String>?
    public var requirements: [Requirement]
    /// Outcome ids (in the outcome framework) the service works towards.
    public var outcomes: [Field<String>]
    public var kpis: [KPI]
    /// How much the lot buys: units, people at any one time, referrals a year.
    public var capacity: [Capacity] = []
    /// Other lots whose areas this lot shares on purpose, with the reason.
    public var overlaps: [LotOverlap] = []
    public var location: SourceLocation
    /// The lot's estimated annual value in pounds.
    public var annualValue: Field<Double>?
    /// The lot's estimated value over the initial term and every extension, in pounds.
    public var wholeLifeValue: Field<Double>?
    /// Other lots whose providers this lot's provider must work with.
    public var worksWith: [LotDependency] = []

    public init(id: Field<String>, number: Field<Int>, title: Field<String>, summary: Field<String>?,
                aims: [Clause], clientGroup: Field<String>?, eligibility: [Clause], exclusions: [Clause],
                referralSources: [ReferralSource], setting: Setting, intensity: Intensity?,
                durations: Durations?, areas: AreaSelection, partnerships: [Partnership],
                absorbs: [Field<String>], stage: Field<String>?, requirements: [Requirement],
                outcomes: [Field<String>], kpis: [KPI], location: SourceLocation) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.aims = aims
        self.clientGroup = clientGroup
        self.eligibility = eligibility
        self.exclusions = exclusions
        self.referralSources = referralSources
        self.setting = setting
        self.intensity = intensity
        self.durations = durations
        self.areas = areas
        self.partnerships = partnerships
        self.absorbs = absorbs
        self.stage = stage
        self.requirements = requirements
        self.outcomes = outcomes
        self.kpis = kpis
        self.location = location
    }
}
