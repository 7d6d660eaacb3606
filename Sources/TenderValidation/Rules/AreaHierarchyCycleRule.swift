import TenderModel

struct AreaHierarchyCycleRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.hierarchy-cycle",
        severity: .error,
        summary: "An area ends up inside itself through `contains:` or `parent:`",
        rationale: """
            A locality is made of districts, not of itself. When Central contains Norwich and \
            Norwich names Central as a part of it, the map has no bottom: no one can say which \
            districts a lot for Central covers, so coverage cannot be checked.
            """,
        triggering: [
            .fragment("""
                areas:
                  - {id: ↓central, name: Central, kind: locality, contains: [north]}
                  - {id: north, name: North, kind: district, contains: [central]}
                """),
        ],
        nonTriggering: [
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [north]}
                  - {id: north, name: North, kind: district}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let cycle = context.areaHierarchy.cycle
        guard let first = cycle.first,
              let area = context.specification.areas.first(where: { $0.id.value == first }) else { return [] }
        let names = cycle.map { "`\($0)`" }.joined(separator: ", ")
        return [finding(area.id.location, "areas \(names) contain one another in a cycle; a locality is made of smaller areas, never of itself")]
    }
}
