public import TenderModel
import TenderLoading

/// The contract terms (`contract:`): start, term, extensions, values, procedure, CPV codes.
public struct Contract: SpecificationContent {
    public let model: ContractTerms
    let notes: DeclarationNotes

    public init(start: Declared<CalendarDate>? = nil, initialTerm: Declared<TenderModel.Duration>? = nil,
                extensions: [Declared<TenderModel.Duration>] = [], annualValue: Declared<Double>? = nil,
                procedure: Declared<ContractTerms.Procedure>? = nil, cpv: [Declared<String>] = [],
                wholeLifeValue: Declared<Double>? = nil, vat: Declared<ContractTerms.VAT>? = nil,
                wholeLifeValueIncludingVAT: Declared<Double>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let money = NumberRange.annualValue
        let codes = cpv.compactMap { declared -> Field<String>? in
            guard let code = c.field(declared, what: "CPV code") else { return nil }
            let digits = code.value.split(separator: "-").first.map(String.init) ?? ""
            guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                c.report(LoaderRuleID.schemaInvalidValue, at: code.location,
                         "`\(code.value.prefix(40))` is not a CPV code; CPV codes have eight digits, like `85312000`")
                return nil
            }
            return code
        }
        var contract = ContractTerms(
            start: c.field(start, what: "start"), initialTerm: c.field(initialTerm, what: "initial term"),
            extensions: extensions.compactMap { c.field($0, what: "extension") },
            annualValue: c.number(annualValue, in: money, what: "annual value"),
            procedure: c.choice(procedure, what: "procedure"),
            cpvCodes: codes, location: c.location)
        contract.wholeLifeValue = c.number(wholeLifeValue, in: money, what: "sum of money")
        contract.vat = c.choice(vat, what: "VAT")
        contract.wholeLifeValueIncludingVAT = c.number(wholeLifeValueIncludingVAT, in: money, what: "sum of money")
        model = contract
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.contract.append(model)
        draft.notes.absorb(notes)
    }
}

/// Something written inside a ``Procurement``: contact, portal, procedure stages, framework…
public protocol ProcurementContent: Sendable {
    /// Adds this declaration to the procurement being assembled.
    func add(to draft: inout ProcurementDraft)
}

/// A procurement being assembled from its declarations.
public struct ProcurementDraft: Sendable {
    var contact: [TenderModel.Contact] = []
    var portal: [TenderModel.Portal] = []
    var stages: [TenderModel.ProcedureStage] = []
    var framework: [TenderModel.Framework] = []
    var dynamicMarket: [TenderModel.DynamicMarket] = []
    var lotLimits: [TenderModel.LotLimits] = []
    var notes = DeclarationNotes()
}

/// How the contract is procured (`procurement:`): reference, notice, procedure and the
/// parts declared inside.
public struct Procurement: SpecificationContent {
    public let model: TenderModel.Procurement
    let notes: DeclarationNotes

    public init(reference: Declared<String>? = nil, notice: Declared<String>? = nil,
                procedure: Declared<TenderModel.Procurement.Procedure>? = nil, lightTouch: Declared<Bool>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<any ProcurementContent> content: () -> [any ProcurementContent] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let contents = c.within(content)
        var draft = ProcurementDraft()
        for item in contents { item.add(to: &draft) }
        func single<T>(_ values: [T], _ what: String, _ location: (T) -> SourceLocation) -> T? {
            for extra in values.dropFirst() {
                c.report(LoaderRuleID.yamlDuplicateKey, at: location(extra),
                         "\(what) is declared more than once; the first is at \(location(values[0]))")
            }
            return values.first
        }
        model = TenderModel.Procurement(
            reference: c.field(reference, what: "reference"), notice: c.field(notice, what: "notice"),
            contact: single(draft.contact, "the contact") { $0.location },
            portal: single(draft.portal, "the portal") { $0.location },
            procedure: c.choice(procedure, what: "procedure"), lightTouch: c.field(lightTouch, what: "light touch"),
            stages: draft.stages, framework: single(draft.framework, "the framework") { $0.location },
            dynamicMarket: single(draft.dynamicMarket, "the dynamic market") { $0.location },
            lotLimits: single(draft.lotLimits, "the lot limits") { $0.location }, location: c.location)
        c.notes.absorb(draft.notes)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.procurement.append(model)
        draft.notes.absorb(notes)
    }
}

/// Who bidders contact (`contact:`).
public struct Contact: ProcurementContent {
    let model: TenderModel.Contact
    let notes: DeclarationNotes

    public init(name: Declared<String>? = nil, role: Declared<String>? = nil, email: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Contact(name: c.field(name, what: "name"), role: c.field(role, what: "role"),
                                    email: c.field(email, what: "email"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.contact.append(model)
        draft.notes.absorb(notes)
    }
}

/// Where tenders are submitted (`portal:`).
public struct Portal: ProcurementContent {
    let model: TenderModel.Portal
    let notes: DeclarationNotes

    public init(name: Declared<String>? = nil, url: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Portal(name: c.field(name, what: "name"), url: c.field(url, what: "url"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.portal.append(model)
        draft.notes.absorb(notes)
    }
}

/// A stage of the procedure (`stages:` under `procurement:`).
public struct ProcedureStage: ProcurementContent {
    let model: TenderModel.ProcedureStage
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, name: Declared<String>, description: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.ProcedureStage(id: c.id(id, what: "procedure stage id"),
                                           name: c.required(name, what: "name", placeholder: ""),
                                           description: c.field(description, what: "description"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.stages.append(model)
        draft.notes.absorb(notes)
    }
}

/// A framework agreement the lots are let under (`framework:`).
public struct Framework: ProcurementContent {
    let model: TenderModel.Framework
    let notes: DeclarationNotes

    public init(suppliersPerLot: Declared<Int>? = nil, callOff: [Declared<TenderModel.Framework.CallOff>] = [],
                term: Declared<TenderModel.Duration>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.Framework(
            suppliersPerLot: c.integer(suppliersPerLot, in: NumberRange.ordinal, what: "suppliers per lot"),
            callOff: callOff.map { c.choice($0, what: "call-off method") }, term: c.field(term, what: "term"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.framework.append(model)
        draft.notes.absorb(notes)
    }
}

/// A dynamic market suppliers join (`dynamicMarket:`).
public struct DynamicMarket: ProcurementContent {
    let model: TenderModel.DynamicMarket
    let notes: DeclarationNotes

    public init(_ name: Declared<String>, reference: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.DynamicMarket(name: c.required(name, what: "name", placeholder: ""),
                                          reference: c.field(reference, what: "reference"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.dynamicMarket.append(model)
        draft.notes.absorb(notes)
    }
}

/// The most lots one supplier may bid for or win (`lotLimits:`).
public struct LotLimits: ProcurementContent {
    let model: TenderModel.LotLimits
    let notes: DeclarationNotes

    public init(maximumBids: Declared<Int>? = nil, maximumAwards: Declared<Int>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.LotLimits(
            maximumBids: c.integer(maximumBids, in: NumberRange.ordinal, what: "most lots one supplier may bid for"),
            maximumAwards: c.integer(maximumAwards, in: NumberRange.ordinal, what: "most lots one supplier may be awarded"),
            location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout ProcurementDraft) {
        draft.lotLimits.append(model)
        draft.notes.absorb(notes)
    }
}

/// Who won which lot, when and for how much (`award:`); `notStated` when the record is silent.
public struct Award: SpecificationContent {
    public let model: TenderModel.Award?
    let notes: DeclarationNotes

    public init(date: Declared<CalendarDate>? = nil, notStated: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<AwardedContract> contracts: () -> [AwardedContract] = { [] }) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let declared = c.within(contracts)
        for contract in declared { c.notes.absorb(contract.notes) }
        let notStatedField = c.field(notStated, what: "not stated")
        if notStatedField != nil, date != nil || !declared.isEmpty {
            c.report(LoaderRuleID.schemaInvalidValue, at: c.location,
                     "`notStated` says the award is not recorded; it cannot stand beside `date` or `contracts`")
            model = nil
        } else {
            model = TenderModel.Award(date: c.field(date, what: "date"), notStated: notStatedField,
                                      contracts: declared.compactMap(\.model), location: c.location)
        }
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        if let model { draft.award.append(model) }
        draft.notes.absorb(notes)
    }
}

/// One contract awarded for a lot.
public struct AwardedContract: Sendable {
    let model: TenderModel.AwardedContract?
    let notes: DeclarationNotes

    public init(lot: Declared<String>, supplier: Declared<String>, companyNumber: Declared<String>? = nil,
                date: Declared<CalendarDate>? = nil, annualValue: Declared<Double>? = nil,
                wholeLifeValue: Declared<Double>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        var number = c.field(companyNumber, what: "company number")
        if let given = number, !AwardedContract.isCompanyNumber(given.value) {
            c.report(LoaderRuleID.schemaInvalidValue, at: given.location,
                     "`\(given.value.prefix(40))` is not a Companies House number; they have eight characters: eight digits (`01234567`) or two letters and six digits (`SC123456`)")
            number = nil
        }
        let money = NumberRange.annualValue
        model = TenderModel.AwardedContract(
            lot: c.id(lot, what: "lot id"), supplier: c.required(supplier, what: "supplier", placeholder: ""),
            companyNumber: number, date: c.field(date, what: "date"),
            annualValue: c.number(annualValue, in: money, what: "sum of money"),
            wholeLifeValue: c.number(wholeLifeValue, in: money, what: "sum of money"), location: c.location)
        notes = c.notes
    }

    static func isCompanyNumber(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 8 else { return false }
        func digit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func letter(_ c: Character) -> Bool { c.isASCII && c.isUppercase }
        if characters.allSatisfy(digit) { return true }
        return letter(characters[0]) && letter(characters[1]) && characters[2...].allSatisfy(digit)
    }
}

/// What bidders price for each lot (`pricing:`).
public struct Pricing: SpecificationContent {
    public let model: PricingSchedule
    let notes: DeclarationNotes

    public init(note: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column,
                @ListBuilder<PriceLine> lines: () -> [PriceLine]) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        let declared = c.within(lines)
        for line in declared { c.notes.absorb(line.notes) }
        model = PricingSchedule(lines: declared.map(\.model), note: c.field(note, what: "note"), location: c.location)
        notes = c.notes
    }

    public func add(to draft: inout SpecificationDraft) {
        draft.pricing.append(model)
        draft.notes.absorb(notes)
    }
}

/// One priced item of a lot, with the volume prices are evaluated against.
public struct PriceLine: Sendable {
    let model: TenderModel.PriceLine
    let notes: DeclarationNotes

    public init(_ id: Declared<String>, lot: Declared<String>, item: Declared<String>,
                basis: Declared<TenderModel.PriceLine.Basis>, volume: Volume? = nil, cap: Declared<Double>? = nil,
                note: Declared<String>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        var c = DeclarationContext(fileID: fileID, line: line, column: column, provenance: provenance)
        model = TenderModel.PriceLine(
            id: c.id(id, what: "price line id"), lot: c.id(lot, what: "lot id"),
            item: c.required(item, what: "item", placeholder: ""), basis: c.choice(basis, what: "price basis"),
            volume: volume?.resolve(inheriting: c.provenance, notes: &c.notes),
            cap: c.number(cap, in: Volume.range, what: "price cap"), note: c.field(note, what: "note"),
            location: c.location)
        notes = c.notes
    }
}

/// The quantities a price is evaluated against: hours, units, people, weeks, years.
public struct Volume: Sendable {
    static let range: ClosedRange<Double> = 0...1_000_000_000
    let amounts: [(TenderModel.Volume.Quantity, Declared<Double>)]
    let provenance: Provenance?
    let location: SourceLocation

    public init(hours: Declared<Double>? = nil, units: Declared<Double>? = nil, people: Declared<Double>? = nil,
                weeks: Declared<Double>? = nil, years: Declared<Double>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        let given: [(TenderModel.Volume.Quantity, Declared<Double>?)] =
            [(.hours, hours), (.units, units), (.people, people), (.weeks, weeks), (.years, years)]
        amounts = given.compactMap { quantity, amount in amount.map { (quantity, $0) } }
        self.provenance = provenance
        location = SourceLocation(file: fileID, line: line, column: column)
    }

    func resolve(inheriting inherited: Provenance, notes: inout DeclarationNotes) -> TenderModel.Volume {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let resolved = amounts.compactMap { quantity, amount -> (quantity: TenderModel.Volume.Quantity, amount: Field<Double>)? in
            c.number(amount, in: Volume.range, what: quantity.rawValue).map { (quantity, $0) }
        }
        notes.absorb(c.notes)
        return TenderModel.Volume(amounts: resolved, location: location)
    }
}
