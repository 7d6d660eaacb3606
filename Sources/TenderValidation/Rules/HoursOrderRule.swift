import TenderModel

struct HoursOrderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "hours.min-exceeds-max",
        severity: .error,
        summary: "Minimum weekly hours are more than the maximum",
        rationale: """
            Support hours per person per week are what bidders staff and price a lot on. A \
            minimum above the maximum cannot be delivered and will be read differently by every \
            bidder.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 6, max: ↓3}
                """),
            // Just over: a minimum half an hour above the maximum.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 3.5, max: ↓3}
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 1, max: 3}
                """),
            // The boundary: a minimum equal to the maximum is a fixed number of hours.
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {min: 3, max: 3}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        context.specification.lots.compactMap { lot -> Diagnostic? in
            guard let range = lot.intensity?.value.value.range, let minimum = range.minimum,
                  minimum.value > range.maximum.value else { return nil }
            return finding(range.maximum.location,
                           "lot `\(lot.id.value)`: maximum of \(HoursRange.format(range.maximum.value)) hours a week is below the minimum of \(HoursRange.format(minimum.value))")
        }
    }
}
