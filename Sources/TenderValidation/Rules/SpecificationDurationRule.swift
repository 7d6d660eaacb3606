import TenderModel

struct SpecificationDurationRule: SpecificationRule {
    static let description = RuleDescription(
        id: "duration.exceeds-specification",
        severity: .error,
        summary: "A lot or stage lasts longer than the specification or its stage allows",
        rationale: """
            A specification of short-term services sets the longest anyone is supported \
            (`maximumSupportDuration`). When it is a cap, a lot or stage with a longer (or no) \
            limit, or a lot that outlasts its own stage, breaks the model's promise of \
            throughput and access for new people. When the source says the limit is a norm \
            that "needs to be flexible" (`{upTo: 2 years, flexible: true}`), longer stays are \
            allowed and only a lot that outlasts its own stage is reported.
            """,
        triggering: [
            .fragment("""
                maximumSupportDuration: 2 years
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: ↓3 years}
                """),
            // Just over: one month longer than the specification's maximum.
            .fragment("""
                maximumSupportDuration: 2 years
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: ↓25 months}
                """),
            // No limit at all, under a specification that has one.
            .fragment("""
                maximumSupportDuration: 2 years
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: ↓none}
                """),
        ],
        nonTriggering: [
            .fragment("""
                maximumSupportDuration: 2 years
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 2 years}
                """),
            .fragment("""
                maximumSupportDuration: {upTo: 2 years, flexible: true, note: Others may need a little longer than two years.}
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 3 years}
                """),
            // The limit itself, written in other units.
            .fragment("""
                maximumSupportDuration: 2 years
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    durations: {maximum: 24 months}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spec = context.specification
        var findings: [Diagnostic] = []
        func check(_ owner: String, _ limit: Field<DurationLimit>?, against cap: Duration, capName: String) {
            guard let limit else { return }
            switch limit.value {
            case .noLimit:
                findings.append(finding(limit.location, "\(owner) has no time limit, but \(capName) is \(cap)"))
            case .upTo(let duration) where duration > cap:
                findings.append(finding(limit.location, "\(owner) lasts up to \(duration), longer than \(capName) (\(cap))"))
            default: break
            }
        }
        // A flexible norm ("up to 2 years; in practice this needs to be flexible") is
        // not a cap: people may stay a little longer, so nothing here is an error.
        if let cap = spec.maximumSupportDuration?.value, spec.maximumSupportDurationNorm?.flexible.value != true {
            for lot in spec.lots { check("lot `\(lot.id.value)`", lot.durations?.maximum, against: cap, capName: "the specification's maximum") }
            for stage in spec.stages { check("stage `\(stage.id.value)`", stage.durations?.maximum, against: cap, capName: "the specification's maximum") }
        }
        let stageLimits = Dictionary(spec.stages.compactMap { stage in
            stage.durations?.maximum?.value.duration.map { (stage.id.value, $0) }
        }, uniquingKeysWith: { first, _ in first })
        for lot in spec.lots {
            guard let stage = lot.stage?.value, let cap = stageLimits[stage] else { continue }
            check("lot `\(lot.id.value)`", lot.durations?.maximum, against: cap, capName: "its stage `\(stage)`'s maximum")
        }
        return findings
    }
}
