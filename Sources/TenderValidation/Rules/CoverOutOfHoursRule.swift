import TenderModel

struct CoverOutOfHoursRule: SpecificationRule {
    static let description = RuleDescription(
        id: "cover.out-of-hours-missing",
        severity: .warning,
        summary: "Cover that is not round the clock does not say what happens out of hours",
        rationale: """
            When staff are not on site every hour of every day, residents and neighbours need \
            to know who answers out of hours: a concierge, an on-call worker, support when \
            needed, or nobody. Bidders price an on-call rota and a concierge very differently. \
            Say it with `outOfHoursCover:` (concierge, on-call, as-needed, none, other) or in \
            the source's words with `outOfHours:`; `other` needs the words.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: ↓{daysPerWeek: 7, hours: 09:00-18:00, night: none}
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 09:00-18:00, night: none, outOfHoursCover: ↓other}
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
                      cover: {daysPerWeek: 7, hours: 09:00-18:00, night: none, outOfHoursCover: concierge}
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 5, nightCover: false, outOfHours: Support available evenings and weekends when needed}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.coveredSettings.compactMap { owner, cover -> Diagnostic? in
            if let kind = cover.outOfHoursCover, kind.value == .other, cover.outOfHours == nil {
                return finding(kind.location, "\(owner): `outOfHoursCover: other` needs the arrangement in words (`outOfHours:`)")
            }
            guard !cover.isTwentyFourSeven, cover.hours?.value != .roundTheClock || cover.daysPerWeek.value < 7,
                  cover.outOfHours == nil, cover.outOfHoursCover == nil else { return nil }
            return finding(cover.location, "\(owner): staff are not there round the clock, but the cover does not say what happens out of hours (`outOfHoursCover:` or `outOfHours:`)")
        }
    }
}
