import TenderModel

struct AreaReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.area",
        severity: .error,
        summary: "A service names an area the specification does not define",
        rationale: """
            The geography is what bidders price travel and staffing against. A lot that names \
            an area missing from `areas:` (often a typo) covers somewhere nobody defined, and \
            leaves the intended area uncovered.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: [↓nort]
                """),
            // The areas of a current service are checked too.
            .fragment("""
                currentServices:
                  - id: floating
                    name: Floating Support Service
                    areas: [↓sout]
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: [north]
                """),
            .fragment("""
                currentServices:
                  - id: floating
                    name: Floating Support Service
                    areas: [north]
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        let named = spec.lots.flatMap { $0.areas.namedAreas ?? [] }
            + spec.currentServices.flatMap { $0.areas?.namedAreas ?? [] }
        return named.filter { !context.areaIDs.contains($0.value) }.map {
            finding($0.location, "area `\($0.value)` is not defined under `areas:`",
                    notes: context.suggestion(for: $0.value, in: context.areaIDs))
        }
    }
}
