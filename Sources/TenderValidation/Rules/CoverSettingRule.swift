import TenderModel

struct CoverSettingRule: SpecificationRule {
    static let description = RuleDescription(
        id: "setting.cover-mismatch",
        severity: .error,
        summary: "Staff cover is given for floating support, or missing for accommodation with staff based there",
        rationale: """
            Floating support goes to people wherever they live and has no building to staff, so \
            "cover" makes no sense for it. Accommodation with staff based there (supported \
            accommodation, supported living, core and cluster) must say its cover (24/7, or \
            which days and hours, and what happens at night and out of hours), because that is \
            the biggest single cost a bidder prices. Dispersed accommodation and shared housing \
            (usually visiting support), outreach, hospital in-reach and mixed services may state \
            cover but need not.
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
            .fragment("""
                lots:
                  - id: cluster
                    title: Core and cluster flats
                    setting: ↓{type: core-and-cluster}
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
            .fragment("""
                lots:
                  - id: outreach
                    title: Intensive outreach
                    setting: {type: intensive-outreach, cover: {daysPerWeek: 7, hours: 08:00-20:00, night: none, outOfHoursCover: on-call}}
                    areas: all
                """),
            .fragment("""
                lots:
                  - id: move-on
                    title: Dispersed move-on flats with visiting support
                    setting: dispersed-accommodation
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
            case (let kind, nil) where kind.requiresCover:
                return finding(setting.location, "\(owner) is \(kind.title.lowercased()) but does not say its staff cover")
            default:
                return nil
            }
        }
    }
}
