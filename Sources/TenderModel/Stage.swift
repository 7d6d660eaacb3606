/// A stage of a staged pathway (Stage 1: intensive assessment and support, …) with
/// how people come into it and where they move on to.
public struct Stage: Sendable, Hashable {
    public var id: Field<String>
    public var number: Field<Int>
    public var name: Field<String>
    /// What the stage is for, in the source's words.
    public var remit: [Clause]
    public var durations: Durations?
    public var entryRoutes: [Route]
    public var moveOnRoutes: [Route]
    public var location: SourceLocation

    public init(id: Field<String>, number: Field<Int>, name: Field<String>, remit: [Clause],
                durations: Durations?, entryRoutes: [Route], moveOnRoutes: [Route], location: SourceLocation) {
        self.id = id
        self.number = number
        self.name = name
        self.remit = remit
        self.durations = durations
        self.entryRoutes = entryRoutes
        self.moveOnRoutes = moveOnRoutes
        self.location = location
    }
}

/// One end of a route: a place outside the pathway, or another stage.
public enum RouteEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// Places people come from or go to outside the staged pathway.
    public enum Place: String, Sendable, Hashable, CaseIterable {
        case hospital
        case residentialCare = "residential-care"
        case community
        case selfReferral = "self-referral"
        case wellbeingCentre = "wellbeing-centre"
        case housingServices = "housing-services"
        case independentLiving = "independent-living"
        case other

        public var title: String {
            switch self {
            case .hospital: return "Hospital"
            case .residentialCare: return "Residential care"
            case .community: return "Community"
            case .selfReferral: return "Self-referral"
            case .wellbeingCentre: return "Mental health wellbeing centres"
            case .housingServices: return "Housing services"
            case .independentLiving: return "Independent living"
            case .other: return "Other"
            }
        }
    }

    case place(Place)
    case stage(String)

    public var stageID: String? {
        if case .stage(let id) = self { return id }
        return nil
    }

    public var description: String {
        switch self {
        case .place(let place): return place.rawValue
        case .stage(let id): return id
        }
    }
}

/// A way into or out of a stage.
public struct Route: Sendable, Hashable {
    public var endpoint: Field<RouteEndpoint>
    public var note: Field<String>?
    public var location: SourceLocation

    public init(endpoint: Field<RouteEndpoint>, note: Field<String>?, location: SourceLocation) {
        self.endpoint = endpoint
        self.note = note
        self.location = location
    }
}
