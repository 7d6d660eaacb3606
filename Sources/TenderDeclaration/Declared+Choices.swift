// The cases of every enumeration a declaration takes, as members of `Declared`, so that
// `kind: .countyCouncil` and `kind: .illustrative(.countyCouncil)` both read. Written from
// the enumerations in Sources/TenderModel; a case added there needs its line here (the
// `DeclaredChoicesTests` test lists any that are missing).
public import TenderModel

extension Declared where Value == TenderModel.Area.Kind {
    public static var county: Declared { Declared(.county) }
    public static var district: Declared { Declared(.district) }
    public static var city: Declared { Declared(.city) }
    public static var locality: Declared { Declared(.locality) }
    public static var clinicalCommissioningGroup: Declared { Declared(.clinicalCommissioningGroup) }
}

extension Declared where Value == TenderModel.Capacity.Measure {
    public static var units: Declared { Declared(.units) }
    public static var people: Declared { Declared(.people) }
    public static var referralsPerYear: Declared { Declared(.referralsPerYear) }
    public static var peoplePerYear: Declared { Declared(.peoplePerYear) }
}

extension Declared where Value == TenderModel.Capacity.Qualifier {
    public static var exact: Declared { Declared(.exact) }
    public static var atLeast: Declared { Declared(.atLeast) }
    public static var upTo: Declared { Declared(.upTo) }
    public static var about: Declared { Declared(.about) }
}

extension Declared where Value == TenderModel.ContractTerms.Procedure {
    public static var open: Declared { Declared(.open) }
    public static var selective: Declared { Declared(.selective) }
    public static var limited: Declared { Declared(.limited) }
    public static var direct: Declared { Declared(.direct) }
}

extension Declared where Value == TenderModel.ContractTerms.VAT {
    public static var included: Declared { Declared(.included) }
    public static var excluded: Declared { Declared(.excluded) }
}

extension Declared where Value == TenderModel.EvaluationCriterion.Category {
    public static var quality: Declared { Declared(.quality) }
    public static var price: Declared { Declared(.price) }
    public static var socialValue: Declared { Declared(.socialValue) }
    public static var passFail: Declared { Declared(.passFail) }
}

extension Declared where Value == TenderModel.Framework.CallOff {
    public static var directAward: Declared { Declared(.directAward) }
    public static var miniCompetition: Declared { Declared(.miniCompetition) }
}

extension Declared where Value == TenderModel.KPI.Direction {
    public static var atLeast: Declared { Declared(.atLeast) }
    public static var atMost: Declared { Declared(.atMost) }
}

extension Declared where Value == TenderModel.KPI.Frequency {
    public static var monthly: Declared { Declared(.monthly) }
    public static var quarterly: Declared { Declared(.quarterly) }
    public static var sixMonthly: Declared { Declared(.sixMonthly) }
    public static var annually: Declared { Declared(.annually) }
}

extension Declared where Value == TenderModel.KPI.Kind {
    public static var outcome: Declared { Declared(.outcome) }
    public static var contractManagement: Declared { Declared(.contractManagement) }
}

extension Declared where Value == TenderModel.KPI.Unit {
    public static var percent: Declared { Declared(.percent) }
    public static var count: Declared { Declared(.count) }
    public static var days: Declared { Declared(.days) }
    public static var weeks: Declared { Declared(.weeks) }
    public static var hours: Declared { Declared(.hours) }
}

extension Declared where Value == TenderModel.Milestone.Kind {
    public static var consultationOpened: Declared { Declared(.consultationOpened) }
    public static var consultationClosed: Declared { Declared(.consultationClosed) }
    public static var resultsPublished: Declared { Declared(.resultsPublished) }
    public static var feedbackPublished: Declared { Declared(.feedbackPublished) }
    public static var tenderIssued: Declared { Declared(.tenderIssued) }
    public static var clarificationDeadline: Declared { Declared(.clarificationDeadline) }
    public static var tenderDeadline: Declared { Declared(.tenderDeadline) }
    public static var contractAwarded: Declared { Declared(.contractAwarded) }
    public static var mobilisation: Declared { Declared(.mobilisation) }
    public static var serviceStart: Declared { Declared(.serviceStart) }
    public static var other: Declared { Declared(.other) }
}

extension Declared where Value == TenderModel.NightCover {
    public static var wakingNight: Declared { Declared(.wakingNight) }
    public static var sleepIn: Declared { Declared(.sleepIn) }
    public static var mixed: Declared { Declared(.mixed) }
    public static var none: Declared { Declared(.none) }
}

extension Declared where Value == TenderModel.OutOfHoursCover {
    public static var concierge: Declared { Declared(.concierge) }
    public static var onCall: Declared { Declared(.onCall) }
    public static var asNeeded: Declared { Declared(.asNeeded) }
    public static var none: Declared { Declared(.none) }
    public static var other: Declared { Declared(.other) }
}

extension Declared where Value == TenderModel.Partner.Kind {
    public static var countyCouncil: Declared { Declared(.countyCouncil) }
    public static var districtCouncil: Declared { Declared(.districtCouncil) }
    public static var healthCommissioner: Declared { Declared(.healthCommissioner) }
    public static var nhsTrust: Declared { Declared(.nhsTrust) }
    public static var probation: Declared { Declared(.probation) }
    public static var housingAuthority: Declared { Declared(.housingAuthority) }
    public static var provider: Declared { Declared(.provider) }
    public static var voluntaryOrganisation: Declared { Declared(.voluntaryOrganisation) }
    public static var peopleWithLivedExperience: Declared { Declared(.peopleWithLivedExperience) }
    public static var other: Declared { Declared(.other) }
}

extension Declared where Value == TenderModel.Partner.Role {
    public static var leadCommissioner: Declared { Declared(.leadCommissioner) }
    public static var coCommissioner: Declared { Declared(.coCommissioner) }
    public static var funder: Declared { Declared(.funder) }
    public static var deliveryPartner: Declared { Declared(.deliveryPartner) }
    public static var referrer: Declared { Declared(.referrer) }
    public static var stakeholder: Declared { Declared(.stakeholder) }
}

extension Declared where Value == TenderModel.PriceLine.Basis {
    public static var perHour: Declared { Declared(.perHour) }
    public static var perUnitPerWeek: Declared { Declared(.perUnitPerWeek) }
    public static var perPersonPerWeek: Declared { Declared(.perPersonPerWeek) }
    public static var annualBlock: Declared { Declared(.annualBlock) }
}

extension Declared where Value == TenderModel.Procurement.Procedure {
    public static var open: Declared { Declared(.open) }
    public static var competitiveFlexible: Declared { Declared(.competitiveFlexible) }
    public static var directAward: Declared { Declared(.directAward) }
    public static var belowThreshold: Declared { Declared(.belowThreshold) }
}

extension Declared where Value == TenderModel.Requirement.Strength {
    public static var must: Declared { Declared(.must) }
    public static var should: Declared { Declared(.should) }
}

extension Declared where Value == TenderModel.Setting.Kind {
    public static var floatingSupport: Declared { Declared(.floatingSupport) }
    public static var supportedAccommodation: Declared { Declared(.supportedAccommodation) }
    public static var supportedLiving: Declared { Declared(.supportedLiving) }
    public static var dispersedAccommodation: Declared { Declared(.dispersedAccommodation) }
    public static var coreAndCluster: Declared { Declared(.coreAndCluster) }
    public static var sharedHousing: Declared { Declared(.sharedHousing) }
    public static var outreach: Declared { Declared(.outreach) }
    public static var intensiveOutreach: Declared { Declared(.intensiveOutreach) }
    public static var hospitalInReach: Declared { Declared(.hospitalInReach) }
    public static var mixed: Declared { Declared(.mixed) }
}

extension Declared where Value == TenderModel.Source.Kind {
    public static var seed: Declared { Declared(.seed) }
    public static var `public`: Declared { Declared(.`public`) }
}

extension Declared where Value == TenderModel.Status {
    public static var draft: Declared { Declared(.draft) }
    public static var consultation: Declared { Declared(.consultation) }
    public static var tender: Declared { Declared(.tender) }
    public static var awarded: Declared { Declared(.awarded) }
}
