// The declaration in README.md ("From Swift") and the DocC article, compiled here so
// that the documented code keeps compiling as the library changes.
import TenderDeclaration

/// The README's short staged model.
public var readmeExample: Specification {
    Specification("staged-model", title: "Staged Model", version: "0.1", status: .draft,
                  commissioner: "supporting-people", provenance: .source("staged-model-appendix")) {
        Source("staged-model-appendix", kind: .seed, title: "Appendix 1: Staged Model")
        Partner("supporting-people", name: "Supporting People commissioners", kind: .countyCouncil,
                roles: [.leadCommissioner, .funder])
        Partner("cmhts", name: "Community mental health teams (CMHTs)",
                kind: .nhsTrust, roles: [.deliveryPartner, .referrer])
        Area("county", name: "The county", kind: .county)
        MaximumSupportDuration("2 years", flexible: true, note: "In practice this needs to be flexible.")
        Lot("stage-1-supported-accommodation", title: "Stage 1 supported accommodation",
            setting: Setting(.supportedAccommodation, cover: .twentyFourSeven(),
                             jointlyFundedBy: ["Supporting People", "Mental Health"]),
            durations: Durations(maximum: "6 months"), areas: .all, stage: "stage-1") {
            Requirement("needs-and-risks", .must, "Identify support needs and put risk management plans in place.")
        }
        Lot("stage-3-floating-support", title: "Stage 3 floating support", setting: Setting(.floatingSupport),
            hoursPerWeek: .upTo(1, 3), areas: .all, stage: "stage-3") {
            Requirement("maintain-tenancies", .must, "Support service users to maintain their tenancies.")
            KPI("tenancies-kept", indicator: "Tenancies maintained", unit: .percent, target: .illustrative(85))
        }
        Stage("stage-1", number: 1, name: "Intensive assessment and support") {
            Remit("intensive-assessment", "Intensive assessment and support, up to 6 months.")
            EntryRoute(.place(.hospital))
            MoveOnRoute(.stage("stage-3"))
        }
        Stage("stage-3", number: 3, name: "Support after resettlement") {
            Remit("resettled", "To support service users who have resettled from Supported Housing.")
            EntryRoute(.stage("stage-1"))
            EntryRoute(.place(.wellbeingCentre), note: "Mental health wellbeing centres")
            // The seed gives Stage 3 no move-on route: this one is invented, and says so.
            MoveOnRoute(.place(.independentLiving),
                        note: "Living independently without housing related support.",
                        provenance: .illustrative)
        }
    }
}
