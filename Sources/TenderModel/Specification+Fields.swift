extension Specification {
    /// Every value in the specification, in document order, with readable paths.
    public func allFields() -> [FieldRecord] {
        var w = FieldWalker()
        walk(into: &w)
        return w.records
    }

    /// Every value as `allFields()` gives it, plus a record for each element of a list
    /// with an id (before its values) and the values that are otherwise only in paths
    /// (a lot's number, "all areas"): what a comparison of two versions matches.
    public func structuredFields() -> [FieldRecord] {
        var w = FieldWalker(structure: true)
        walk(into: &w)
        return w.records
    }

    private func walk(into w: inout FieldWalker) {
        w.field("Id", key: "id", id)
        w.field("Title", key: "title", title, prose: true)
        w.field("Version", key: "version", version)
        w.field("Status", key: "status", status)
        w.field("Supersedes", key: "supersedes", supersedes)
        for source in sources {
            w.element("Source \(source.id.value)", in: "sources", id: source.id.value, display: source.title.value,
                      location: source.location, provenance: source.id.provenance) { w in
                w.field("Kind", key: "kind", source.kind)
                w.field("Title", key: "title", source.title, prose: true)
                w.field("Citation", key: "citation", source.citation, prose: true)
            }
        }
        w.field("Commissioner", key: "commissioner", commissioner)
        for partner in partners {
            w.element("Partner \(partner.id.value)", in: "partners", id: partner.id.value, display: partner.name.value,
                      location: partner.location, provenance: partner.id.provenance) { w in
                w.field("Name", key: "name", partner.name, prose: true)
                w.field("Kind", key: "kind", partner.kind)
                w.fields("Role", key: "roles", partner.roles, byValue: true)
            }
        }
        if let funding {
            w.within("Funding", key: "funding") { w in
                w.fields("Funder", key: "funders", funding.funders, byValue: true)
                w.field("Description", key: "description", funding.description, prose: true)
            }
        }
        for area in areas {
            w.element("Area \(area.id.value)", in: "areas", id: area.id.value, display: area.name.value,
                      location: area.location, provenance: area.id.provenance) { w in
                w.field("Name", key: "name", area.name, prose: true)
                w.field("Kind", key: "kind", area.kind)
                walk(hierarchyOf: area, into: &w)
            }
        }
        for milestone in timeline {
            let summary = [milestone.label?.value ?? milestone.when, milestone.description?.value]
                .compactMap { $0 }.joined(separator: ": ")
            w.element("Timeline · \(milestone.title)", in: "timeline", id: milestone.key,
                      display: summary, location: milestone.location, provenance: milestone.kind.provenance) { w in
                w.field("Name", key: "name", milestone.name, prose: true)
                w.field("Date", key: "date", milestone.date)
                w.field("Time", key: "time", milestone.time, format: { $0.longForm })
                w.field("End", key: "end", milestone.end)
                w.field("Label", key: "label", milestone.label, prose: true)
                w.field("Description", key: "description", milestone.description, prose: true)
            }
        }
        w.fields("Background paragraph", key: "background", background, prose: true)
        walk(clauses: aims, label: "Aim", collection: "aims", into: &w)
        w.field("Maximum support duration", key: "maximumSupportDuration", maximumSupportDuration)
        walk(norm: maximumSupportDurationNorm, into: &w)
        for service in currentServices {
            w.element("Current service \(service.id.value)", in: "currentServices", id: service.id.value,
                      display: service.name.value, location: service.location, provenance: service.id.provenance) { w in
                w.field("Name", key: "name", service.name, prose: true)
                w.field("Description", key: "description", service.description, prose: true)
                if let setting = service.setting { walk(setting: setting, into: &w) }
                if let durations = service.durations { walk(durations: durations, into: &w) }
                if let areas = service.areas { walk(areas: areas, provenance: service.id.provenance, into: &w) }
                w.fields("Partner", key: "partners", service.partners, byValue: true)
                w.field("Decommissioned", key: "decommissioned", service.decommissioned, prose: true)
            }
        }
        if let consultation {
            w.within("Consultation", key: "consultation") { w in
                w.field("Purpose", key: "purpose", consultation.purpose, prose: true)
                w.fields("Audience", key: "audiences", consultation.audiences, prose: true)
                w.fields("Interest", key: "interests", consultation.interests, prose: true)
                w.fields("Developed with", key: "developedWith", consultation.developedWith, prose: true)
                w.field("Next steps", key: "nextSteps", consultation.nextSteps, prose: true)
            }
        }
        if let outcomeFramework {
            w.within("Outcome framework", key: "outcomeFramework") { w in
                w.field("Name", key: "name", outcomeFramework.name, prose: true)
                for domain in outcomeFramework.domains {
                    w.element("Domain \(domain.id.value)", in: "domains", id: domain.id.value, display: domain.name.value,
                              location: domain.location, provenance: domain.id.provenance) { w in
                        w.field("Name", key: "name", domain.name, prose: true)
                        for outcome in domain.outcomes {
                            w.element("Outcome \(outcome.id.value)", in: "outcomes", id: outcome.id.value,
                                      display: outcome.text.value, location: outcome.location,
                                      provenance: outcome.id.provenance) { w in
                                w.field("Text", key: "text", outcome.text, prose: true)
                            }
                        }
                    }
                }
            }
        }
        for lot in lots { walk(lot: lot, into: &w) }
        for stage in stages {
            w.element("Stage \(stage.number.value)", in: "stages", id: stage.id.value, display: stage.name.value,
                      location: stage.location, provenance: stage.id.provenance) { w in
                w.structuralField("Number", key: "number", stage.number)
                w.field("Name", key: "name", stage.name, prose: true)
                walk(clauses: stage.remit, label: "Remit", collection: "remit", into: &w)
                if let durations = stage.durations { walk(durations: durations, into: &w) }
                walk(routes: stage.entryRoutes, label: "Entry route", collection: "entryRoutes", end: "From", into: &w)
                walk(routes: stage.moveOnRoutes, label: "Move-on route", collection: "moveOnRoutes", end: "To", into: &w)
            }
        }
        if let evaluation {
            w.within("Evaluation", key: "evaluation") { w in
                w.field("Quality weighting", key: "quality", evaluation.qualityWeight)
                w.field("Price weighting", key: "price", evaluation.priceWeight)
                w.field("Social value weighting", key: "socialValue", evaluation.socialValueWeight)
                w.field("Minimum social value", key: "minimumSocialValue", evaluation.minimumSocialValue)
                for criterion in evaluation.criteria {
                    let weighting = criterion.weight.map { "\(FieldWalker.display($0.value))%" } ?? "pass/fail"
                    w.element("Criterion \(criterion.id.value)", in: "criteria", id: criterion.id.value,
                              display: "\(criterion.name.value) (\(weighting))",
                              location: criterion.location, provenance: criterion.id.provenance) { w in
                        w.field("Name", key: "name", criterion.name, prose: true)
                        w.field("Category", key: "category", criterion.category)
                        w.field("Weighting", key: "weight", criterion.weight)
                        w.field("Description", key: "description", criterion.description, prose: true)
                        for sub in criterion.subCriteria {
                            w.element("Sub-criterion \(sub.id.value)", in: "subCriteria", id: sub.id.value,
                                      display: "\(sub.name.value) (\(FieldWalker.display(sub.weight.value))%)",
                                      location: sub.location, provenance: sub.id.provenance) { w in
                                w.field("Name", key: "name", sub.name, prose: true)
                                w.field("Weighting", key: "weight", sub.weight)
                                w.field("Description", key: "description", sub.description, prose: true)
                            }
                        }
                        for question in criterion.questions {
                            w.element("Question \(question.id.value)", in: "questions", id: question.id.value,
                                      display: "\(question.text.value) (\(FieldWalker.display(question.weight.value))%, \(question.wordLimit.value) words)",
                                      location: question.location, provenance: question.id.provenance) { w in
                                w.field("Question", key: "question", question.text, prose: true)
                                w.field("Weighting", key: "weight", question.weight)
                                w.field("Word limit", key: "wordLimit", question.wordLimit)
                            }
                        }
                    }
                }
                for point in evaluation.scoringScale {
                    let score = FieldWalker.display(point.score.value)
                    w.element("Score \(score)", in: "scoringScale", id: score,
                              display: [point.label?.value, point.definition?.value].compactMap { $0 }.joined(separator: ": "),
                              location: point.location, provenance: point.score.provenance) { w in
                        w.field("Label", key: "label", point.label, prose: true)
                        w.field("Definition", key: "definition", point.definition, prose: true)
                    }
                }
            }
        }
        if let contract {
            w.within("Contract", key: "contract") { w in
                w.field("Start", key: "start", contract.start)
                w.field("Initial term", key: "initialTerm", contract.initialTerm)
                w.fields("Extension", key: "extensions", contract.extensions)
                w.field("Annual value", key: "annualValue", contract.annualValue, format: ContractTerms.pounds)
                Specification.walkMoney(contract, into: &w)
                w.field("Procedure", key: "procedure", contract.procedure)
                w.fields("CPV code", key: "cpv", contract.cpvCodes, byValue: true)
            }
        }
        w.fields("How to respond paragraph", key: "howToRespond", howToRespond, prose: true)
        walkCommercial(into: &w)
        walkPricing(into: &w)
    }

    private func walk(clauses: [Clause], label: String, collection: String, into w: inout FieldWalker) {
        for clause in clauses {
            w.element("\(label) \(clause.id.value)", in: collection, id: clause.id.value, display: clause.text.value,
                      location: clause.location, provenance: clause.id.provenance) { w in
                w.field("Text", key: "text", clause.text, prose: true)
            }
        }
    }

    private func walk(routes: [Route], label: String, collection: String, end: String, into w: inout FieldWalker) {
        for route in routes {
            let endpoint = route.endpoint.value.description
            w.element(label, in: collection, id: endpoint,
                      display: [endpoint, route.note?.value].compactMap { $0 }.joined(separator: ": "),
                      location: route.location, provenance: route.endpoint.provenance) { w in
                w.field(end, key: end == "From" ? "from" : "to", route.endpoint)
                w.field("Note", key: "note", route.note, prose: true)
            }
        }
    }

    private func walk(setting: Setting, into w: inout FieldWalker) {
        w.within("Setting", key: "setting") { w in
            w.field("Kind", key: "kind", setting.kind)
            w.fields("Jointly funded by", key: "jointlyFundedBy", setting.jointlyFundedBy, prose: true)
            if let cover = setting.cover {
                w.within("Cover", key: "cover") { w in
                    w.field("Days per week", key: "daysPerWeek", cover.daysPerWeek)
                    if cover.nightCoverWritten { w.field("Night cover", key: "nightCover", cover.nightCover) }
                    w.field("Out of hours", key: "outOfHours", cover.outOfHours, prose: true)
                    walk(coverDetail: cover, into: &w)
                }
            }
        }
    }

    private func walk(durations: Durations, into w: inout FieldWalker) {
        w.within("Durations", key: "durations") { w in
            w.field("Maximum", key: "maximum", durations.maximum)
            w.field("Expected move-on", key: "expectedMoveOn", durations.expectedMoveOn)
            w.field("Typical", key: "typical", durations.typical)
            w.field("Note", key: "note", durations.note, prose: true)
        }
    }

    private func walk(areas: AreaSelection, provenance: Provenance, into w: inout FieldWalker) {
        switch areas {
        case .areas(let named):
            w.fields("Area", key: "areas", named, byValue: true)
        case .all(let location, let stated) where stated.isIllustrative:
            // An invented "all areas" is a value like any other: marked, and warned about at tender.
            w.field("Areas", key: "areas", Field("all", at: location, provenance: stated))
        case .all(let location, _):
            w.structuralField("Areas", key: "areas", Field("all", at: location, provenance: provenance))
        }
    }

    private func walk(lot: Lot, into w: inout FieldWalker) {
        let number = lot.number.value
        w.element("Lot \(number)", in: "lots", id: lot.id.value, display: lot.title.value, location: lot.location,
                  provenance: lot.id.provenance, reference: "Lot \(number)") { w in
            w.structuralField("Number", key: "number", lot.number)
            w.field("Title", key: "title", lot.title, prose: true)
            w.field("Summary", key: "summary", lot.summary, prose: true)
            walk(clauses: lot.aims, label: "Aim", collection: "aims", into: &w)
            w.field("Client group", key: "clientGroup", lot.clientGroup, prose: true)
            walk(clauses: lot.eligibility, label: "Eligibility", collection: "eligibility", into: &w)
            walk(clauses: lot.exclusions, label: "Exclusion", collection: "exclusions", into: &w)
            for source in lot.referralSources {
                w.element("Referral source \(source.id.value)", in: "referralSources", id: source.id.value,
                          display: source.name.value, location: source.location, provenance: source.id.provenance) { w in
                    w.field("Name", key: "name", source.name, prose: true)
                    w.field("Partner", key: "partner", source.partner)
                }
            }
            walk(setting: lot.setting, into: &w)
            walk(capacity: lot.capacity, into: &w)
            if let intensity = lot.intensity {
                w.within("Support intensity", key: "intensity") { w in
                    if let range = intensity.value.value.range {
                        w.field("Minimum hours per week", key: "minimum", range.minimum)
                        w.field("Maximum hours per week", key: "maximum", range.maximum)
                        w.field("Lower end of the maximum", key: "ceilingFrom", range.ceilingFrom)
                    } else {
                        w.field("Hours per week", key: "hours", intensity.value)
                    }
                    w.field("Note", key: "note", intensity.note, prose: true)
                }
            }
            if let durations = lot.durations { walk(durations: durations, into: &w) }
            walk(areas: lot.areas, provenance: lot.id.provenance, into: &w)
            walk(overlaps: lot.overlaps, into: &w)
            for partnership in lot.partnerships {
                w.element("Partnership \(partnership.partner.value)", in: "partnerships", id: partnership.partner.value,
                          display: partnership.description.value, location: partnership.location,
                          provenance: partnership.partner.provenance) { w in
                    w.field("Description", key: "description", partnership.description, prose: true)
                }
            }
            w.fields("Absorbs", key: "absorbs", lot.absorbs, byValue: true)
            w.field("Stage", key: "stage", lot.stage)
            for (index, requirement) in lot.requirements.enumerated() {
                w.element("Requirement \(requirement.id.value)", in: "requirements", id: requirement.id.value,
                          display: "\(requirement.strength.value.rawValue): \(requirement.text.value)",
                          location: requirement.location, provenance: requirement.id.provenance,
                          reference: "\(number).\(index + 1)") { w in
                    w.field("Strength", key: "strength", requirement.strength)
                    w.field("Text", key: "text", requirement.text, prose: true)
                }
            }
            w.fields("Outcome", key: "outcomes", lot.outcomes, byValue: true)
            for kpi in lot.kpis {
                var summary = kpi.indicator.value
                if let target = kpi.target?.value {
                    summary += " (target: \(kpi.direction?.value == .atMost ? "at most" : "at least") "
                        + "\(kpi.unit?.value.format(target) ?? FieldWalker.display(target)))"
                }
                w.element("KPI \(kpi.id.value)", in: "kpis", id: kpi.id.value, display: summary, location: kpi.location,
                          provenance: kpi.id.provenance) { w in
                    w.field("Indicator", key: "indicator", kpi.indicator, prose: true)
                    w.field("Unit", key: "unit", kpi.unit)
                    w.field("Target", key: "target", kpi.target)
                    w.field("Direction", key: "direction", kpi.direction)
                    w.field("Frequency", key: "frequency", kpi.frequency)
                    w.field("Evidence", key: "evidence", kpi.evidence, prose: true)
                    w.field("Outcome", key: "outcome", kpi.outcome)
                    w.field("Kind", key: "kind", kpi.kind)
                }
            }
            Specification.walkCommercial(lot, into: &w)
        }
    }
}
