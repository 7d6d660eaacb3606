import TenderModel

struct CoverNightRule: SpecificationRule {
    static let description = RuleDescription(
        id: "cover.night-conflict",
        severity: .error,
        summary: "Night cover contradicts itself, or 24-hour cover has no night cover",
        rationale: """
            Night cover is the largest staffing cost in supported housing, and waking nights \
            cost far more than sleep-ins. `nightCover: true` with `night: none` (or the \
            reverse), or "24-hour" staffing with no one there at night, leaves bidders to \
            guess which one the council meant — and they will price different services.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 24-hours, night: ↓none}
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, nightCover: ↓false, night: sleep-in}
                    areas: all
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 24-hours, night: waking-night}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.coveredSettings.compactMap { owner, cover -> Diagnostic? in
            if let night = cover.night, cover.nightCoverWritten, night.value.hasCover != cover.nightCover.value {
                return finding(cover.nightCover.location,
                               "\(owner): `nightCover: \(cover.nightCover.value)` contradicts `night: \(night.value.rawValue)`; keep `night:` alone")
            }
            if let hours = cover.hours, hours.value == .roundTheClock, !cover.nightCover.value {
                let at = cover.night?.location ?? cover.nightCover.location
                return finding(at, "\(owner): 24-hour staffing needs someone there at night; say `night: waking-night`, `sleep-in` or `mixed`")
            }
            return nil
        }
    }
}
