/// Who buys and how the contract is let: the council's reference and notice number,
/// the contact officer and tendering portal, the Procurement Act 2023 procedure, a
/// framework or dynamic market, and the limits on lots one supplier may bid for or win.
public struct Procurement: Sendable, Hashable {
    /// The procedures of the Procurement Act 2023 (in force 24 February 2025) a
    /// specification may name: competitive tendering (section 20) is the open or the
    /// competitive flexible procedure; direct award sits outside it; below-threshold
    /// contracts are let without the Act's competitive procedures.
    public enum Procedure: String, Sendable, Hashable, CaseIterable {
        case open
        case competitiveFlexible = "competitive-flexible"
        case directAward = "direct-award"
        case belowThreshold = "below-threshold"

        /// The OCDS 1.1.5 `procurementMethod` TenderPack writes for the procedure: the
        /// open procedure is `open`; the competitive flexible procedure `selective`
        /// (only suppliers meeting its conditions of participation go on to tender);
        /// direct award `direct`. A below-threshold contract may be let openly or not,
        /// so no method follows from it: `contract.procedure` says which.
        public var ocdsMethod: ContractTerms.Procedure? {
            switch self {
            case .open: return .open
            case .competitiveFlexible: return .selective
            case .directAward: return .direct
            case .belowThreshold: return nil
            }
        }

        /// "competitive flexible procedure", for messages.
        public var name: String {
            switch self {
            case .open: return "open procedure"
            case .competitiveFlexible: return "competitive flexible procedure"
            case .directAward: return "direct award"
            case .belowThreshold: return "below-threshold procedure"
            }
        }
    }

    /// The council's own procurement reference: the pack's "Reference".
    public var reference: Field<String>?
    /// The notice number on Find a Tender (or Contracts Finder).
    public var notice: Field<String>?
    public var contact: Contact?
    public var portal: Portal?
    public var procedure: Field<Procedure>?
    /// Whether the contract falls under the light-touch regime (social care support does).
    public var lightTouch: Field<Bool>?
    /// The stages of a competitive flexible procedure, in order.
    public var stages: [ProcedureStage]
    public var framework: Framework?
    public var dynamicMarket: DynamicMarket?
    public var lotLimits: LotLimits?
    public var location: SourceLocation

    public init(reference: Field<String>?, notice: Field<String>?, contact: Contact?, portal: Portal?,
                procedure: Field<Procedure>?, lightTouch: Field<Bool>?, stages: [ProcedureStage],
                framework: Framework?, dynamicMarket: DynamicMarket?, lotLimits: LotLimits?,
                location: SourceLocation) {
        self.reference = reference
        self.notice = notice
        self.contact = contact
        self.portal = portal
        self.procedure = procedure
        self.lightTouch = lightTouch
        self.stages = stages
        self.framework = framework
        self.dynamicMarket = dynamicMarket
        self.lotLimits = lotLimits
        self.location = location
    }
}

/// The officer bidders write to.
public struct Contact: Sendable, Hashable {
    public var name: Field<String>?
    public var role: Field<String>?
    public var email: Field<String>?
    public var location: SourceLocation

    public init(name: Field<String>?, role: Field<String>?, email: Field<String>?, location: SourceLocation) {
        self.name = name
        self.role = role
        self.email = email
        self.location = location
    }
}

/// The tendering portal bids go through. Its address is shown as a link, never fetched.
public struct Portal: Sendable, Hashable {
    public var name: Field<String>?
    public var url: Field<String>?
    public var location: SourceLocation

    public init(name: Field<String>?, url: Field<String>?, location: SourceLocation) {
        self.name = name
        self.url = url
        self.location = location
    }
}

/// One stage of a competitive flexible procedure ("conditions of participation",
/// "initial tenders", "negotiation", "final tenders").
public struct ProcedureStage: Sendable, Hashable {
    public var id: Field<String>
    public var name: Field<String>
    public var description: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, description: Field<String>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.location = location
    }
}

/// A framework: several suppliers appointed per lot, with contracts called off later.
public struct Framework: Sendable, Hashable {
    /// How a contract is called off the framework.
    public enum CallOff: String, Sendable, Hashable, CaseIterable {
        /// Awarded to a framework supplier without further competition.
        case directAward = "direct-award"
        /// A further competition among the lot's framework suppliers.
        case miniCompetition = "mini-competition"
    }

    /// The most suppliers appointed to each lot.
    public var suppliersPerLot: Field<Int>?
    public var callOff: [Field<CallOff>]
    /// How long the framework runs.
    public var term: Field<Duration>?
    public var location: SourceLocation

    public init(suppliersPerLot: Field<Int>?, callOff: [Field<CallOff>], term: Field<Duration>?, location: SourceLocation) {
        self.suppliersPerLot = suppliersPerLot
        self.callOff = callOff
        self.term = term
        self.location = location
    }
}

/// A dynamic market (the Act's successor of dynamic purchasing systems) the contract
/// is awarded through.
public struct DynamicMarket: Sendable, Hashable {
    public var name: Field<String>
    public var reference: Field<String>?
    public var location: SourceLocation

    public init(name: Field<String>, reference: Field<String>?, location: SourceLocation) {
        self.name = name
        self.reference = reference
        self.location = location
    }
}

/// "Bid for no more than N lots", "no supplier will be awarded more than N lots".
public struct LotLimits: Sendable, Hashable {
    public var maximumBids: Field<Int>?
    public var maximumAwards: Field<Int>?
    public var location: SourceLocation

    public init(maximumBids: Field<Int>?, maximumAwards: Field<Int>?, location: SourceLocation) {
        self.maximumBids = maximumBids
        self.maximumAwards = maximumAwards
        self.location = location
    }
}

/// A lot whose provider must work with another lot's provider.
public struct LotDependency: Sendable, Hashable {
    public var lot: Field<String>
    public var description: Field<String>?
    public var location: SourceLocation

    public init(lot: Field<String>, description: Field<String>?, location: SourceLocation) {
        self.lot = lot
        self.description = description
        self.location = location
    }
}

/// Who won the contract: the award date, and the supplier and value of each lot.
public struct Award: Sendable, Hashable {
    public var date: Field<CalendarDate>?
    /// Why the award is not recorded (a specification of services let long ago whose
    /// source names no provider, date or value). Excludes `contracts`.
    public var notStated: Field<String>?
    public var contracts: [AwardedContract]
    public var location: SourceLocation

    public init(date: Field<CalendarDate>?, notStated: Field<String>?, contracts: [AwardedContract],
                location: SourceLocation) {
        self.date = date
        self.notStated = notStated
        self.contracts = contracts
        self.location = location
    }
}

/// One lot awarded to one supplier (a framework lot has several).
public struct AwardedContract: Sendable, Hashable {
    public var lot: Field<String>
    public var supplier: Field<String>
    /// The supplier's Companies House number.
    public var companyNumber: Field<String>?
    /// When this lot was awarded, if not the award's date.
    public var date: Field<CalendarDate>?
    public var annualValue: Field<Double>?
    public var wholeLifeValue: Field<Double>?
    public var location: SourceLocation

    public init(lot: Field<String>, supplier: Field<String>, companyNumber: Field<String>?, date: Field<CalendarDate>?,
                annualValue: Field<Double>?, wholeLifeValue: Field<Double>?, location: SourceLocation) {
        self.lot = lot
        self.supplier = supplier
        self.companyNumber = companyNumber
        self.date = date
        self.annualValue = annualValue
        self.wholeLifeValue = wholeLifeValue
        self.location = location
    }

    /// The key that identifies the contract across versions: lot and supplier.
    public var key: String { "\(lot.value) \(supplier.value)" }
}

/// Figures of the Procurement Act 2023 that rules apply, each in one place with its source.
public enum ProcurementAct2023 {
    /// The light-touch threshold in pounds, including VAT.
    public static let lightTouchThreshold: Double = 663_540
    /// Where the figure comes from, quoted in findings and the pack.
    public static let lightTouchThresholdSource =
        "Procurement Act 2023 light-touch threshold: £663,540 including VAT from 1 January 2024, unchanged 1 January 2026 (TenderPack domain notes, DOMAIN.md)"
    /// The Act came into force on 24 February 2025.
    public static let inForce = CalendarDate(year: 2025, month: 2, day: 24)
}

extension ContractTerms {
    /// Whether the contract's figures include VAT.
    public enum VAT: String, Sendable, Hashable, CaseIterable {
        case included
        case excluded
    }

    /// The initial term and every extension, in months.
    public var wholeTermInMonths: Double? {
        guard let initialTerm else { return nil }
        return initialTerm.value.inMonths + extensions.reduce(0) { $0 + $1.value.inMonths }
    }

    /// The whole-life estimated value including VAT, when the specification says it:
    /// the whole-life value itself when its figures include VAT, else the VAT-inclusive figure.
    public var wholeLifeIncludingVAT: Field<Double>? {
        if vat?.value == .included { return wholeLifeValue }
        return wholeLifeValueIncludingVAT
    }
}

extension Specification {
    /// Whether the specification must hold what a tender holds (contract terms, a
    /// timeline, evaluation, KPI targets, no unnoticed invented values): at `tender`,
    /// and at `awarded` unless the award says its details are not stated (services let
    /// long ago, restated from a source that records none of the tender).
    public var holdsTenderTerms: Bool {
        switch status.value {
        case .tender: return true
        case .awarded: return award?.notStated == nil
        case .draft, .consultation: return false
        }
    }
}
