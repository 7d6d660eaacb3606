/// An organisation that commissions, funds or works alongside the services.
public struct Partner: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case countyCouncil = "county-council"
        case districtCouncil = "district-council"
        case healthCommissioner = "health-commissioner"
        case nhsTrust = "nhs-trust"
        case probation
        case housingAuthority = "housing-authority"
        case provider
        case voluntaryOrganisation = "voluntary-organisation"
        case peopleWithLivedExperience = "people-with-lived-experience"
        case other
    }

    public enum Role: String, Sendable, Hashable, CaseIterable {
        case leadCommissioner = "lead-commissioner"
        case coCommissioner = "co-commissioner"
        case funder
        case deliveryPartner = "delivery-partner"
        case referrer
        case stakeholder
    }

    public var id: Field<String>
    public var name: Field<String>
    public var kind: Field<Kind>
    public var roles: [Field<Role>]
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, kind: Field<Kind>,
                roles: [Field<Role>], location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.roles = roles
        self.location = location
    }
}
