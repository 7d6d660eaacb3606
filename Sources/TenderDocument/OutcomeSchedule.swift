public import TenderModel

/// The outcome schedule as data, shared by its XML and HTML: framework order, then
/// lot order, then KPI order — never a dictionary's order.
public struct OutcomeSchedule: Sendable {
    public struct Measure: Sendable {
        public var lot: Lot
        public var kpi: KPI
    }

    public struct Row: Sendable {
        public var outcome: Outcome
        /// Lots that list the outcome, in lot order.
        public var lots: [Lot]
        public var measures: [Measure]
    }

    public struct Domain: Sendable {
        public var domain: OutcomeDomain
        public var outcomes: [Row]
    }

    public let spec: Specification
    public let index: SpecificationIndex
    public let domains: [Domain]
    /// Outcome KPIs that name no outcome in the framework.
    public let unassigned: [Measure]
    /// Contract-management KPIs: no outcome, listed on their own.
    public let management: [Measure]

    public init(spec: Specification, index: SpecificationIndex) {
        self.spec = spec
        self.index = index
        let measures = spec.lots.flatMap { lot in lot.kpis.map { Measure(lot: lot, kpi: $0) } }
        // Grouped once, in lot then KPI order, rather than filtered per outcome.
        var measuresByOutcome: [String: [Measure]] = [:]
        for measure in measures {
            if let outcome = measure.kpi.outcome?.value { measuresByOutcome[outcome, default: []].append(measure) }
        }
        let framework = spec.outcomeFramework?.domains ?? []
        var known: Set<String> = []
        domains = framework.map { domain in
            Domain(domain: domain, outcomes: domain.outcomes.map { outcome in
                known.insert(outcome.id.value)
                return Row(outcome: outcome,
                           lots: index.lots(workingTowards: outcome.id.value),
                           measures: measuresByOutcome[outcome.id.value] ?? [])
            })
        }
        management = measures.filter(\.kpi.isContractManagement)
        unassigned = measures.filter { measure in
            if measure.kpi.isContractManagement { return false }
            guard let outcome = measure.kpi.outcome?.value else { return true }
            return !known.contains(outcome)
        }
    }
}
