import TenderModel

/// Ids identify things across versions and in references: each must be unique among
/// things of its kind.
struct DuplicateIDRule: SpecificationRule {
    static let description = RuleDescription(
        id: "id.duplicate",
        severity: .error,
        summary: "An id, lot number, stage number or milestone is used twice",
        rationale: """
            References, diffs between versions and the rendered pack all find things by their \
            id. Two lots, two requirements in one lot or two outcomes with the same id make every \
            reference to that id ambiguous, and two lots numbered alike confuse bidders.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                  - id: ↓support
                    title: Another service
                    setting: floating-support
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    requirements:
                      - {id: visit, strength: must, text: Visit within five working days.}
                      - {id: ↓visit, strength: should, text: Visit at home.}
                """),
            // Two stages with the same number (their ids differ).
            .fragment("""
                stages:
                  - id: stage-1
                    number: 1
                    name: Assessment
                  - id: stage-2
                    number: ↓1
                    name: Move-on
                """),
            // Two lots with the same number.
            .fragment("""
                lots:
                  - id: support
                    number: 1
                    title: Floating support
                    setting: floating-support
                    areas: all
                  - id: intensive-support
                    number: ↓1
                    title: Intensive support
                    setting: floating-support
                    areas: all
                """),
            // Two stages with the same id.
            .fragment("""
                stages:
                  - id: stage-1
                    number: 1
                    name: Assessment
                  - id: ↓stage-1
                    number: 2
                    name: Move-on
                """),
            // Two areas with the same id.
            .fragment("""
                areas:
                  - id: north
                    name: North
                    kind: district
                  - id: ↓north
                    name: North again
                    kind: district
                """),
            // Two current services with the same id.
            .fragment("""
                currentServices:
                  - id: floating
                    name: Floating Support Service
                  - id: ↓floating
                    name: Another floating support service
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                  - id: intensive-support
                    title: Intensive support
                    setting: floating-support
                    areas: all
                """),
            // Consecutive stage numbers.
            .fragment("""
                stages:
                  - id: stage-1
                    number: 1
                    name: Assessment
                  - id: stage-2
                    number: 2
                    name: Move-on
                """),
            // A stage may share an id with a lot: ids are unique among things of one kind.
            .fragment("""
                stages:
                  - id: support
                    number: 1
                    name: Assessment
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        var findings: [Diagnostic] = []
        func unique(_ ids: [Field<String>], _ what: String) {
            var first: [String: SourceLocation] = [:]
            for id in ids {
                if let earlier = first[id.value] {
                    findings.append(finding(id.location, "\(what) id `\(id.value)` is already used",
                                            notes: ["first used at \(earlier)"]))
                } else {
                    first[id.value] = id.location
                }
            }
        }
        unique(spec.sources.map(\.id), "source")
        unique(spec.partners.map(\.id), "partner")
        unique(spec.areas.map(\.id), "area")
        unique(spec.currentServices.map(\.id), "current service")
        unique(spec.lots.map(\.id), "lot")
        unique(spec.stages.map(\.id), "stage")
        unique(spec.aims.map(\.id), "aim")
        unique(spec.lots.map { $0.number.map(String.init) }, "lot number")
        unique(spec.stages.map { $0.number.map(String.init) }, "stage number")
        unique(spec.timeline.filter { $0.kind.value != .other }.map { $0.kind.map(\.rawValue) }, "milestone")
        unique(spec.timeline.compactMap(\.id), "milestone id")
        unique(spec.pricing?.lines.map(\.id) ?? [], "price line")
        if let framework = spec.outcomeFramework {
            unique(framework.domains.map(\.id), "outcome domain")
            unique(framework.outcomes.map(\.outcome.id), "outcome")
        }
        unique(spec.lots.flatMap { $0.kpis.map(\.id) }, "KPI")
        unique(spec.evaluation?.criteria.map(\.id) ?? [], "evaluation criterion")
        unique(spec.evaluation?.criteria.flatMap { $0.subCriteria.map(\.id) } ?? [], "sub-criterion")
        unique(spec.evaluation?.criteria.flatMap { $0.questions.map(\.id) } ?? [], "method statement question")
        for lot in spec.lots {
            unique(lot.requirements.map(\.id), "requirement")
            unique(lot.aims.map(\.id), "aim")
            unique(lot.eligibility.map(\.id), "eligibility criterion")
            unique(lot.exclusions.map(\.id), "exclusion")
            unique(lot.referralSources.map(\.id), "referral source")
        }
        for stage in spec.stages {
            unique(stage.remit.map(\.id), "remit clause")
        }
        return findings
    }
}
