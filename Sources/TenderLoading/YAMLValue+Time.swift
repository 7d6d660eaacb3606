import TenderModel

extension YAMLValue {
    /// A time of day: `HH:MM` on the 24-hour clock, or `12 noon`.
    func timeOfDay() -> Field<TimeOfDay>? {
        guard let (text, _, value) = scalar(expected: "a time of day") else { return nil }
        guard let time = TimeOfDay(milestone: text) else {
            lowerer.report(LoaderRuleID.schemaInvalidValue, at: value.location,
                           "`\(text.prefix(80))` is not a time of day; write it on the 24-hour clock as HH:MM, like `09:00` or `12:00` (shown as 12 noon), quoted or not")
            return nil
        }
        return Field(time, at: value.location, provenance: value.provenance)
    }
}
