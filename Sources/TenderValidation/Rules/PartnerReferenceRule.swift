import TenderModel

struct PartnerReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.partner",
        severity: .error,
        summary: "A partner id is used that is not defined under `partners:`",
        rationale: """
            The commissioner, funders, partnership working and referral routes name partner \
            organisations by id. An undefined partner means the pack would name an organisation \
            it cannot describe, or silently drop a partnership bidders must plan for.
            """,
        triggering: [
            .fragment("commissioner: ↓counci\n"),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    partnerships:
                      - partner: ↓trust
                        description: Joint care planning with the mental health trust.
                """),
            // A referral route's partner.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    referralSources:
                      - {id: hospital, name: Hospital discharge team, partner: ↓nhs}
                """),
            // A funder.
            .fragment("""
                funding:
                  funders: [council, ↓health]
                """),
            // A current service's partners.
            .fragment("""
                currentServices:
                  - id: floating
                    name: Floating Support Service
                    partners: [↓provider]
                """),
        ],
        nonTriggering: [
            .fragment("commissioner: council\n"),
            // Every place a partner is named, naming a defined partner.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    referralSources:
                      - {id: hospital, name: Hospital discharge team, partner: council}
                    partnerships:
                      - partner: council
                        description: Joint work with the council's housing team.
                """),
            .fragment("""
                funding:
                  funders: [council]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        var references = [spec.commissioner] + (spec.funding?.funders ?? [])
        references += spec.currentServices.flatMap(\.partners)
        for lot in spec.lots {
            references += lot.partnerships.map(\.partner)
            references += lot.referralSources.compactMap(\.partner)
        }
        return references.filter { !context.partnerIDs.contains($0.value) }.map {
            finding($0.location, "partner `\($0.value)` is not defined under `partners:`",
                    notes: context.suggestion(for: $0.value, in: context.partnerIDs))
        }
    }
}
