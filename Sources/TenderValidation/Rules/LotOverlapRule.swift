import TenderModel

struct LotOverlapRule: SpecificationRule {
    static let description = RuleDescription(
        id: "geography.lots-overlap",
        severity: .warning,
        summary: "Two lots that name their areas share an area, and neither says it is on purpose",
        rationale: """
            Lots that divide a county into localities should not share a district: a bidder \
            for each would count the same people, and referrers would not know which provider \
            to call. Some overlaps are intended (a city-wide intensive-outreach lot over the \
            locality lot that includes the city); say so on either lot with `overlaps: [{lot, \
            reason}]` and bidders are told why. Lots for every area (`areas: all`) are \
            county-wide services and are not compared.
            """,
        triggering: [
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [city, north]}
                  - {id: city, name: City, kind: city}
                  - {id: north, name: North, kind: district}
                lots:
                  - id: central
                    title: Central locality
                    setting: floating-support
                    areas: [central]
                  - id: city-outreach
                    title: City intensive outreach
                    setting: intensive-outreach
                    areas: [↓city]
                """),
        ],
        nonTriggering: [
            .fragment("""
                areas:
                  - {id: central, name: Central, kind: locality, contains: [city, north]}
                  - {id: city, name: City, kind: city}
                  - {id: north, name: North, kind: district}
                lots:
                  - id: central
                    title: Central locality
                    setting: floating-support
                    areas: [central]
                  - id: city-outreach
                    title: City intensive outreach
                    setting: intensive-outreach
                    areas: [city]
                    overlaps:
                      - {lot: central, reason: A city-wide specialist service alongside the locality's floating support}
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let lots = context.specification.lots.filter { $0.areas.namedAreas != nil }
        guard lots.count > 1 else { return [] }
        let hierarchy = context.areaHierarchy
        var declared: Set<[String]> = []
        for lot in lots {
            for overlap in lot.overlaps {
                declared.insert([lot.id.value, overlap.lot.value].sorted())
            }
        }
        // Which lots cover each smallest area: lots sharing one are found without
        // comparing every pair of lots.
        var coveredBy: [String: [Int]] = [:]
        for (index, lot) in lots.enumerated() {
            for leaf in hierarchy.leaves(of: lot.areas) { coveredBy[leaf, default: []].append(index) }
        }
        var shared: [[Int]: Set<String>] = [:]
        for (leaf, indices) in coveredBy where indices.count > 1 {
            for (position, first) in indices.enumerated() {
                for second in indices[(position + 1)...] { shared[[first, second], default: []].insert(leaf) }
            }
        }
        let names = Dictionary(context.specification.areas.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { a, _ in a })
        return shared.keys.sorted { ($0[1], $0[0]) < ($1[1], $1[0]) }.compactMap { pair -> Diagnostic? in
            let (earlier, later) = (lots[pair[0]], lots[pair[1]])
            guard !declared.contains([earlier.id.value, later.id.value].sorted()) else { return nil }
            let areas = (shared[pair] ?? []).sorted().map { names[$0] ?? $0 }
            let at = later.areas.namedAreas?.first?.location ?? later.location
            return finding(at, "lots `\(earlier.id.value)` and `\(later.id.value)` both cover \(areas.joined(separator: ", ")); if that is intended, say why with `overlaps: [{lot: \(earlier.id.value), reason: …}]`")
        }
    }
}
