import TenderModel

struct CoverSettingRule: SpecificationRule {
    static let description = RuleDescription(
        id: "setting.cover-mismatch",
        severity: .error,
        summary: "Staff cover is given for floating support, or missing for supported accommodation",
        rationale: """
            Floating support goes to people wherever they live and has no building to staff, so \
            "cover" makes no sense for it. Supported accommodation must say its cover (24/7, or \
            how many days a week and whether there is night cover), because that is the biggest \
            single cost a bidder prices.
            """,
        triggering: [
            .fragment("""
                lots:
                  - id: support
                    title: Floating support
                    setting: {type: floating-support, cover: ↓24/7}
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: ↓{type: supported-accommodation}
                    areas: all
                """),
        ],
        nonTriggering: [
            .fragment("""
                lots:
                  - id: accommodation
                    title: Supported accommodation
                    setting: {type: supported-accommodation, cover: {daysPerWeek: 5, nightCover: false}}
                    areas: all
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let settings = context.specification.lots.map { ("lot `\($0.id.value)`", $0.setting) }
            + context.specification.currentServices.compactMap { service in service.setting.map { ("current service `\(service.id.value)`", $0) } }
        return settings.compactMap { owner, setting -> Diagnostic? in
            switch (setting.kind.value, setting.cover) {
            case (.floatingSupport, let cover?):
                return finding(cover.location, "\(owner) is floating support, which has no building to staff; remove `cover`")
            case (.supportedAccommodation, nil):
                return finding(setting.location, "\(owner) is supported accommodation but does not say its staff cover")
            default:
                return nil
            }
        }
    }
}
