import TenderModel

struct LotDependencyRule: SpecificationRule {
    static let description = RuleDescription(
        id: "lots.dependency",
        severity: .error,
        summary: "A lot must work with a lot that does not exist, or with itself",
        rationale: """
            When one lot's provider must work with another lot's provider (an intensive \
            outreach service with the locality services around it), bidders price that joint \
            working. A dependency on a lot that does not exist (often a typo or a renamed lot), \
            or on the lot itself, tells them nothing.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: locality
                    title: Locality support
                    setting: floating-support
                    areas: all
                  - id: outreach
                    title: Intensive outreach
                    setting: floating-support
                    areas: all
                    worksWith:
                      - lot: ↓localty
                """),
            .fragment("""
                lots:
                  - id: outreach
                    title: Intensive outreach
                    setting: floating-support
                    areas: all
                    worksWith:
                      - lot: ↓outreach
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: locality
                    title: Locality support
                    setting: floating-support
                    areas: all
                  - id: outreach
                    title: Intensive outreach
                    setting: floating-support
                    areas: all
                    worksWith:
                      - lot: locality
                        description: Hands people on to the locality service as their needs lessen.
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let ids = context.lotIDs
        return context.specification.lots.flatMap { lot in
            lot.worksWith.compactMap { dependency -> Diagnostic? in
                if dependency.lot.value == lot.id.value {
                    return finding(dependency.lot.location, "lot `\(lot.id.value)` cannot depend on itself")
                }
                guard !ids.contains(dependency.lot.value) else { return nil }
                return finding(dependency.lot.location, "lot `\(dependency.lot.value)` is not a lot of this specification",
                               notes: context.suggestion(for: dependency.lot.value, in: ids))
            }
        }
    }
}
