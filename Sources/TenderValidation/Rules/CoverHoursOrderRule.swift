import TenderModel

struct CoverHoursOrderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "cover.hours-order",
        severity: .error,
        summary: "Staffed hours end before (or when) they start",
        rationale: """
            Staffed hours are a span within the day ("09:00-18:00"). A span that ends before \
            it starts is usually am/pm confused or the two times swapped; bidders cannot build \
            a rota from it. Night cover is stated with `night:` (waking night, sleep-in), and \
            round-the-clock staffing with `hours: 24-hours`.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: ↓18:00-09:00, night: none, outOfHoursCover: on-call}
                    areas: all
                """),
            // The boundary: hours that end when they start.
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: ↓09:00-09:00, night: none, outOfHoursCover: on-call}
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
            // Just over: one minute of staffed hours.
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 09:00-09:01, night: none, outOfHoursCover: on-call}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.coveredSettings.compactMap { owner, cover -> Diagnostic? in
            guard let hours = cover.hours, case .span(let from, let to) = hours.value, to <= from else { return nil }
            return finding(hours.location, "\(owner): staffed hours \(from.spoken)–\(to.spoken) end before they start; write the earlier time first (night cover goes under `night:`)")
        }
    }
}

extension ValidationContext {
    /// Every stated cover, with who it belongs to ("lot `x`", "current service `y`").
    var coveredSettings: [(String, Cover)] {
        let spec = specification
        return spec.lots.compactMap { lot in lot.setting.cover.map { ("lot `\(lot.id.value)`", $0) } }
            + spec.currentServices.compactMap { service in
                service.setting?.cover.map { ("current service `\(service.id.value)`", $0) }
            }
    }
}
