import TenderModel

extension Lowerer {
    /// `upTo: 6`, or `upTo: [1, 3]` — "up to 1-3 hours", a ceiling given as a band,
    /// which implies no minimum. Exclusive with `min` and `max`.
    func hoursCeiling(_ value: YAMLValue, reader r: ObjectReader, minimum: Field<Double>?) -> HoursRange? {
        if r.has("max") || minimum != nil {
            report(LoaderRuleID.schemaInvalidValue, at: r.keyLocation("upTo"),
                   "`upTo` is the whole range (\"up to 1-3 hours\" is `upTo: [1, 3]`); write it without `min` or `max`")
            return nil
        }
        if value.node.isSequence {
            let numbers = (try? value.list(what: "hours") {
                $0.number(in: NumberRange.hoursPerWeek, what: "hours per week")
            }) ?? []
            guard numbers.count == 2 else {
                if numbers.count == value.sequenceCount {
                    report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`upTo` takes one number of hours or two (`[1, 3]`: up to 1-3 hours); found \(numbers.count)")
                }
                return nil
            }
            guard numbers[0].value <= numbers[1].value else {
                report(LoaderRuleID.schemaInvalidValue, at: numbers[1].location,
                       "`upTo: [\(HoursRange.format(numbers[0].value)), \(HoursRange.format(numbers[1].value))]` runs backwards; write the lower figure first")
                return nil
            }
            return HoursRange(minimum: nil, maximum: numbers[1], ceilingFrom: numbers[0], location: r.location)
        }
        guard let maximum = value.number(in: NumberRange.hoursPerWeek, what: "maximum hours per week") else { return nil }
        return HoursRange(minimum: nil, maximum: maximum, location: r.location)
    }
}

extension YAMLValue {
    /// The number of items when the value is a list.
    var sequenceCount: Int { node.sequenceCount }
}
