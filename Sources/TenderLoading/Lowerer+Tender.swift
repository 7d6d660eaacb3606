import TenderModel

extension Lowerer {
    func contract(_ value: YAMLValue) throws -> ContractTerms? {
        let keys = ["start", "initialTerm", "extensions", "annualValue", "procedure", "cpv"]
        guard let r = ObjectReader(value, what: "contract", keys: keys + Lowerer.contractMoneyKeys) else { return nil }
        let start = r.optional("start")?.date()
        let term = r.optional("initialTerm")?.duration()
        let extensions = try r.optional("extensions")?.list(what: "extensions") { $0.duration() } ?? []
        let value = r.optional("annualValue")?.number(in: NumberRange.annualValue, what: "annual value")
        let procedure = r.optional("procedure")?.choice(ContractTerms.Procedure.self, what: "procedure")
        let cpv = try r.optional("cpv")?.list(what: "CPV codes") { item -> Field<String>? in
            guard let code = item.text() else { return nil }
            let digits = code.value.split(separator: "-").first.map(String.init) ?? ""
            guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                report(LoaderRuleID.schemaInvalidValue, at: code.location,
                       "`\(code.value.prefix(40))` is not a CPV code; CPV codes have eight digits, like `85312000`")
                return nil
            }
            return code
        } ?? []
        var contract = ContractTerms(start: start, initialTerm: term, extensions: extensions, annualValue: value,
                                     procedure: procedure, cpvCodes: cpv, location: r.location)
        contractMoney(r, into: &contract)
        return contract
    }
}
