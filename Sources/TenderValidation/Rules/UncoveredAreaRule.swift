import TenderModel

struct UncoveredAreaRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.area-uncovered",
        severity: .error,
        summary: "An area of the specification is covered by no lot",
        rationale: """
            A commissioner promising services "in all parts of the county" must be able to show \
            that every area is served by at least one lot; an uncovered area is a gap in \
            provision that no bidder will price. Coverage is computed on the smallest areas: a \
            lot that covers a locality (`contains: [norwich, north-norfolk]`) covers each area \
            inside it, and a locality is covered when every area inside it is.
            """,
        triggering: [
            .fragment("""
                areas:
                  - id: north
                    name: North
                    kind: district
                  - id: ↓south
                    name: South
                    kind: district
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: [north]
                """),
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [north]}
                  - {id: north, name: North, kind: district}
                  - {id: ↓south, name: South, kind: district}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: [central]
                """),
        ],
        nonTriggering: [
            .fragment("""
                areas:
                  - id: north
                    name: North
                    kind: district
                  - id: south
                    name: South
                    kind: district
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                """),
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [north, south]}
                  - {id: north, name: North, kind: district}
                  - {id: south, name: South, kind: district}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: [central]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        if spec.lots.contains(where: { $0.areas.namedAreas == nil }) { return [] }
        let hierarchy = context.areaHierarchy
        let covered = spec.lots.reduce(into: Set<String>()) { $0.formUnion(hierarchy.leaves(of: $1.areas)) }
        // Only the smallest areas are reported: a locality is uncovered exactly when
        // some area inside it is, and that area is the one to name.
        return spec.areas.filter { (hierarchy.children[$0.id.value] ?? []).isEmpty && !covered.contains($0.id.value) }.map {
            finding($0.id.location, "area `\($0.id.value)` (\($0.name.value)) is not covered by any lot")
        }
    }
}
