extension Specification {
    /// Every value in the specification, in document order, with readable paths.
    public func allFields() -> [FieldRecord] {
        var w = FieldWalker()
        w.field("Id", id)
        w.field("Title", title, prose: true)
        w.field("Version", version)
        w.field("Status", status)
        w.field("Supersedes", supersedes)
        for source in sources {
            w.within("Source \(source.id.value)") { w in
                w.field("Kind", source.kind)
                w.field("Title", source.title, prose: true)
                w.field("Citation", source.citation, prose: true)
            }
        }
        w.field("Commissioner", commissioner)
        for partner in partners {
            w.within("Partner \(partner.id.value)") { w in
                w.field("Name", partner.name, prose: true)
                w.field("Kind", partner.kind)
                w.fields("Role", partner.roles)
            }
        }
        if let funding {
            w.within("Funding") { w in
                w.fields("Funder", funding.funders)
                w.field("Description", funding.description, prose: true)
            }
        }
        for area in areas {
            w.within("Area \(area.id.value)") { w in
                w.field("Name", area.name, prose: true)
                w.field("Kind", area.kind)
            }
        }
        for milestone in timeline {
            w.within("Timeline · \(milestone.kind.value.title)") { w in
                w.field("Date", milestone.date)
                w.field("Label", milestone.label, prose: true)
                w.field("Description", milestone.description, prose: true)
            }
        }
        w.fields("Background paragraph", background, prose: true)
        walk(clauses: aims, label: "Aim", into: &w)
        w.field("Maximum support duration", maximumSupportDuration)
        for service in currentServices {
            w.within("Current service \(service.id.value)") { w in
                w.field("Name", service.name, prose: true)
                w.field("Description", service.description, prose: true)
                if let setting = service.setting { walk(setting: setting, into: &w) }
                if let durations = service.durations { walk(durations: durations, into: &w) }
                if let areas = service.areas { walk(areas: areas, into: &w) }
                w.fields("Partner", service.partners)
                w.field("Decommissioned", service.decommissioned, prose: true)
            }
        }
        if let consultation {
            w.within("Consultation") { w in
                w.field("Purpose", consultation.purpose, prose: true)
                w.fields("Audience", consultation.audiences, prose: true)
                w.fields("Interest", consultation.interests, prose: true)
                w.fields("Developed with", consultation.developedWith, prose: true)
                w.field("Next steps", consultation.nextSteps, prose: true)
            }
        }
        if let outcomeFramework {
            w.within("Outcome framework") { w in
                w.field("Name", outcomeFramework.name, prose: true)
                for domain in outcomeFramework.domains {
                    w.within("Domain \(domain.id.value)") { w in
                        w.field("Name", domain.name, prose: true)
                        for outcome in domain.outcomes {
                            w.within("Outcome \(outcome.id.value)") { w in w.field("Text", outcome.text, prose: true) }
                        }
                    }
                }
            }
        }
        for lot in lots { walk(lot: lot, into: &w) }
        for stage in stages {
            w.within("Stage \(stage.number.value)") { w in
                w.field("Name", stage.name, prose: true)
                walk(clauses: stage.remit, label: "Remit", into: &w)
                if let durations = stage.durations { walk(durations: durations, into: &w) }
                for route in stage.entryRoutes {
                    w.within("Entry route") { w in
                        w.field("From", route.endpoint)
                        w.field("Note", route.note, prose: true)
                    }
                }
                for route in stage.moveOnRoutes {
                    w.within("Move-on route") { w in
                        w.field("To", route.endpoint)
                        w.field("Note", route.note, prose: true)
                    }
                }
            }
        }
        if let evaluation {
            w.within("Evaluation") { w in
                w.field("Quality weighting", evaluation.qualityWeight)
                w.field("Price weighting", evaluation.priceWeight)
                for criterion in evaluation.criteria {
                    w.within("Criterion \(criterion.id.value)") { w in
                        w.field("Name", criterion.name, prose: true)
                        w.field("Category", criterion.category)
                        w.field("Weighting", criterion.weight)
                        w.field("Description", criterion.description, prose: true)
                    }
                }
            }
        }
        if let contract {
            w.within("Contract") { w in
                w.field("Start", contract.start)
                w.field("Initial term", contract.initialTerm)
                w.fields("Extension", contract.extensions)
                w.field("Annual value", contract.annualValue)
                w.field("Procedure", contract.procedure)
                w.fields("CPV code", contract.cpvCodes)
            }
        }
        w.fields("How to respond paragraph", howToRespond, prose: true)
        return w.records
    }

    private func walk(clauses: [Clause], label: String, into w: inout FieldWalker) {
        for clause in clauses {
            w.within("\(label) \(clause.id.value)") { w in w.field("Text", clause.text, prose: true) }
        }
    }

    private func walk(setting: Setting, into w: inout FieldWalker) {
        w.within("Setting") { w in
            w.field("Kind", setting.kind)
            w.fields("Jointly funded by", setting.jointlyFundedBy, prose: true)
            if let cover = setting.cover {
                w.within("Cover") { w in
                    w.field("Days per week", cover.daysPerWeek)
                    w.field("Night cover", cover.nightCover)
                    w.field("Out of hours", cover.outOfHours, prose: true)
                }
            }
        }
    }

    private func walk(durations: Durations, into w: inout FieldWalker) {
        w.within("Durations") { w in
            w.field("Maximum", durations.maximum)
            w.field("Expected move-on", durations.expectedMoveOn)
            w.field("Typical", durations.typical)
            w.field("Note", durations.note, prose: true)
        }
    }

    private func walk(areas: AreaSelection, into w: inout FieldWalker) {
        if let named = areas.namedAreas { w.fields("Area", named) }
    }

    private func walk(lot: Lot, into w: inout FieldWalker) {
        w.within("Lot \(lot.number.value)") { w in
            w.field("Title", lot.title, prose: true)
            w.field("Summary", lot.summary, prose: true)
            walk(clauses: lot.aims, label: "Aim", into: &w)
            w.field("Client group", lot.clientGroup, prose: true)
            walk(clauses: lot.eligibility, label: "Eligibility", into: &w)
            walk(clauses: lot.exclusions, label: "Exclusion", into: &w)
            for source in lot.referralSources {
                w.within("Referral source \(source.id.value)") { w in
                    w.field("Name", source.name, prose: true)
                    w.field("Partner", source.partner)
                }
            }
            walk(setting: lot.setting, into: &w)
            if let intensity = lot.intensity {
                w.within("Support intensity") { w in
                    if let range = intensity.value.value.range {
                        w.field("Minimum hours per week", range.minimum)
                        w.field("Maximum hours per week", range.maximum)
                    } else {
                        w.field("Hours per week", intensity.value)
                    }
                    w.field("Note", intensity.note, prose: true)
                }
            }
            if let durations = lot.durations { walk(durations: durations, into: &w) }
            walk(areas: lot.areas, into: &w)
            for partnership in lot.partnerships {
                w.within("Partnership \(partnership.partner.value)") { w in
                    w.field("Description", partnership.description, prose: true)
                }
            }
            w.fields("Absorbs", lot.absorbs)
            w.field("Stage", lot.stage)
            for requirement in lot.requirements {
                w.within("Requirement \(requirement.id.value)") { w in
                    w.field("Strength", requirement.strength)
                    w.field("Text", requirement.text, prose: true)
                }
            }
            w.fields("Outcome", lot.outcomes)
            for kpi in lot.kpis {
                w.within("KPI \(kpi.id.value)") { w in
                    w.field("Indicator", kpi.indicator, prose: true)
                    w.field("Unit", kpi.unit)
                    w.field("Target", kpi.target)
                    w.field("Direction", kpi.direction)
                    w.field("Frequency", kpi.frequency)
                    w.field("Evidence", kpi.evidence, prose: true)
                    w.field("Outcome", kpi.outcome)
                }
            }
        }
    }
}
