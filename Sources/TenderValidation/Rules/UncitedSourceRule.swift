import TenderModel

struct UncitedSourceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "provenance.uncited-source",
        severity: .error,
        summary: "A public source does not say where it was published",
        rationale: """
            A value drawn from a public fact (the county's districts, the Supporting People \
            outcome domains, a CPV code) is only as trustworthy as its citation. Each public \
            source must name its publisher or address so a reader can check it.
            """,
        triggering: [
            .fragment("""
                sources:
                  - id: example-seed
                    kind: seed
                    title: Example seed document
                  - ↓id: districts
                    kind: public
                    title: The county's district councils
                """),
        ],
        nonTriggering: [
            .fragment("""
                sources:
                  - id: example-seed
                    kind: seed
                    title: Example seed document
                  - id: districts
                    kind: public
                    title: The county's district councils
                    citation: Example County Council, "District councils", example.gov.uk
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.sources.filter {
            $0.kind.value == .public && ($0.citation?.value.trimmingCharacters(in: .whitespaces).isEmpty ?? true)
        }.map {
            finding($0.location, "public source `\($0.id.value)` has no `citation`: name who published it and where")
        }
    }
}
