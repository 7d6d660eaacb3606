import TenderModel

extension Lowerer {
    /// `2 years`, or `{upTo: 2 years, flexible: true, note: …}` for a norm that bends.
    func supportDuration(_ value: YAMLValue) -> (Field<Duration>?, DurationNorm?) {
        guard value.node.isMapping, !value.isLongFormScalar else { return (value.duration(), nil) }
        guard let r = ObjectReader(value, what: "maximum support duration", keys: ["upTo", "flexible", "note"]) else {
            return (nil, nil)
        }
        let duration = r.required("upTo")?.duration()
        let flexible = r.optional("flexible")?.bool()
        let note = r.optional("note")?.text()
        guard flexible != nil || note != nil else { return (duration, nil) }
        let norm = DurationNorm(flexible: flexible ?? Field(false, at: r.location, provenance: r.provenance),
                                note: note, location: r.location)
        return (duration, norm)
    }
}

extension YAMLValue {
    /// A mapping that is the long form of one scalar: `{value: …, provenance: …}`.
    var isLongFormScalar: Bool {
        node.hasKey("value")
    }
}
