import TenderModel

extension SpecificationCalls {
    static func lot(_ l: TenderModel.Lot) -> SwiftCall {
        var call = SwiftCall("Lot")
        call.add(nil, text(l.id))
        call.add("number", integer(l.number))
        call.add("title", text(l.title))
        call.add("summary", text(l.summary))
        call.add("clientGroup", text(l.clientGroup))
        call.add("setting", .call(setting(l.setting)))
        call.add("hoursPerWeek", self.call(l.intensity.map(hours)))
        if l.intensity != nil { call.add("hoursNote", text(l.intensity?.note)) }
        call.add("durations", self.call(l.durations.map(durations)))
        call.add("areas", areas(l.areas))
        call.add("absorbs", texts(l.absorbs))
        call.add("stage", text(l.stage))
        call.add("outcomes", texts(l.outcomes))
        call.add("annualValue", number(l.annualValue))
        call.add("wholeLifeValue", number(l.wholeLifeValue))
        var children: [SwiftCall] = []
        children += l.aims.map { clause("Aim", $0) }
        children += l.eligibility.map { clause("Eligibility", $0) }
        children += l.exclusions.map { clause("Exclusion", $0) }
        children += l.referralSources.map { r in
            var c = SwiftCall("ReferralSource")
            c.add(nil, text(r.id))
            c.add("name", text(r.name))
            c.add("partner", text(r.partner))
            return c
        }
        children += l.partnerships.map { p in
            var c = SwiftCall("Partnership")
            c.add(nil, text(p.partner))
            c.add(nil, text(p.description))
            return c
        }
        children += l.requirements.map { r in
            var c = SwiftCall("Requirement")
            c.add(nil, text(r.id))
            c.add(nil, pinned(r.strength))
            c.add(nil, text(r.text))
            return c
        }
        children += l.kpis.map(kpi)
        children += l.capacity.map { capacity in
            var c = SwiftCall("Capacity")
            c.add(nil, pinned(capacity.measure))
            c.add(nil, number(capacity.amount))
            c.add("qualifier", pinned(capacity.qualifier))
            c.add("note", text(capacity.note))
            return c
        }
        children += l.overlaps.map { o in
            var c = SwiftCall("Overlap")
            c.add("lot", text(o.lot))
            c.add("reason", text(o.reason))
            return c
        }
        children += l.worksWith.map { w in
            var c = SwiftCall("WorksWith")
            c.add("lot", text(w.lot))
            c.add("description", text(w.description))
            return c
        }
        call.children = children
        return call
    }

    static func kpi(_ k: TenderModel.KPI) -> SwiftCall {
        var call = SwiftCall("KPI")
        call.add(nil, text(k.id))
        call.add("indicator", text(k.indicator))
        call.add("unit", pinned(k.unit))
        call.add("target", number(k.target))
        call.add("direction", pinned(k.direction))
        call.add("frequency", pinned(k.frequency))
        call.add("evidence", text(k.evidence))
        call.add("outcome", text(k.outcome))
        call.add("kind", pinned(k.kind))
        return call
    }

    static func stage(_ s: TenderModel.Stage) -> SwiftCall {
        var call = SwiftCall("Stage")
        call.add(nil, text(s.id))
        call.add("number", integer(s.number))
        call.add("name", text(s.name))
        call.add("durations", self.call(s.durations.map(durations)))
        var children = s.remit.map { clause("Remit", $0) }
        children += s.entryRoutes.map { route("EntryRoute", $0) }
        children += s.moveOnRoutes.map { route("MoveOnRoute", $0) }
        call.children = children
        return call
    }

    static func route(_ name: String, _ route: Route) -> SwiftCall {
        var call = SwiftCall(name)
        let endpoint: String
        switch route.endpoint.value {
        case .place(let place): endpoint = ".place(\(SwiftCall.enumCase(place)))"
        case .stage(let id): endpoint = ".stage(\(SwiftCall.string(id)))"
        }
        call.add(nil, .pinned(endpoint, route.endpoint.provenance))
        call.add("note", text(route.note))
        return call
    }

    static func evaluation(_ e: TenderModel.Evaluation) -> SwiftCall {
        var call = SwiftCall("Evaluation")
        call.add("quality", number(e.qualityWeight))
        call.add("price", number(e.priceWeight))
        call.add("socialValue", number(e.socialValueWeight))
        call.add("minimumSocialValue", number(e.minimumSocialValue))
        var children: [SwiftCall] = e.criteria.map { criterion in
            var c = SwiftCall("Criterion")
            c.add(nil, text(criterion.id))
            c.add("name", text(criterion.name))
            c.add("category", pinned(criterion.category))
            c.add("weight", number(criterion.weight))
            c.add("description", text(criterion.description))
            var inner: [SwiftCall] = criterion.subCriteria.map { sub in
                var s = SwiftCall("SubCriterion")
                s.add(nil, text(sub.id))
                s.add("name", text(sub.name))
                s.add("weight", number(sub.weight))
                s.add("description", text(sub.description))
                return s
            }
            inner += criterion.questions.map { question in
                var q = SwiftCall("Question")
                q.add(nil, text(question.id))
                q.add(nil, text(question.text))
                q.add("weight", number(question.weight))
                q.add("wordLimit", integer(question.wordLimit))
                return q
            }
            c.children = inner
            return c
        }
        children += e.scoringScale.map { score in
            var s = SwiftCall("Score")
            s.add(nil, number(score.score))
            s.add("label", text(score.label))
            s.add("definition", text(score.definition))
            return s
        }
        call.children = children
        return call
    }

    static func contract(_ c: ContractTerms) -> SwiftCall {
        var call = SwiftCall("Contract")
        call.add("start", described(c.start))
        call.add("initialTerm", described(c.initialTerm))
        call.add("extensions", c.extensions.isEmpty ? nil
                 : .values(c.extensions.map { (SwiftCall.string($0.value.description), $0.provenance) }))
        call.add("annualValue", number(c.annualValue))
        call.add("procedure", pinned(c.procedure))
        call.add("cpv", texts(c.cpvCodes))
        call.add("wholeLifeValue", number(c.wholeLifeValue))
        call.add("vat", pinned(c.vat))
        call.add("wholeLifeValueIncludingVAT", number(c.wholeLifeValueIncludingVAT))
        return call
    }

    static func procurement(_ p: TenderModel.Procurement) -> SwiftCall {
        var call = SwiftCall("Procurement")
        call.add("reference", text(p.reference))
        call.add("notice", text(p.notice))
        call.add("procedure", pinned(p.procedure))
        call.add("lightTouch", bool(p.lightTouch))
        var children: [SwiftCall] = []
        if let contact = p.contact {
            var c = SwiftCall("Contact")
            c.add("name", text(contact.name))
            c.add("role", text(contact.role))
            c.add("email", text(contact.email))
            children.append(c)
        }
        if let portal = p.portal {
            var c = SwiftCall("Portal")
            c.add("name", text(portal.name))
            c.add("url", text(portal.url))
            children.append(c)
        }
        children += p.stages.map { stage in
            var c = SwiftCall("ProcedureStage")
            c.add(nil, text(stage.id))
            c.add("name", text(stage.name))
            c.add("description", text(stage.description))
            return c
        }
        if let framework = p.framework {
            var c = SwiftCall("Framework")
            c.add("suppliersPerLot", integer(framework.suppliersPerLot))
            c.add("callOff", pinnedList(framework.callOff))
            c.add("term", described(framework.term))
            children.append(c)
        }
        if let market = p.dynamicMarket {
            var c = SwiftCall("DynamicMarket")
            c.add(nil, text(market.name))
            c.add("reference", text(market.reference))
            children.append(c)
        }
        if let limits = p.lotLimits {
            var c = SwiftCall("LotLimits")
            c.add("maximumBids", integer(limits.maximumBids))
            c.add("maximumAwards", integer(limits.maximumAwards))
            children.append(c)
        }
        call.children = children
        return call
    }

    static func award(_ a: TenderModel.Award) -> SwiftCall {
        var call = SwiftCall("Award")
        call.add("date", described(a.date))
        call.add("notStated", text(a.notStated))
        call.children = a.contracts.map { contract in
            var c = SwiftCall("AwardedContract")
            c.add("lot", text(contract.lot))
            c.add("supplier", text(contract.supplier))
            c.add("companyNumber", text(contract.companyNumber))
            c.add("date", described(contract.date))
            c.add("annualValue", number(contract.annualValue))
            c.add("wholeLifeValue", number(contract.wholeLifeValue))
            return c
        }
        return call
    }

    static func pricing(_ p: PricingSchedule) -> SwiftCall {
        var call = SwiftCall("Pricing")
        call.add("note", text(p.note))
        call.children = p.lines.map { line in
            var c = SwiftCall("PriceLine")
            c.add(nil, text(line.id))
            c.add("lot", text(line.lot))
            c.add("item", text(line.item))
            c.add("basis", pinned(line.basis))
            if let volume = line.volume {
                var v = SwiftCall("Volume")
                for (quantity, amount) in volume.amounts { v.add(quantity.rawValue, number(amount)) }
                c.add("volume", .call(v))
            }
            c.add("cap", number(line.cap))
            c.add("note", text(line.note))
            return c
        }
        return call
    }
}
