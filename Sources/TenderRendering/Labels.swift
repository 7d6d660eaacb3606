import Foundation
internal import TenderDocument

/// Every fixed piece of wording in a rendered pack, so that a council can reword
/// headings and notes in `Templates/labels/en-GB.json` without recompiling.
///
/// The defaults below are the British English wording; the template file may override
/// any of them. A key in the file that is not listed here is a template error (a typo
/// would otherwise be silently ignored).
struct Labels: Sendable {
    static let defaults: [String: String] = [
        "document.kind.draft": "Draft service specification",
        "document.kind.consultation": "Consultation on the service model",
        "document.kind.tender": "Invitation to tender and service specification",
        "document.kind.awarded": "Service specification (contract awarded)",
        "skip.link": "Skip to main content",
        "cover.version": "Version",
        "cover.status": "Status",
        "cover.reference": "Reference",
        "cover.supersedes": "Revises",
        "cover.deadline": "Deadline for tenders",
        "contents.heading": "Contents",
        // The footer of every page of the ODT and DOCX: the first %@ is the page number, the second the page count.
        "document.pageXOfY": "Page %@ of %@",
        "legend.text": "are illustrative — invented for this example, not taken from the source documents.",
        "legend.sample": "Values marked like this",
        "illustrative.hidden": " (illustrative)",
        "illustrative.title": "Illustrative — invented for this example",
        "invitation.heading": "Invitation",
        "overview.heading": "Overview",
        "buying.heading": "What is being bought",
        "buying.lots.caption": "The lots",
        "buying.lots.lot": "Lot",
        "buying.lots.service": "Service",
        "buying.lots.summary": "Summary",
        "buying.lots.areas": "Areas",
        "background.heading": "Background",
        "funding.heading": "Funding",
        "consultation.heading": "Consultation",
        "consultation.audiences": "Who we are asking",
        "consultation.interests": "Interests",
        "consultation.developedWith": "Developed with",
        "consultation.nextSteps": "Next steps",
        "mapping.heading": "Current services and the new services",
        "mapping.caption": "What happens to each current service",
        "mapping.current": "Current service",
        "mapping.description": "What it does now",
        "mapping.areas": "Areas",
        "mapping.becomes": "In the new model",
        "mapping.absorbed": "Absorbed into",
        "mapping.decommissioned": "Decommissioned",
        "mapping.none": "Not yet decided",
        "timeline.heading": "Timeline",
        "timeline.caption": "Key dates",
        "timeline.step": "Step",
        "timeline.date": "Date",
        "timeline.details": "Details",
        "timeline.to": "to",
        "pricing.heading": "Pricing schedule",
        "pricing.intro": "Price every line for each lot you bid for. Each price is multiplied by the volume shown to give the evaluated price.",
        "pricing.item": "What to price",
        "pricing.basis": "Price basis",
        "pricing.volume": "Evaluated volume",
        "pricing.cap": "Price cap",
        "pricing.note": "Notes",
        "pricing.cap.none": "No cap",
        "pricing.intro.cap": "A price above its cap will not be accepted.",
        "pricing.basis.per-hour": "Per hour",
        "pricing.basis.per-unit-per-week": "Per unit per week",
        "pricing.basis.per-person-per-week": "Per person per week",
        "pricing.basis.annual-block": "Annual block price",
        "pricing.volume.total": "%@ %@",
        "pricing.volume.unit.per-hour": "hours",
        "pricing.volume.unit.per-unit-per-week": "unit-weeks",
        "pricing.volume.unit.per-person-per-week": "person-weeks",
        "pricing.volume.unit.annual-block": "years",
        "respond.heading": "How to respond",
        "evaluation.heading": "Evaluation criteria",
        "evaluation.caption": "How tenders will be scored",
        "evaluation.split": "Quality %@, price %@ of the total score.",
        "evaluation.criterion": "Criterion",
        "evaluation.category": "Category",
        "evaluation.weight": "Weighting",
        "evaluation.description": "What we will look for",
        "evaluation.category.quality": "Quality",
        "evaluation.category.price": "Price",
        "evaluation.split.socialValue": "Quality %@, price %@ and social value %@ of the total score.",
        "evaluation.category.social-value": "Social value",
        "evaluation.category.pass-fail": "Pass/fail",
        "evaluation.passFail.intro": "The minimum standards below are assessed first, on a pass/fail basis. A tender that fails any of them will not be evaluated further.",
        "evaluation.passFail.caption": "Minimum standards (pass/fail)",
        "evaluation.passFail.standard": "Standard",
        "evaluation.subCriteria": "Sub-criteria:",
        "evaluation.questions.caption": "Method statement questions",
        "evaluation.questions.number": "Question",
        "evaluation.questions.question": "What bidders must answer",
        "evaluation.questions.label": "MS%@",
        "evaluation.questions.wordLimit": "Word limit",
        "evaluation.questions.words": "%@ words",
        "evaluation.questions.answeredIn": "Scored on the answers to:",
        "evaluation.scale.intro": "Each answer is scored on the scale below.",
        "evaluation.scale.caption": "Scoring scale",
        "evaluation.scale.score": "Score",
        "evaluation.scale.label": "Meaning",
        "evaluation.scale.definition": "Definition",
        "contract.heading": "Contract terms",
        "contract.start": "Contract start",
        "contract.initialTerm": "Initial term",
        "contract.extensions": "Optional extensions",
        "contract.annualValue": "Annual value",
        "contract.procedure": "Procedure",
        "contract.cpv": "CPV codes",
        "contract.procedure.open": "Open procedure",
        "contract.procedure.selective": "Restricted (selective) procedure",
        "contract.procedure.limited": "Limited tendering",
        "contract.procedure.direct": "Direct award",
        "aims.heading": "Aims",
        "lot.heading": "Lot %@: %@",
        "lot.specification": "Service specification",
        "lot.aims": "Aims of the service",
        "lot.clientGroup": "Client group",
        "lot.eligibility": "Eligibility",
        "lot.exclusions": "Exclusions",
        "lot.referrals": "Referral routes",
        "lot.setting": "Setting and cover",
        "lot.capacity": "Capacity",
        "geography.overlap": "Overlaps %@ on purpose: ",
        "geography.madeOf": "is made up of",
        "lot.intensity": "Support intensity",
        "lot.durations": "Duration of support",
        "lot.geography": "Geography",
        "lot.partnerships": "Partnership working",
        "lot.absorbs": "Current services this lot takes on",
        "lot.stage": "Stage of the pathway",
        "lot.requirements": "Requirements",
        "lot.requirements.caption": "Requirements for lot %@",
        "lot.requirements.number": "No.",
        "lot.requirements.text": "Requirement",
        "lot.requirements.strength": "Must or should",
        "lot.outcomes": "Outcomes and key performance indicators",
        "lot.outcomes.intro": "The service works towards these outcomes:",
        "lot.kpis.caption": "Key performance indicators for lot %@",
        "kpi.indicator": "Indicator",
        "kpi.target": "Target",
        "kpi.frequency": "Reported",
        "kpi.evidence": "Evidence",
        "kpi.outcome": "Outcome",
        "strength.must": "Must",
        "strength.should": "Should",
        "setting.kind": "Setting",
        "setting.cover": "Staff cover",
        "setting.outOfHours": "Outside core hours",
        "setting.jointlyFunded": "Jointly funded by",
        "durations.maximum": "Maximum",
        "durations.expectedMoveOn": "Move-on expected within",
        "durations.typical": "Typically",
        "durations.note": "Note",
        "geography.all": "All of the areas covered by this specification: %@.",
        "geography.some": "These areas only: %@.",
        "pathway.heading": "The staged pathway",
        "pathway.intro": "People move through the stages as their needs change. The diagram shows how people come into each stage and where they move on to; the sections below give the same information as text.",
        "pathway.diagram.title": "Pathway diagram",
        "pathway.caption": "The stages of the pathway",
        "pathway.stage": "Stage",
        "pathway.remit": "What it is for",
        "pathway.hours": "Hours and cover",
        "pathway.durations": "How long",
        "pathway.entry": "Entry routes",
        "pathway.moveOn": "Move-on routes",
        "pathway.entering": "Coming in",
        "pathway.leaving": "Moving on",
        "sources.heading": "Sources",
        "sources.intro": "Values in this pack are taken from these sources, except those marked as illustrative.",
        "footer.generated": "Produced by TenderPack from specification %@, version %@.",
        "schedule.title": "Outcome schedule",
        "schedule.intro": "How each service's outcomes will be measured: the indicator, its target, how often it is reported and the evidence for it.",
        "schedule.framework": "Outcome framework: %@.",
        "schedule.caption": "Outcomes and measures: %@",
        "schedule.outcome": "Outcome",
        "schedule.indicator": "Indicator",
        "schedule.unit": "Unit",
        "schedule.target": "Target",
        "schedule.frequency": "Frequency",
        "schedule.evidence": "Evidence",
        "schedule.lot": "Lot",
        "schedule.noMeasure": "No indicator set",
        "schedule.unassigned": "Other measures",
        "lot.management": "Contract management indicators",
        "lot.management.caption": "Contract management indicators for lot %@",
        "lot.management.intro": "These indicators measure how the contract is run (response times, occupancy, time from referral to start); they evidence no outcome.",
        "schedule.management": "Contract management indicators",
        "schedule.management.intro": "Measured to manage the contract, not as evidence of an outcome.",
        "schedule.backToPack": "The full tender pack",
        "frequency.monthly": "Monthly",
        "frequency.quarterly": "Quarterly",
        "frequency.six-monthly": "Every six months",
        "frequency.annually": "Annually",
        "direction.at-least": "at least",
        "direction.at-most": "at most",
        "unit.percent": "Percentage",
        "unit.count": "Number",
        "unit.days": "Days",
        "unit.weeks": "Weeks",
        "unit.hours": "Hours",
        "none": "—",
        // Money, procurement and award.
        "cover.notice": "Notice",
        "buying.lots.value": "Estimated annual value",
        "respond.portal": "Tendering portal",
        "respond.contact": "Contact",
        "contract.wholeLifeValue": "Whole-life value",
        "contract.wholeLifeValue.term": "(over %@, with every extension)",
        "contract.vat": "VAT",
        "contract.vat.included": "The values include VAT",
        "contract.vat.excluded": "The values exclude VAT",
        "contract.wholeLifeValueIncludingVAT": "Whole-life value including VAT",
        "procedure.heading": "How the contract will be awarded",
        "procedure.procedure": "Procedure (Procurement Act 2023)",
        "procedure.open": "Open procedure",
        "procedure.competitive-flexible": "Competitive flexible procedure",
        "procedure.direct-award": "Direct award",
        "procedure.below-threshold": "Below-threshold contract",
        "procedure.lightTouch": "Light-touch regime",
        "procedure.lightTouch.yes": "Yes.",
        "procedure.lightTouch.no": "No.",
        "procedure.threshold.above": "The estimated whole-life value, %@ including VAT, is at or above the light-touch threshold of %@.",
        "procedure.threshold.below": "The estimated whole-life value, %@ including VAT, is below the light-touch threshold of %@.",
        "procedure.threshold.aboveWithoutVAT": "The estimated whole-life value, %@ without VAT, is above the light-touch threshold of %@ including VAT.",
        "procedure.threshold.only": "The light-touch threshold is %@ including VAT.",
        "procedure.framework": "Framework",
        "procedure.framework.suppliers": "suppliers appointed per lot: up to %@",
        "procedure.framework.callOff": "contracts called off by %@",
        "procedure.framework.term": "the framework runs for %@",
        "procedure.framework.yes": "A framework",
        "procedure.callOff.direct-award": "direct award",
        "procedure.callOff.mini-competition": "mini-competition",
        "procedure.dynamicMarket": "Dynamic market",
        "procedure.maximumBids": "Most lots one supplier may bid for",
        "procedure.maximumAwards": "Most lots one supplier may be awarded",
        "procedure.lots.one": "1 lot",
        "procedure.lots": "%@ lots",
        "procedure.stages": "Stages of the procedure",
        "lot.value": "Estimated value",
        "lot.value.annual": "Annual value",
        "lot.value.wholeLife": "Whole-life value",
        "lot.worksWith": "Working with other lots",
        "award.heading": "Award",
        "award.date": "Contract awarded",
        "award.caption": "Who was awarded each lot",
        "award.lot": "Lot",
        "award.supplier": "Supplier",
        "award.companyNumber": "Company number",
        "award.contractDate": "Awarded",
        "award.annualValue": "Annual value",
        "award.wholeLifeValue": "Whole-life value",
        // The document tree: cover, document control, glossary, the illustrative note,
        // a schedule without measures.
        "cover.issued": "Issued",
        "cover.contact": "Contact officer",
        "cover.portal": "Tendering portal",
        "control.heading": "Document control",
        "control.caption": "Version history",
        "control.version": "Version",
        "control.date": "Issued",
        "control.status": "Status",
        "control.changes": "Changes",
        "control.first": "First issue.",
        "control.revision": "Revises the previous version; the changes are listed in its clarification notice.",
        "control.previous": "Previous version.",
        "control.formats": "This document is available in other formats, such as large print, Easy Read, audio, Braille or another language.",
        "control.formats.ask": "To ask for one, e-mail",
        "control.formats.council": "To ask for one, contact %@.",
        "control.formats.commissioner": "To ask for one, contact the commissioner.",
        "glossary.heading": "Glossary",
        "glossary.intro": "Abbreviations used in this document.",
        "illustrative.note": "A dagger marks an illustrative value — invented for this example, not taken from the source documents. After a column heading it marks every value in that column, after a caption every value in that table, and after the first cell of a row every value in that row.",
        "schedule.empty.heading": "Measures not yet set",
        "schedule.empty": "This specification does not yet set outcomes or key performance indicators for its services.",
        "schedule.empty.draft": "They will be set before the tender is issued; until then each lot is described by what it is for, below, and its measures will follow from that.",
        "schedule.empty.contract": "Each lot is described by what it is for, below; its measures are agreed with the provider under the contract.",
        "schedule.empty.caption": "What each lot is for",
        "schedule.empty.purpose": "What the lot is for",
        "schedule.empty.support": "Support offered",
    ]

    private let overrides: [String: String]

    init(overrides: [String: String] = [:]) {
        self.overrides = overrides
    }

    /// Reads a labels file; unknown keys are reported sorted.
    static func load(_ data: Data, path: String) throws -> Labels {
        let decoded: [String: String]
        do {
            decoded = try JSONDecoder().decode([String: String].self, from: data)
        } catch {
            throw RenderError.invalidTemplate(TemplateProblem(
                id: TemplateText.labelsID, path: path, message: "not a JSON object of strings: \(error)"))
        }
        let text = String(decoding: data, as: UTF8.self)
        let unknown = decoded.keys.filter { defaults[$0] == nil }.sorted()
        if let first = unknown.first {
            let (line, column) = TemplateText.locateValue(of: first, in: text)
            throw RenderError.invalidTemplate(TemplateProblem(
                id: TemplateText.labelsID, path: path, line: line, column: column,
                message: "unknown label keys: " + unknown.joined(separator: ", ")))
        }
        do {
            try TemplateText.labels(decoded, text: text, path: path)
        } catch {
            throw RenderError.invalidTemplate(error)
        }
        return Labels(overrides: decoded)
    }

    /// The same wording for the document tree's builders.
    var wording: Wording { Wording(Labels.defaults.merging(overrides) { _, override in override }) }

    subscript(_ key: String) -> String {
        if let text = overrides[key] ?? Labels.defaults[key] { return text }
        assertionFailure("no label \(key)")
        return key
    }

    /// A label with `%@` placeholders filled in order.
    func format(_ key: String, _ arguments: String...) -> String {
        var result = ""
        var remaining = arguments[...]
        var text = self[key][...]
        while let range = text.range(of: "%@") {
            result += text[..<range.lowerBound]
            result += remaining.popFirst() ?? ""
            text = text[range.upperBound...]
        }
        return result + text
    }
}
