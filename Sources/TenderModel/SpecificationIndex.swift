/// Where each id of a specification is, built once per specification and shared by
/// validation, rendering and diff, so that nothing finds a lot, stage, area, partner or
/// current service by scanning them all: at 3000 lots a scan per lot is nine million
/// comparisons (and as many copies of a large `Lot` value).
///
/// Positions index the specification's own arrays (`specification.lots[i]`), so callers
/// read what they need in place instead of copying whole values. An id written twice
/// maps to its first occurrence, as `first(where:)` did (duplicates are a validation
/// error; rendering never sees them). Lists of positions are in document order.
public final class SpecificationIndex: Sendable {
    public let specification: Specification
    public let lotPositions: [String: Int]
    public let stagePositions: [String: Int]
    public let areaPositions: [String: Int]
    public let partnerPositions: [String: Int]
    public let currentServicePositions: [String: Int]
    /// Each outcome of the framework: its domain's position, then its own in the domain.
    public let outcomePositions: [String: (domain: Int, outcome: Int)]
    /// Lots in each stage (`stage:`).
    public let lotsByStage: [String: [Int]]
    /// Lots that take on each current service (`absorbs:`), each lot once.
    public let lotsAbsorbing: [String: [Int]]
    /// Lots that work towards each outcome (`outcomes:`), each lot once.
    public let lotsByOutcome: [String: [Int]]
    /// Whether any value is marked illustrative (the packs then carry a legend).
    public let hasIllustrativeValue: Bool

    /// Indexes a specification, walking its values once for `hasIllustrativeValue`.
    public convenience init(_ specification: Specification) {
        self.init(specification, fields: specification.allFields())
    }

    /// Indexes a specification whose values the caller has already walked
    /// (`specification.allFields()`); the index does not keep them.
    public init(_ specification: Specification, fields: [FieldRecord]) {
        self.specification = specification
        lotPositions = Self.positions(specification.lots, \.id.value)
        stagePositions = Self.positions(specification.stages, \.id.value)
        areaPositions = Self.positions(specification.areas, \.id.value)
        partnerPositions = Self.positions(specification.partners, \.id.value)
        currentServicePositions = Self.positions(specification.currentServices, \.id.value)
        var outcomes: [String: (domain: Int, outcome: Int)] = [:]
        for (domain, entry) in (specification.outcomeFramework?.domains ?? []).enumerated() {
            for (outcome, item) in entry.outcomes.enumerated() where outcomes[item.id.value] == nil {
                outcomes[item.id.value] = (domain, outcome)
            }
        }
        outcomePositions = outcomes
        var byStage: [String: [Int]] = [:]
        var absorbing: [String: [Int]] = [:]
        var byOutcome: [String: [Int]] = [:]
        for position in specification.lots.indices {
            if let stage = specification.lots[position].stage?.value { byStage[stage, default: []].append(position) }
            for id in specification.lots[position].absorbs where absorbing[id.value]?.last != position {
                absorbing[id.value, default: []].append(position)
            }
            for id in specification.lots[position].outcomes where byOutcome[id.value]?.last != position {
                byOutcome[id.value, default: []].append(position)
            }
        }
        lotsByStage = byStage
        lotsAbsorbing = absorbing
        lotsByOutcome = byOutcome
        hasIllustrativeValue = fields.contains { $0.provenance.isIllustrative }
    }

    private static func positions<T>(_ items: [T], _ id: (T) -> String) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(items.count)
        for (position, item) in items.enumerated() where result[id(item)] == nil { result[id(item)] = position }
        return result
    }

    public func lot(_ id: String) -> Lot? { lotPositions[id].map { specification.lots[$0] } }
    public func stage(_ id: String) -> Stage? { stagePositions[id].map { specification.stages[$0] } }
    public func area(_ id: String) -> Area? { areaPositions[id].map { specification.areas[$0] } }
    public func partner(_ id: String) -> Partner? { partnerPositions[id].map { specification.partners[$0] } }
    public func currentService(_ id: String) -> CurrentService? {
        currentServicePositions[id].map { specification.currentServices[$0] }
    }

    /// An outcome of the framework with its domain, as `OutcomeFramework.outcomes` lists them.
    public func outcome(_ id: String) -> (domain: OutcomeDomain, outcome: Outcome)? {
        guard let position = outcomePositions[id], let framework = specification.outcomeFramework else { return nil }
        let domain = framework.domains[position.domain]
        return (domain, domain.outcomes[position.outcome])
    }

    /// An area's name, or its id when no area has it.
    public func areaName(_ id: String) -> String {
        areaPositions[id].map { specification.areas[$0].name.value } ?? id
    }

    /// A partner's name, or its id when no partner has it.
    public func partnerName(_ id: String) -> String {
        partnerPositions[id].map { specification.partners[$0].name.value } ?? id
    }

    /// The lots in a stage, in document order.
    public func lots(inStage id: String) -> [Lot] { (lotsByStage[id] ?? []).map { specification.lots[$0] } }
    /// The lots that take on a current service, in document order.
    public func lots(absorbing id: String) -> [Lot] { (lotsAbsorbing[id] ?? []).map { specification.lots[$0] } }
    /// The lots that work towards an outcome, in document order.
    public func lots(workingTowards id: String) -> [Lot] { (lotsByOutcome[id] ?? []).map { specification.lots[$0] } }
}
