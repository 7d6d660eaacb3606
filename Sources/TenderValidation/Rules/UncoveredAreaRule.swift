import TenderModel

struct UncoveredAreaRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.area-uncovered",
        severity: .error,
        summary: "An area of the specification is covered by no lot",
        rationale: """
            A commissioner promising services "in all parts of the county" must be able to show \
            that every area is served by at least one lot; an uncovered area is a gap in \
            provision that no bidder will price.
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
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        if spec.lots.contains(where: { $0.areas.namedAreas == nil }) { return [] }
        let covered = Set(spec.lots.flatMap { $0.areas.namedAreas ?? [] }.map(\.value))
        return spec.areas.filter { !covered.contains($0.id.value) }.map {
            finding($0.id.location, "area `\($0.id.value)` (\($0.name.value)) is not covered by any lot")
        }
    }
}
