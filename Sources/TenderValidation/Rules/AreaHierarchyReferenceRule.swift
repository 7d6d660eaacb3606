import TenderModel

struct AreaHierarchyReferenceRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.unknown-parent",
        severity: .error,
        summary: "An area is made of, or part of, an area the specification does not define",
        rationale: """
            Localities are made of districts (`contains:`), and a district may name its \
            locality (`parent:`). A name missing from `areas:` (often a typo) silently drops \
            that district from the locality, so coverage and overlaps are computed on the wrong \
            map.
            """,
        triggering: [
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [north, ↓sout]}
                  - {id: north, name: North, kind: district}
                  - {id: south, name: South, kind: district}
                """),
            .fragment("""
                areas:
                  - {id: north, name: North, kind: district, parent: ↓centrl}
                """),
        ],
        nonTriggering: [
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [north]}
                  - {id: north, name: North, kind: district}
                  - {id: south, name: South, kind: district, parent: central}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.areas.flatMap { area -> [Diagnostic] in
            var findings: [Diagnostic] = []
            for child in area.contains where !context.areaIDs.contains(child.value) {
                findings.append(finding(child.location, "area `\(area.id.value)` contains `\(child.value)`, which is not defined under `areas:`",
                                        notes: context.suggestion(for: child.value, in: context.areaIDs)))
            }
            if let parent = area.parent, !context.areaIDs.contains(parent.value) {
                findings.append(finding(parent.location, "area `\(area.id.value)` is part of `\(parent.value)`, which is not defined under `areas:`",
                                        notes: context.suggestion(for: parent.value, in: context.areaIDs)))
            }
            return findings
        }
    }
}
