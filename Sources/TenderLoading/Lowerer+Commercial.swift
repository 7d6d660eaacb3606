import TenderModel

/// Lowering of the commercial parts of a specification: money, the procurement
/// (reference, contact, portal, procedure, framework, lot limits) and the award.
extension Lowerer {
    /// Keys a lot may have beyond `lotKeys`' service description.
    static let lotCommercialKeys = ["annualValue", "wholeLifeValue", "worksWith"]
    /// Keys `contract:` may have beyond its terms.
    static let contractMoneyKeys = ["wholeLifeValue", "vat", "wholeLifeValueIncludingVAT"]

    /// A sum in pounds: a number from 0 to a trillion.
    func money(_ value: YAMLValue?) -> Field<Double>? {
        value?.number(in: NumberRange.annualValue, what: "sum of money")
    }

    /// A whole number of lots or suppliers: at least 1.
    func count(_ value: YAMLValue?, what: String) -> Field<Int>? {
        value?.integer(in: NumberRange.ordinal, what: what)
    }

    /// A lot's value and dependencies, read from its mapping.
    func lotCommercial(_ r: ObjectReader, into lot: inout Lot) throws {
        lot.annualValue = money(r.optional("annualValue"))
        lot.wholeLifeValue = money(r.optional("wholeLifeValue"))
        lot.worksWith = try r.optional("worksWith")?.list(what: "lot dependencies") { item -> LotDependency? in
            guard let d = ObjectReader(item, what: "lot dependency", keys: ["lot", "description"]) else { return nil }
            let lot = d.required("lot")?.identifier()
            let description = d.optional("description")?.text()
            guard let lot else { return nil }
            return LotDependency(lot: lot, description: description, location: d.location)
        } ?? []
    }

    /// The contract's whole-life value and VAT, read from its mapping.
    func contractMoney(_ r: ObjectReader, into contract: inout ContractTerms) {
        contract.wholeLifeValue = money(r.optional("wholeLifeValue"))
        contract.vat = r.optional("vat")?.choice(ContractTerms.VAT.self, what: "VAT")
        contract.wholeLifeValueIncludingVAT = money(r.optional("wholeLifeValueIncludingVAT"))
    }

    func procurement(_ value: YAMLValue) throws -> Procurement? {
        let keys = ["reference", "notice", "contact", "portal", "procedure", "lightTouch", "stages", "framework",
                    "dynamicMarket", "lotLimits"]
        guard let r = ObjectReader(value, what: "procurement", keys: keys) else { return nil }
        let contact = r.optional("contact").flatMap { value -> Contact? in
            guard let c = ObjectReader(value, what: "contact", keys: ["name", "role", "email"]) else { return nil }
            return Contact(name: c.optional("name")?.text(), role: c.optional("role")?.text(),
                           email: c.optional("email")?.text(), location: c.location)
        }
        let portal = r.optional("portal").flatMap { value -> Portal? in
            guard let p = ObjectReader(value, what: "portal", keys: ["name", "url"]) else { return nil }
            return Portal(name: p.optional("name")?.text(), url: p.optional("url")?.text(), location: p.location)
        }
        let stages = try r.optional("stages")?.list(what: "procedure stages") { item -> ProcedureStage? in
            guard let s = ObjectReader(item, what: "procedure stage", keys: ["id", "name", "description"]) else { return nil }
            let id = s.required("id")?.identifier()
            let name = s.required("name")?.text()
            let description = s.optional("description")?.text()
            guard let id, let name else { return nil }
            return ProcedureStage(id: id, name: name, description: description, location: s.location)
        } ?? []
        let framework = try r.optional("framework").flatMap { value -> Framework? in
            guard let f = ObjectReader(value, what: "framework", keys: ["suppliersPerLot", "callOff", "term"]) else { return nil }
            let callOff = try f.optional("callOff")?.list(what: "call-off methods") {
                $0.choice(Framework.CallOff.self, what: "call-off method")
            } ?? []
            return Framework(suppliersPerLot: count(f.optional("suppliersPerLot"), what: "suppliers per lot"),
                             callOff: callOff, term: f.optional("term")?.duration(), location: f.location)
        }
        let market = r.optional("dynamicMarket").flatMap { value -> DynamicMarket? in
            guard let m = ObjectReader(value, what: "dynamic market", keys: ["name", "reference"]) else { return nil }
            let name = m.required("name")?.text()
            guard let name else { return nil }
            return DynamicMarket(name: name, reference: m.optional("reference")?.text(), location: m.location)
        }
        let limits = r.optional("lotLimits").flatMap { value -> LotLimits? in
            guard let l = ObjectReader(value, what: "lot limits", keys: ["maximumBids", "maximumAwards"]) else { return nil }
            return LotLimits(maximumBids: count(l.optional("maximumBids"), what: "most lots one supplier may bid for"),
                             maximumAwards: count(l.optional("maximumAwards"), what: "most lots one supplier may be awarded"),
                             location: l.location)
        }
        return Procurement(reference: r.optional("reference")?.text(), notice: r.optional("notice")?.text(),
                           contact: contact, portal: portal,
                           procedure: r.optional("procedure")?.choice(Procurement.Procedure.self, what: "procedure"),
                           lightTouch: r.optional("lightTouch")?.bool(), stages: stages, framework: framework,
                           dynamicMarket: market, lotLimits: limits, location: r.location)
    }

    func award(_ value: YAMLValue) throws -> Award? {
        guard let r = ObjectReader(value, what: "award", keys: ["date", "notStated", "contracts"]) else { return nil }
        let date = r.optional("date")?.date()
        let notStated = r.optional("notStated")?.text()
        let contracts = try r.optional("contracts")?.list(what: "awarded contracts") { awardedContract($0) } ?? []
        if notStated != nil, r.has("contracts") || r.has("date") {
            report(LoaderRuleID.schemaInvalidValue, at: r.keyLocation("notStated"),
                   "`notStated` says the award is not recorded; it cannot stand beside `date` or `contracts`")
            return nil
        }
        return Award(date: date, notStated: notStated, contracts: contracts, location: r.location)
    }

    func awardedContract(_ value: YAMLValue) -> AwardedContract? {
        let keys = ["lot", "supplier", "companyNumber", "date", "annualValue", "wholeLifeValue"]
        guard let r = ObjectReader(value, what: "awarded contract", keys: keys) else { return nil }
        let lot = r.required("lot")?.identifier()
        let supplier = r.required("supplier")?.text()
        var companyNumber = r.optional("companyNumber")?.text()
        if let number = companyNumber, !Lowerer.isCompanyNumber(number.value) {
            report(LoaderRuleID.schemaInvalidValue, at: number.location,
                   "`\(number.value.prefix(40))` is not a Companies House number; they have eight characters: eight digits (`01234567`) or two letters and six digits (`SC123456`)")
            companyNumber = nil
        }
        let date = r.optional("date")?.date()
        let annual = money(r.optional("annualValue"))
        let wholeLife = money(r.optional("wholeLifeValue"))
        guard let lot, let supplier else { return nil }
        return AwardedContract(lot: lot, supplier: supplier, companyNumber: companyNumber, date: date,
                               annualValue: annual, wholeLifeValue: wholeLife, location: r.location)
    }

    /// Eight digits, or two capital letters and six digits.
    static func isCompanyNumber(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 8 else { return false }
        func digit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func letter(_ c: Character) -> Bool { c.isASCII && c.isUppercase }
        if characters.allSatisfy(digit) { return true }
        return letter(characters[0]) && letter(characters[1]) && characters[2...].allSatisfy(digit)
    }
}
