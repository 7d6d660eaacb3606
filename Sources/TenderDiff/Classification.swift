/// Whether a change alters what a bidder would price or propose.
public enum Classification: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Wording, order, labels, background: bidders need not re-price.
    case editorial
    /// Scope, lots, eligibility, hours, cover, durations, geography, KPI targets,
    /// evaluation weightings, contract value and term, dates.
    case material

    public static func < (lhs: Classification, rhs: Classification) -> Bool {
        lhs == .editorial && rhs == .material
    }
}

/// The one place that says which changes are material: every schema key of a
/// specification (`lots.requirements.strength`) with its classification.
///
/// A key applies to values of that kind; a list key (`lots.requirements`) applies to
/// elements of the list being added or removed; `order` (or `<list>.order`) applies to
/// elements moving within their list. A key not listed takes the classification of its
/// nearest listed parent. A repository's policy file overrides any entry.
public enum ClassificationTable {
    public struct Entry: Sendable, Hashable {
        public let key: String
        public let classification: Classification
        /// What the key holds, for `tenderpack explain diff.classification`.
        public let meaning: String
    }

    private static func m(_ key: String, _ meaning: String) -> Entry { Entry(key: key, classification: .material, meaning: meaning) }
    private static func e(_ key: String, _ meaning: String) -> Entry { Entry(key: key, classification: .editorial, meaning: meaning) }

    /// Every entry, in specification order.
    public static let entries: [Entry] = [
        e("id", "the specification's id"),
        e("title", "the specification's title"),
        e("version", "the version label"),
        e("status", "draft, consultation, tender or awarded"),
        e("supersedes", "the version this one revises"),
        e("sources", "declared sources of facts"),
        m("commissioner", "the lead commissioner: who the contract is with"),
        e("partners", "partner organisations and their names, kinds and roles"),
        e("funding", "who funds the services"),
        m("areas", "the geography: areas added or removed"),
        e("areas.name", "an area's name"),
        e("areas.kind", "an area's kind"),
        m("areas.contains", "the areas a locality is made of: what its lots cover"),
        m("areas.parent", "the area an area is part of"),
        m("timeline", "procurement milestones added or removed"),
        e("timeline.name", "the council's name for a milestone"),
        m("timeline.date", "a milestone's date"),
        m("timeline.time", "a milestone's time of day (a deadline at 12 noon)"),
        m("timeline.end", "the last day of a milestone that is a period"),
        e("timeline.label", "the wording of an imprecise date"),
        e("timeline.description", "what happens at a milestone"),
        e("background", "background paragraphs"),
        m("aims", "the specification's aims added or removed"),
        e("aims.text", "the wording of an aim"),
        m("maximumSupportDuration", "the longest anyone is supported"),
        m("maximumSupportDuration.flexible", "whether the longest stay is a flexible norm or a cap"),
        e("maximumSupportDuration.note", "the wording of how the norm bends"),
        e("currentServices", "the services being replaced, as background"),
        e("consultation", "what the consultation asked and whom"),
        e("outcomeFramework", "the outcome framework's domains and outcomes"),
        m("lots", "lots added or removed (or current services absorbed into lots)"),
        e("lots.number", "a lot's number"),
        e("lots.title", "a lot's title"),
        e("lots.summary", "a lot's summary"),
        m("lots.aims", "a lot's aims added or removed"),
        e("lots.aims.text", "the wording of a lot's aim"),
        m("lots.clientGroup", "who the service is for"),
        m("lots.eligibility", "eligibility criteria added or removed"),
        m("lots.eligibility.text", "the wording of an eligibility criterion"),
        m("lots.exclusions", "exclusions added or removed"),
        m("lots.exclusions.text", "the wording of an exclusion"),
        m("lots.referralSources", "referral routes added or removed"),
        e("lots.referralSources.name", "a referral route's name"),
        m("lots.referralSources.partner", "the partner behind a referral route"),
        m("lots.setting", "floating support or accommodation, and its cover"),
        e("lots.setting.jointlyFundedBy", "who jointly funds accommodation"),
        m("lots.setting.cover", "staff cover: days, staffed hours, night and out-of-hours cover"),
        m("lots.capacity", "how much a lot buys: units, people at any one time, referrals a year"),
        m("lots.capacity.amount", "a capacity figure"),
        m("lots.capacity.qualifier", "exact, at least, up to or about"),
        e("lots.capacity.note", "the wording of a capacity"),
        m("lots.intensity", "hours of support per person per week"),
        e("lots.intensity.note", "the wording of the hours"),
        m("lots.durations", "maximum, expected move-on and typical durations"),
        e("lots.durations.note", "the wording of the durations"),
        m("lots.areas", "where a lot's service is delivered"),
        m("lots.overlaps", "lots whose areas this lot shares on purpose"),
        e("lots.overlaps.reason", "why two lots overlap"),
        m("lots.partnerships", "partners a service must work with"),
        e("lots.partnerships.description", "the wording of a partnership"),
        m("lots.absorbs", "current services (and staff) a lot takes on"),
        m("lots.stage", "the stage of a pathway a lot belongs to"),
        m("lots.requirements", "requirements added or removed"),
        m("lots.requirements.strength", "must or should"),
        m("lots.requirements.text", "the wording of a requirement"),
        m("lots.outcomes", "outcomes a service works towards"),
        m("lots.kpis", "KPIs added or removed"),
        m("lots.kpis.indicator", "what a KPI measures"),
        m("lots.kpis.unit", "a KPI's unit"),
        m("lots.kpis.target", "a KPI's target"),
        m("lots.kpis.direction", "at least or at most"),
        m("lots.kpis.frequency", "how often a KPI is reported"),
        m("lots.kpis.evidence", "the evidence a KPI is measured from"),
        e("lots.kpis.outcome", "the outcome a KPI evidences"),
        m("lots.kpis.kind", "an outcome KPI or a contract-management KPI"),
        m("stages", "stages of a pathway added or removed"),
        e("stages.number", "a stage's number"),
        e("stages.name", "a stage's name"),
        m("stages.remit", "what a stage is for, added or removed"),
        e("stages.remit.text", "the wording of a stage's remit"),
        m("stages.durations", "how long people stay in a stage"),
        e("stages.durations.note", "the wording of a stage's durations"),
        m("stages.entryRoutes", "routes into a stage"),
        e("stages.entryRoutes.note", "the wording of a route into a stage"),
        m("stages.moveOnRoutes", "routes out of a stage"),
        e("stages.moveOnRoutes.note", "the wording of a route out of a stage"),
        m("evaluation", "the quality/price split and weighted criteria"),
        m("evaluation.socialValue", "the social value share of the total score"),
        m("evaluation.minimumSocialValue", "the least social value share the council's policy asks for"),
        m("evaluation.criteria.category", "quality, price, social value, or a pass/fail minimum standard"),
        e("evaluation.criteria.name", "a criterion's name"),
        m("evaluation.criteria.subCriteria", "sub-criteria added or removed"),
        e("evaluation.criteria.subCriteria.name", "a sub-criterion's name"),
        m("evaluation.criteria.subCriteria.weight", "a sub-criterion's weighting"),
        m("evaluation.criteria.questions", "method statement questions added or removed"),
        m("evaluation.criteria.questions.question", "the wording of a method statement question: what bidders must answer, so a reworded question is answered afresh"),
        m("evaluation.criteria.questions.weight", "a method statement question's weighting"),
        m("evaluation.criteria.questions.wordLimit", "a method statement question's word limit"),
        m("evaluation.scoringScale", "scores added to or removed from the scoring scale"),
        e("evaluation.scoringScale.label", "a score's one-word name (Good, Excellent)"),
        m("evaluation.scoringScale.definition", "what an answer must show to earn a score"),
        m("contract", "start, term, extensions, value and procedure"),
        e("contract.cpv", "CPV classification codes"),
        m("pricing", "the pricing schedule: what bidders price"),
        m("pricing.note", "the council's note on how prices are evaluated or paid (\"prices exclude VAT\")"),
        m("pricing.lines", "price lines added or removed"),
        m("pricing.lines.lot", "the lot a price line belongs to"),
        m("pricing.lines.item", "what a price line prices (a reworded item may price something else)"),
        m("pricing.lines.basis", "per hour, per unit or per person per week, or an annual block price"),
        m("pricing.lines.volume", "the volume a price is evaluated against"),
        m("pricing.lines.cap", "a price cap or ceiling"),
        e("pricing.lines.note", "a remark on a price line"),
        e("howToRespond", "how to respond (portal, format, contact)"),
        // Money, procurement and award.
        m("contract.wholeLifeValue", "the estimated value over the initial term and every extension"),
        m("contract.vat", "whether the values include VAT"),
        m("contract.wholeLifeValueIncludingVAT", "the whole-life value including VAT, which the light-touch threshold is measured on"),
        m("lots.annualValue", "a lot's estimated annual value: what bidders price against"),
        m("lots.wholeLifeValue", "a lot's estimated whole-life value"),
        m("lots.worksWith", "other lots whose providers a lot's provider must work with"),
        e("lots.worksWith.description", "the wording of how two lots work together"),
        m("procurement", "the Procurement Act 2023 procedure, light-touch regime, stages, framework, dynamic market and lot limits"),
        e("procurement.reference", "the council's procurement reference: a label for the same procurement"),
        e("procurement.notice", "the notice number: where the procurement is published, not what it buys"),
        e("procurement.contact", "the contact officer's name, role and email: who answers questions, not what is bought"),
        e("procurement.portal.name", "the tendering portal's name"),
        m("procurement.portal.url", "where bids are submitted: a bidder using the old address would miss the deadline"),
        e("procurement.stages.name", "a procedure stage's name"),
        m("award", "who was awarded which lot, when and for how much"),
        e("award.notStated", "why the award is not recorded"),
        e("award.contracts.companyNumber", "the awarded supplier's Companies House number"),
        e("order", "elements moving within their list (set `<list>.order` for one list)"),
    ]

    static let byKey: [String: Classification] = Dictionary(entries.map { ($0.key, $0.classification) },
                                                            uniquingKeysWith: { a, _ in a })

    /// Whether `key` names something the table or a policy may classify.
    public static func isKnown(_ key: String) -> Bool {
        if byKey[key] != nil { return true }
        if key.hasSuffix(".order") { return isKnown(String(key.dropLast(".order".count))) }
        return SchemaKeys.all.contains(key)
    }

    /// The classification of a value or list of kind `fieldKey`, with `overrides` (a
    /// policy) taking precedence at every level.
    public static func classify(_ fieldKey: String, moved: Bool = false,
                                overrides: [String: Classification] = [:]) -> Classification {
        if moved {
            return overrides[fieldKey + ".order"] ?? overrides["order"]
                ?? byKey[fieldKey + ".order"] ?? byKey["order"] ?? .editorial
        }
        if let found = nearest(fieldKey, in: overrides) { return found }
        return nearest(fieldKey, in: byKey) ?? .material
    }

    private static func nearest(_ key: String, in table: [String: Classification]) -> Classification? {
        guard !table.isEmpty else { return nil }
        var candidate = Substring(key)
        while true {
            if let found = table[String(candidate)] { return found }
            guard let dot = candidate.lastIndex(of: ".") else { return nil }
            candidate = candidate[..<dot]
        }
    }
}
