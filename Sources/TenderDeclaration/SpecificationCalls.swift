import TenderModel

/// The model, back into the calls that declare it.
enum SpecificationCalls {
    typealias Argument = SwiftCall.Argument

    static func text(_ field: Field<String>?) -> Argument? {
        field.map { .text($0.value, $0.provenance) }
    }

    static func number(_ field: Field<Double>?) -> Argument? {
        field.map { .value(SwiftCall.number($0.value), $0.provenance) }
    }

    static func integer(_ field: Field<Int>?) -> Argument? {
        field.map { .value(String($0.value), $0.provenance) }
    }

    static func bool(_ field: Field<Bool>?) -> Argument? {
        field.map { .value($0.value ? "true" : "false", $0.provenance) }
    }

    /// Dates, durations, times and staffed hours, written as the text they parse from.
    static func described<T: CustomStringConvertible>(_ field: Field<T>?) -> Argument? {
        field.map { .value(SwiftCall.string($0.value.description), $0.provenance) }
    }

    static func limit(_ field: Field<DurationLimit>?) -> Argument? {
        field.map { field in
            switch field.value {
            case .noLimit: return .value(SwiftCall.string("none"), field.provenance)
            case .upTo(let duration): return .value(SwiftCall.string(duration.description), field.provenance)
            }
        }
    }

    /// An enumeration case: `.countyCouncil`, or `.illustrative(.countyCouncil)`.
    static func pinned<E>(_ field: Field<E>?, optional: Bool = false) -> Argument? {
        field.map { .value(SwiftCall.enumCase($0.value, optional: optional), $0.provenance) }
    }

    static func pinnedList<E>(_ fields: [Field<E>]) -> Argument? {
        fields.isEmpty ? nil : .values(fields.map { (SwiftCall.enumCase($0.value), $0.provenance) })
    }

    static func texts(_ fields: [Field<String>]) -> Argument? {
        fields.isEmpty ? nil : .values(fields.map { (SwiftCall.string($0.value), $0.provenance) })
    }

    static func call(_ call: SwiftCall?) -> Argument? { call.map { .call($0) } }

    // MARK: The specification

    static func specification(_ s: TenderModel.Specification) -> SwiftCall {
        var call = SwiftCall("Specification")
        call.statesProvenance = true
        call.add(nil, text(s.id))
        call.add("title", text(s.title))
        call.add("version", text(s.version))
        call.add("status", pinned(s.status))
        call.add("supersedes", text(s.supersedes))
        call.add("commissioner", text(s.commissioner))
        var children: [SwiftCall] = []
        children += s.sources.map(source)
        children += s.partners.map(partner)
        children += s.funding.map(funding).map { [$0] } ?? []
        children += s.areas.map(area)
        children += s.timeline.map(milestone)
        children += s.background.map { paragraph("Background", $0) }
        children += s.aims.map { clause("Aim", $0) }
        if let maximum = s.maximumSupportDuration {
            var m = SwiftCall("MaximumSupportDuration")
            m.add(nil, described(maximum))
            if let norm = s.maximumSupportDurationNorm {
                m.add("flexible", bool(norm.flexible))
                m.add("note", text(norm.note))
            }
            children.append(m)
        }
        children += s.currentServices.map(currentService)
        if let consultation = s.consultation { children.append(self.consultation(consultation)) }
        if let framework = s.outcomeFramework { children.append(outcomeFramework(framework)) }
        children += s.lots.map(lot)
        children += s.stages.map(stage)
        if let evaluation = s.evaluation { children.append(self.evaluation(evaluation)) }
        if let contract = s.contract { children.append(self.contract(contract)) }
        children += s.howToRespond.map { paragraph("HowToRespond", $0) }
        if let procurement = s.procurement { children.append(self.procurement(procurement)) }
        if let award = s.award { children.append(self.award(award)) }
        if let pricing = s.pricing { children.append(self.pricing(pricing)) }
        call.children = children
        return call
    }

    static func source(_ s: TenderModel.Source) -> SwiftCall {
        var call = SwiftCall("Source")
        call.add(nil, text(s.id))
        call.add("kind", pinned(s.kind))
        call.add("title", text(s.title))
        call.add("citation", text(s.citation))
        return call
    }

    static func partner(_ p: TenderModel.Partner) -> SwiftCall {
        var call = SwiftCall("Partner")
        call.add(nil, text(p.id))
        call.add("name", text(p.name))
        call.add("kind", pinned(p.kind))
        call.add("roles", pinnedList(p.roles))
        return call
    }

    static func funding(_ f: TenderModel.Funding) -> SwiftCall {
        var call = SwiftCall("Funding")
        call.add("funders", .values(f.funders.map { (SwiftCall.string($0.value), $0.provenance) }))
        call.add("description", text(f.description))
        return call
    }

    static func area(_ a: TenderModel.Area) -> SwiftCall {
        var call = SwiftCall("Area")
        call.add(nil, text(a.id))
        call.add("name", text(a.name))
        call.add("kind", pinned(a.kind))
        call.add("contains", texts(a.contains))
        call.add("parent", text(a.parent))
        return call
    }

    static func milestone(_ m: TenderModel.Milestone) -> SwiftCall {
        var call = SwiftCall("Milestone")
        call.add(nil, pinned(m.kind))
        call.add("date", described(m.date))
        call.add("id", text(m.id))
        call.add("name", text(m.name))
        call.add("time", described(m.time))
        call.add("end", described(m.end))
        call.add("label", text(m.label))
        call.add("description", text(m.description))
        return call
    }

    static func paragraph(_ name: String, _ field: Field<String>) -> SwiftCall {
        var call = SwiftCall(name)
        call.add(nil, text(field))
        return call
    }

    static func clause(_ name: String, _ clause: Clause) -> SwiftCall {
        var call = SwiftCall(name)
        call.add(nil, text(clause.id))
        call.add(nil, text(clause.text))
        return call
    }

    static func currentService(_ s: TenderModel.CurrentService) -> SwiftCall {
        var call = SwiftCall("CurrentService")
        call.add(nil, text(s.id))
        call.add("name", text(s.name))
        call.add("description", text(s.description))
        call.add("setting", self.call(s.setting.map(setting)))
        call.add("durations", self.call(s.durations.map(durations)))
        call.add("areas", s.areas.map(areas))
        call.add("partners", texts(s.partners))
        call.add("decommissioned", text(s.decommissioned))
        return call
    }

    static func consultation(_ c: TenderModel.Consultation) -> SwiftCall {
        var call = SwiftCall("Consultation")
        call.add("purpose", text(c.purpose))
        call.add("audiences", texts(c.audiences))
        call.add("interests", texts(c.interests))
        call.add("developedWith", texts(c.developedWith))
        call.add("nextSteps", text(c.nextSteps))
        return call
    }

    static func outcomeFramework(_ f: TenderModel.OutcomeFramework) -> SwiftCall {
        var call = SwiftCall("OutcomeFramework")
        call.add(nil, text(f.name))
        call.children = f.domains.map { domain in
            var d = SwiftCall("OutcomeDomain")
            d.add(nil, text(domain.id))
            d.add("name", text(domain.name))
            d.children = domain.outcomes.map { outcome in
                var o = SwiftCall("Outcome")
                o.add(nil, text(outcome.id))
                o.add(nil, text(outcome.text))
                return o
            }
            return d
        }
        return call
    }

    // MARK: Values resolved inside a declaration

    static func setting(_ s: TenderModel.Setting) -> SwiftCall {
        var call = SwiftCall("Setting")
        call.add(nil, pinned(s.kind))
        call.add("cover", self.call(s.cover.map(cover)))
        call.add("jointlyFundedBy", texts(s.jointlyFundedBy))
        return call
    }

    static func cover(_ c: TenderModel.Cover) -> SwiftCall {
        var call = SwiftCall("Cover")
        call.add("daysPerWeek", integer(c.daysPerWeek))
        if c.nightCoverWritten { call.add("nightCover", bool(c.nightCover)) }
        call.add("night", pinned(c.night, optional: true))
        call.add("hours", described(c.hours))
        call.add("outOfHours", text(c.outOfHours))
        call.add("outOfHoursCover", pinned(c.outOfHoursCover, optional: true))
        return call
    }

    static func durations(_ d: TenderModel.Durations) -> SwiftCall {
        var call = SwiftCall("Durations")
        call.add("maximum", limit(d.maximum))
        call.add("expectedMoveOn", described(d.expectedMoveOn))
        call.add("typical", described(d.typical))
        call.add("note", text(d.note))
        return call
    }

    static func hours(_ intensity: Intensity) -> SwiftCall {
        var call: SwiftCall
        switch intensity.value.value {
        case .hours(let range):
            call = hoursRange(range)
        case .variesWithNeed(let typical):
            call = SwiftCall("variesWithNeed")
            call.add("typical", self.call(typical.map(hoursRange)))
        }
        call.isStaticMember = true
        call.add(nil, .pin(intensity.value.provenance))
        return call
    }

    static func hoursRange(_ range: HoursRange) -> SwiftCall {
        var call: SwiftCall
        if let from = range.ceilingFrom {
            call = SwiftCall("upTo")
            call.add(nil, number(from))
            call.add(nil, number(range.maximum))
        } else if let minimum = range.minimum {
            call = SwiftCall("range")
            call.add("min", number(minimum))
            call.add("max", number(range.maximum))
        } else {
            call = SwiftCall("upTo")
            call.add(nil, number(range.maximum))
        }
        call.isStaticMember = true
        return call
    }

    static func areas(_ selection: AreaSelection) -> Argument {
        switch selection {
        case .all(_, let provenance):
            return .raw { own in own == provenance ? ".all" : ".all.provenance(\(SwiftCall.provenance(provenance)))" }
        case .areas(let ids):
            return .values(ids.map { (SwiftCall.string($0.value), $0.provenance) })
        }
    }
}
