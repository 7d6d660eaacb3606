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
