import TenderModel

struct IllustrativeAtTenderRule: SpecificationRule {
    static let description = RuleDescription(
        id: "provenance.illustrative-at-tender",
        severity: .warning,
        summary: "A tender- or awarded-status specification contains an illustrative (invented) value",
        rationale: """
            Example specifications mark invented figures (a contract value, a KPI target, a date \
            after the source documents) as illustrative. That is fine while drafting, but a \
            tender must not go out with invented figures unnoticed: each one is listed so that \
            someone replaces it with a real, agreed value. The same holds for the record of an \
            awarded contract.
            """,
        triggering: [
            .fragment("""
                status: tender
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: ↓!illustrative 6}
                """),
            .fragment("""
                status: awarded
                award:
                  date: 2013-11-01
                  contracts:
                    - lot: support
                      supplier: Example Support Ltd
                      annualValue: ↓!illustrative 1200000
                """),
        ],
        nonTriggering: [
            .fragment("""
                status: draft
                lots:
                  - id: support
                    title: Floating support
                    setting: floating-support
                    areas: all
                    hoursPerWeek: {max: !illustrative 6}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let status = context.specification.status.value
        guard status >= .tender else { return [] }
        let when = status == .tender ? "before issuing the tender" : "in the record of the award"
        // Illustrative values of one element (a KPI, an evaluation criterion) are one
        // finding, at the first of them, with each value's place in the notes.
        var groups: [[FieldRecord]] = []
        for field in context.fields where field.provenance.isIllustrative {
            if let last = groups.last?.last, field.path.count > 1, last.path.dropLast() == field.path.dropLast() {
                groups[groups.count - 1].append(field)
            } else {
                groups.append([field])
            }
        }
        return groups.map { group in
            let first = group[0]
            guard group.count > 1 else {
                return finding(first.location, "\(first.pathDescription) is illustrative (\(first.display.prefix(60))); replace it with the real value \(when)")
            }
            let names = group.map { $0.path.last ?? "" }
            let list = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            let element = first.path.dropLast().joined(separator: " · ")
            return finding(first.location,
                           "\(element): \(list) are illustrative; replace them with real values \(when)",
                           notes: group.map { "\($0.path.last ?? "") at line \($0.location.line), column \($0.location.column): \($0.display.prefix(60))" })
        }
    }
}
