import TenderModel

struct SourceReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "reference.source",
        severity: .error,
        summary: "A provenance names a source that is not declared under `sources:`",
        rationale: """
            Every value says where it comes from, so that a reader can check it. A provenance \
            that names an undeclared source cannot be checked by anyone.
            """,
        triggering: [
            .fragment("provenance: ↓example-sed\n"),
        ],
        nonTriggering: [
            .fragment("provenance: example-seed\n"),
            .fragment("provenance: illustrative\n"),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.provenanceStatements.filter {
            $0.value != "illustrative" && !context.sourceIDs.contains($0.value)
        }.map {
            finding($0.location, "source `\($0.value)` is not declared under `sources:`",
                    notes: context.suggestion(for: $0.value, in: context.sourceIDs))
        }
    }
}
