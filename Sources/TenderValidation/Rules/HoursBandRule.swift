import TenderModel

struct HoursBandRule: SpecificationRule {
    /// The most hours per person per week each setting can plausibly mean.
    static func band(for kind: Setting.Kind) -> ClosedRange<Double> {
        switch kind {
        case .floatingSupport, .outreach, .hospitalInReach: return 0...15
        case .intensiveOutreach: return 0...25
        case .supportedAccommodation, .supportedLiving, .dispersedAccommodation, .coreAndCluster, .sharedHousing, .mixed:
            return 0...40
        }
    }

    static let description = RuleDescription(
        id: "hours.out-of-band",
        severity: .error,
        summary: "Weekly hours are outside the band the service's setting allows",
        rationale: """
            Floating support, outreach and hospital in-reach are visiting support: more than 15 \
            hours a week per person is no longer visiting support but intensive outreach (up to \
            25) or care, and any accommodation type (or a mixed service) above 40 hours a week \
            per person is residential care. Hours outside the band \
            usually mean a typo (per day for per week, or a team total for a per-person figure) \
            and change what bidders price. Hours must also be positive.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: ↓20}
                """),
            // Just over the band for floating support (15).
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 2, max: ↓15.5}
                """),
            // A minimum outside the band is reported at the minimum.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: ↓16, max: 16}
                """),
            // A maximum of 0 hours is no support.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: ↓0}
                """),
            // Accommodation's band is wider (40), but not unlimited.
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 09:00-17:00, night: none, outOfHoursCover: on-call}
                    areas: all
                    hoursPerWeek: {max: ↓40.5}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: 6}
                """),
            // The limit itself: 15 hours of floating support.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 15, max: 15}
                """),
            // 20 hours is outside floating support's band but inside accommodation's (40).
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting:
                      type: supported-accommodation
                      cover: {daysPerWeek: 7, hours: 09:00-17:00, night: none, outOfHoursCover: on-call}
                    areas: all
                    hoursPerWeek: {max: 40}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for lot in context.specification.lots {
            guard let range = lot.intensity?.value.value.range else { continue }
            let band = Self.band(for: lot.setting.kind.value)
            let setting = lot.setting.kind.value.title.lowercased()
            for hours in [range.minimum, range.maximum].compactMap({ $0 }) where !band.contains(hours.value) {
                findings.append(finding(hours.location,
                    "lot `\(lot.id.value)`: \(HoursRange.format(hours.value)) hours a week is outside \(HoursRange.format(band.lowerBound))–\(HoursRange.format(band.upperBound)), the band for \(setting)"))
            }
            if range.maximum.value == 0 {
                findings.append(finding(range.maximum.location, "lot `\(lot.id.value)`: a maximum of 0 hours a week is no support"))
            }
        }
        return findings
    }
}
