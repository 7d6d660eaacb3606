import TenderModel
import TenderOpenData

/// How the documents bidders read (the clarification notice, the redline, the OCDS
/// amendment) name things and write values: as the pack does, never by internal id or
/// file path. Built once per comparison from both versions.
public struct BidderWords: Sendable, Hashable {
    /// The council (the lead commissioner's name), the procurement reference, the
    /// Find a Tender notice number and the issue date (the new version's tender-issued
    /// milestone, or its award date; never the clock), when the specification states them.
    public var council: String?
    public var reference: String?
    public var findATenderNotice: String?
    public var issued: String?
    /// The notice's own number: "<reference>/CN/<new version>", or the specification's title.
    public var noticeNumber: String
    /// Element key path -> how the pack names it ("Requirement 2.3", "Outcome KPI: …").
    var labels: [String: String] = [:]
    /// Key path -> a value as the pack writes it (a KPI target with its unit, a date in
    /// words), for each version.
    var oldValues: [String: String] = [:]
    var newValues: [String: String] = [:]

    init(old: Specification, new: Specification) {
        self.init(old: Part(old, labelled: true), new: Part(new, labelled: true))
    }

    /// What one version contributes: its facts (read from the new version only), its
    /// element labels and its values as the pack writes them (when `labelled`).
    struct Part: Sendable {
        var council: String?
        var reference: String?
        var findATenderNotice: String?
        var issued: String?
        var noticeNumber: String
        var labels: [String: String] = [:]
        var values: [String: String] = [:]

        init(_ spec: Specification, labelled: Bool) {
            let partners = Dictionary(spec.partners.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { a, _ in a })
            council = partners[spec.commissioner.value]
            reference = spec.procurement?.reference?.value
            findATenderNotice = spec.procurement?.notice?.value
            if let date = OCDSRelease(spec).date, let day = CalendarDate(parsing: String(date.prefix(10))) {
                issued = day.longForm
            }
            noticeNumber = "\(reference ?? spec.id.value)/CN/\(spec.version.value)"
            guard labelled else { return }
            BidderWords.label(spec, into: &labels)
            values = BidderWords.values(spec)
        }
    }

    init(old: Part, new: Part) {
        council = new.council
        reference = new.reference
        findATenderNotice = new.findATenderNotice
        issued = new.issued
        noticeNumber = new.noticeNumber
        // The new version's label wins where both name the same element.
        labels = old.labels.merging(new.labels, uniquingKeysWith: { _, new in new })
        oldValues = old.values
        newValues = new.values
    }

    static func label(_ spec: Specification, into labels: inout [String: String]) {
        for area in spec.areas { labels["areas/\(area.id.value)"] = "Area: \(area.name.value)" }
        for source in spec.sources { labels["sources/\(source.id.value)"] = "Source: \(source.title.value)" }
        for line in spec.pricing?.lines ?? [] { labels["pricing/lines/\(line.id.value)"] = "Price line: \(line.item.value)" }
        for domain in spec.outcomeFramework?.domains ?? [] {
            let base = "outcomeFramework/domains/\(domain.id.value)"
            labels[base] = "Domain: \(domain.name.value)"
            for (index, outcome) in domain.outcomes.enumerated() { labels["\(base)/outcomes/\(outcome.id.value)"] = "Outcome \(index + 1)" }
        }
        let partnerNames = Dictionary(spec.partners.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { a, _ in a })
        for partner in spec.partners { labels["partners/\(partner.id.value)"] = "Partner: \(partner.name.value)" }
        for service in spec.currentServices {
            labels["currentServices/\(service.id.value)"] = "Current service: \(service.name.value)"
        }
        for (index, aim) in spec.aims.enumerated() { labels["aims/\(aim.id.value)"] = "Aim \(index + 1)" }
        for lot in spec.lots {
            let base = "lots/\(lot.id.value)"
            let number = lot.number.value
            for (index, clause) in lot.aims.enumerated() { labels["\(base)/aims/\(clause.id.value)"] = "Aim \(index + 1)" }
            for (index, clause) in lot.eligibility.enumerated() {
                labels["\(base)/eligibility/\(clause.id.value)"] = "Eligibility criterion \(index + 1)"
            }
            for (index, clause) in lot.exclusions.enumerated() {
                labels["\(base)/exclusions/\(clause.id.value)"] = "Exclusion \(index + 1)"
            }
            for (index, requirement) in lot.requirements.enumerated() {
                labels["\(base)/requirements/\(requirement.id.value)"] = "Requirement \(number).\(index + 1)"
            }
            for kpi in lot.kpis {
                let kind = kpi.kind?.value.rawValue == "contract-management" ? "Contract-management KPI" : "Outcome KPI"
                labels["\(base)/kpis/\(kpi.id.value)"] = "\(kind): \(BidderWords.short(kpi.indicator.value))"
            }
            for source in lot.referralSources {
                labels["\(base)/referralSources/\(source.id.value)"] = "Referral route: \(source.name.value)"
            }
            for partnership in lot.partnerships {
                let name = partnerNames[partnership.partner.value] ?? partnership.partner.value
                labels["\(base)/partnerships/\(partnership.partner.value)"] = "Partnership with \(name)"
            }
        }
        for stage in spec.stages {
            for (index, clause) in stage.remit.enumerated() {
                labels["stages/\(stage.id.value)/remit/\(clause.id.value)"] = "Remit \(index + 1)"
            }
        }
        for criterion in spec.evaluation?.criteria ?? [] {
            let base = "evaluation/criteria/\(criterion.id.value)"
            labels[base] = "Criterion: \(criterion.name.value)"
            for sub in criterion.subCriteria { labels["\(base)/subCriteria/\(sub.id.value)"] = "Sub-criterion: \(sub.name.value)" }
            for (index, question) in criterion.questions.enumerated() {
                labels["\(base)/questions/\(question.id.value)"] = "Question \(index + 1)"
            }
        }
    }

    /// An indicator up to its first parenthesis: "Percentage of people … planned way".
    static func short(_ text: String) -> String {
        guard let open = text.range(of: " (") else { return text }
        return String(text[..<open.lowerBound])
    }

    static let dateKeys: Set<String> = ["timeline.date", "timeline.end", "contract.start", "award.date",
                                        "award.contracts.date"]

    static func values(_ spec: Specification) -> [String: String] {
        var values: [String: String] = [:]
        for lot in spec.lots {
            for kpi in lot.kpis {
                guard let target = kpi.target?.value else { continue }
                let text = kpi.unit?.value.format(target) ?? NumberText.plain(target)
                values["lots/\(lot.id.value)/kpis/\(kpi.id.value)/target"] = text
            }
        }
        return values
    }

    /// The path as a bidder reads it: each element named as the pack names it.
    public func path(_ change: Change) -> String { path(change.path, key: change.key) }

    /// A readable path with each element of `key` named as the pack names it.
    public func path(_ path: String, key: [String]) -> String {
        var components = path.components(separatedBy: " · ")
        var index = 0
        while index + 1 < key.count {
            let prefix = key[...(index + 1)].joined(separator: "/")
            let id = key[index + 1]
            if let label = labels[prefix],
               let position = components.firstIndex(where: { $0.hasSuffix(" " + id) }) {
                components[position] = label
            }
            index += 2
        }
        if let first = components.first, first.hasPrefix("Timeline · ") {
            components[0] = String(first.dropFirst("Timeline · ".count))
        }
        return components.joined(separator: " · ")
    }

    /// A record's value as the pack writes it.
    public func value(of record: FieldRecord, new: Bool) -> String {
        if let written = (new ? newValues : oldValues)[record.keyPath] { return written }
        if BidderWords.dateKeys.contains(record.fieldKey), let date = CalendarDate(parsing: record.display) {
            return date.longForm
        }
        return record.display
    }

    /// A value of either version as the pack writes it.
    public func value(_ change: Change, new: Bool) -> String? {
        guard let text = new ? change.new : change.old else { return nil }
        if change.kind == .renamed { return text }
        if let written = (new ? newValues : oldValues)[change.keyPath] { return written }
        if BidderWords.dateKeys.contains(change.fieldKey), let date = CalendarDate(parsing: text) { return date.longForm }
        return text
    }

    /// Where a change is cited: its clause ("2.4 (was 2.3)"), else its lot, else the
    /// section of the specification it is in ("Timeline", "Evaluation").
    public func citation(_ change: Change) -> String {
        if let reference = change.reference {
            if let old = change.oldReference { return "\(reference) (was \(old))" }
            // A lot's reference is the lot: add the section of it the pack prints the value in.
            if reference.hasPrefix("Lot "), change.key.count >= 3, let part = BidderWords.lotSections[change.key[2]] {
                return "\(reference) · \(part)"
            }
            return reference
        }
        guard let first = change.key.first else { return "General" }
        return BidderWords.sectionTitles[first] ?? RedlineSections.titles[first]
            ?? first.prefix(1).uppercased() + first.dropFirst()
    }

    /// The pack's headings for the parts of its invitation, and of each lot.
    static let sectionTitles: [String: String] = [
        "timeline": "Invitation · Timeline", "evaluation": "Invitation · Evaluation criteria",
        "contract": "Invitation · Contract terms", "background": "Invitation · Background",
        "howToRespond": "Invitation · How to respond",
        "currentServices": "Invitation · Current services and the new services",
        "stages": "Stages", "pricing": "Pricing schedule", "procurement": "Procurement", "award": "Award",
    ]

    static let lotSections: [String: String] = [
        "aims": "Aims of the service", "clientGroup": "Client group", "eligibility": "Eligibility",
        "exclusions": "Exclusions", "setting": "Setting and cover", "intensity": "Support intensity",
        "durations": "Duration of support", "areas": "Geography", "partnerships": "Partnership working",
        "absorbs": "Current services this lot takes on", "outcomes": "Outcomes and key performance indicators",
        "kpis": "Outcomes and key performance indicators",
    ]
}

extension SpecificationDiff {
    /// The short references bidders quote ("C-01"), one per material change in order.
    public func changeReference(_ change: Change) -> String? {
        guard let index = noticeChanges.firstIndex(of: change) else { return nil }
        return ChangeReference.make(index + 1)
    }
}

enum ChangeReference {
    static func make(_ number: Int) -> String {
        number < 10 ? "C-0\(number)" : "C-\(number)"
    }
}
