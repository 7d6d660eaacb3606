public import TenderModel

/// A specification as an Open Contracting Data Standard 1.1.5 release package with the
/// lots extension: the open-data twin of the tender notice. `Docs/OCDSMapping.md` gives
/// the mapping field by field; every value comes from the specification (no clock).
public struct OCDSRelease: Sendable {
    /// The file name in a pack folder.
    public static let fileName = "ocds-release.json"
    /// The ocid prefix when none is given. OCDS publishers register a prefix
    /// (`ocds-` and six characters) with the Open Contracting Partnership; this one is
    /// TenderPack's own, unregistered, so a council publishing the file passes its own.
    public static let defaultPrefix = "ocds-tenderpack-"
    /// The lots extension the package declares (the version whose schema patch is
    /// checked in the tests).
    public static let lotsExtension =
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json"

    public let specification: Specification
    public let prefix: String

    public init(_ specification: Specification, prefix: String = OCDSRelease.defaultPrefix) {
        self.specification = specification
        self.prefix = prefix
    }

    /// Whether a build writes a release for the specification: at `tender`, and at
    /// `awarded` when the award is recorded. A consultation, a draft, and services let
    /// long ago whose source states no date, value or supplier get none (see the mapping).
    public static func isPublished(_ specification: Specification) -> Bool {
        specification.holdsTenderTerms
    }

    private var spec: Specification { specification }

    // MARK: Identity

    /// `prefix` + the council's procurement reference, or + the specification id when
    /// the specification states no reference (`ocds.reference-missing` warns).
    public var ocid: String { prefix + (spec.procurement?.reference?.value ?? spec.id.value) }

    /// The release id: unique within the ocid, one per specification version.
    public var releaseID: String { "\(spec.id.value)-\(spec.version.value)" }

    /// The release date: at `awarded` the award's date (else the contract-awarded
    /// milestone); at `tender` the tender-issued milestone. Nil when the specification
    /// states none of them (`ocds.release-date-missing`).
    public var date: String? {
        if spec.status.value == .awarded {
            if let award = spec.award?.date { return OCDSDate.start(award.value) }
            if let milestone = spec.milestone(.contractAwarded) {
                return OCDSDate.start(milestone.date.value, time: milestone.time?.value)
            }
        }
        if let issued = spec.milestone(.tenderIssued) {
            return OCDSDate.start(issued.date.value, time: issued.time?.value)
        }
        return nil
    }

    var tag: String { spec.status.value == .awarded && !(spec.award?.contracts.isEmpty ?? true) ? "award" : "tender" }

    // MARK: The package

    /// The release package: one release. Nil when the specification states no date.
    public func package() -> JSONValue? {
        guard let release = release(tag: [tag]) else { return nil }
        return OCDSRelease.package(release: release, date: date ?? "", publisher: buyerName,
                                   uri: "urn:tenderpack:\(spec.id.value):\(spec.version.value):ocds-release")
    }

    /// A package around `release`.
    public static func package(release: JSONValue, date: String, publisher: String, uri: String) -> JSONValue {
        var package = JSONObject()
        package.set("uri", uri)
        package.set("version", "1.1")
        package.set("extensions", .array([.string(lotsExtension)]))
        package.set("publishedDate", date)
        var publisherObject = JSONObject()
        publisherObject.set("name", publisher)
        package.set("publisher", publisherObject.value)
        package.set("releases", .array([release]))
        return package.value
    }

    /// The release with `tag`, and the amendments when given (an amendment release).
    public func release(tag: [String], id: String? = nil, date: String? = nil, amendments: [JSONValue] = [],
                        documents extraDocuments: [JSONValue] = []) -> JSONValue? {
        guard let date = date ?? self.date else { return nil }
        var release = JSONObject()
        release.set("ocid", ocid)
        release.set("id", id ?? releaseID)
        release.set("date", date)
        release.set("tag", .array(tag.map(JSONValue.string)))
        release.set("initiationType", "tender")
        release.set("language", "en")
        release.set("parties", .array(parties))
        release.set("buyer", buyerReference)
        release.set("tender", tender(amendments: amendments, extraDocuments: extraDocuments))
        if spec.status.value == .awarded { release.set("awards", .array(awards)) }
        return release.value
    }

    // MARK: Parties

    var commissioner: Partner? { spec.partners.first { $0.id.value == spec.commissioner.value } }
    var buyerName: String { commissioner?.name.value ?? spec.commissioner.value }
    /// The publisher of the package: the buyer.
    public var publisherName: String { buyerName }

    var buyerReference: JSONValue {
        var object = JSONObject()
        object.set("id", spec.commissioner.value)
        object.set("name", buyerName)
        return object.value
    }

    var parties: [JSONValue] {
        var result: [JSONValue] = []
        let funders = Set(spec.funding?.funders.map(\.value) ?? [])
        var buyer = JSONObject()
        buyer.set("id", spec.commissioner.value)
        buyer.set("name", buyerName)
        let funds = funders.contains(spec.commissioner.value)
            || commissioner?.roles.contains(where: { $0.value == .funder }) == true
        buyer.set("roles", .array(["buyer", "procuringEntity"].map(JSONValue.string) + (funds ? [.string("funder")] : [])))
        var contact = JSONObject()
        if let officer = spec.procurement?.contact {
            contact.set("name", officer.name?.value)
            contact.set("email", officer.email?.value)
        }
        if let url = spec.procurement?.portal?.url?.value, OCDSRelease.isWebAddress(url) { contact.set("url", url) }
        buyer.set("contactPoint", contact.value)
        result.append(buyer.value)
        for partner in spec.partners where partner.id.value != spec.commissioner.value {
            var roles: [JSONValue] = []
            if funders.contains(partner.id.value) || partner.roles.contains(where: { $0.value == .funder }) {
                roles.append(.string("funder"))
            }
            guard !roles.isEmpty else { continue }
            var party = JSONObject()
            party.set("id", partner.id.value)
            party.set("name", partner.name.value)
            party.set("roles", .array(roles))
            result.append(party.value)
        }
        if spec.status.value == .awarded {
            var seen = Set<String>()
            for contract in spec.award?.contracts ?? [] {
                let id = OCDSRelease.supplierID(contract)
                guard seen.insert(id).inserted else { continue }
                var party = JSONObject()
                party.set("id", id)
                party.set("name", contract.supplier.value)
                if let number = contract.companyNumber?.value {
                    var identifier = JSONObject()
                    identifier.set("scheme", "GB-COH")
                    identifier.set("id", number)
                    identifier.set("legalName", contract.supplier.value)
                    party.set("identifier", identifier.value)
                }
                party.set("roles", .array([.string("supplier")]))
                result.append(party.value)
            }
        }
        return result
    }

    /// `GB-COH-<number>` for a supplier with a Companies House number, else its name in
    /// lower case with runs of other characters as one hyphen.
    static func supplierID(_ contract: AwardedContract) -> String {
        if let number = contract.companyNumber?.value { return "GB-COH-" + number }
        var slug = ""
        for scalar in contract.supplier.value.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSetASCII.isAlphanumeric(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return "supplier-" + (slug.isEmpty ? "unnamed" : slug)
    }

    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(where: { $0.isWhitespace })
            && text.split(separator: "/", omittingEmptySubsequences: true).count >= 2
    }

    // MARK: Tender

    func tender(amendments: [JSONValue], extraDocuments: [JSONValue]) -> JSONValue {
        var tender = JSONObject()
        tender.set("id", spec.procurement?.reference?.value ?? spec.id.value)
        tender.set("title", spec.title.value)
        tender.set("description", description)
        tender.set("status", spec.status.value == .awarded ? "complete" : "active")
        tender.set("procuringEntity", buyerReference)
        tender.set("items", .array(items))
        tender.set("value", OCDSRelease.money(spec.contract?.wholeLifeValue?.value))
        tender.set("procurementMethod", procurementMethod)
        tender.set("procurementMethodDetails", procurementMethodDetails)
        tender.set("mainProcurementCategory", "services")
        if let evaluation = spec.evaluation, !evaluation.criteria.isEmpty {
            tender.set("awardCriteria", "ratedCriteria")
            tender.set("awardCriteriaDetails", OCDSRelease.awardCriteriaDetails(evaluation))
        }
        if let portal = spec.procurement?.portal {
            tender.set("submissionMethod", .array([.string("electronicSubmission")]))
            var details = portal.name?.value ?? ""
            if let url = portal.url?.value { details += details.isEmpty ? url : " (\(url))" }
            tender.set("submissionMethodDetails", details)
        }
        let issued = spec.milestone(.tenderIssued)
        tender.set("tenderPeriod", period(start: issued, end: spec.milestone(.tenderDeadline)))
        tender.set("enquiryPeriod", period(start: issued, end: spec.milestone(.clarificationDeadline)))
        tender.set("awardPeriod", period(start: spec.milestone(.tenderDeadline), end: spec.milestone(.contractAwarded)))
        tender.set("contractPeriod", contractPeriod)
        tender.set("lots", .array(lots))
        if let limits = spec.procurement?.lotLimits {
            var details = JSONObject()
            details.set("maximumLotsBidPerSupplier", limits.maximumBids?.value)
            details.set("maximumLotsAwardedPerSupplier", limits.maximumAwards?.value)
            tender.set("lotDetails", details.value)
        }
        tender.set("milestones", .array(milestones))
        tender.set("documents", .array(documents + extraDocuments))
        tender.set("amendments", .array(amendments))
        return tender.value
    }

    /// The background, one paragraph after another.
    var description: String? {
        let text = spec.background.map(\.value).joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }

    var procurementMethod: String? {
        spec.procurement?.procedure?.value.ocdsMethod?.rawValue ?? spec.contract?.procedure?.value.rawValue
    }

    var procurementMethodDetails: String? {
        var parts: [String] = []
        if let procedure = spec.procurement?.procedure?.value {
            switch procedure {
            case .open: parts.append("Open procedure (Procurement Act 2023, section 20)")
            case .competitiveFlexible: parts.append("Competitive flexible procedure (Procurement Act 2023, section 20)")
            case .directAward: parts.append("Direct award (Procurement Act 2023)")
            case .belowThreshold: parts.append("Below-threshold contract (Procurement Act 2023, Part 6)")
            }
            let stages = spec.procurement?.stages.map(\.name.value) ?? []
            if !stages.isEmpty { parts.append("stages: " + stages.joined(separator: ", ")) }
        }
        if spec.procurement?.lightTouch?.value == true { parts.append("light-touch contract") }
        if let framework = spec.procurement?.framework {
            var text = "framework"
            if let count = framework.suppliersPerLot?.value { text += " of up to \(count) suppliers per lot" }
            if let term = framework.term?.value { text += " for \(term)" }
            if !framework.callOff.isEmpty {
                text += ", call-off by " + framework.callOff.map { $0.value == .directAward ? "direct award" : "mini-competition" }
                    .joined(separator: " or ")
            }
            parts.append(text)
        }
        if let market = spec.procurement?.dynamicMarket {
            parts.append("dynamic market: " + market.name.value + (market.reference.map { " (\($0.value))" } ?? ""))
        }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "Quality 60% (Service delivery 30%: …), Price 40%. Pass/fail: …".
    static func awardCriteriaDetails(_ evaluation: Evaluation) -> String {
        var lines: [String] = []
        var split: [String] = []
        if let quality = evaluation.qualityWeight?.value { split.append("quality \(percent(quality))") }
        if let price = evaluation.priceWeight?.value { split.append("price \(percent(price))") }
        if let social = evaluation.socialValueWeight?.value { split.append("social value \(percent(social))") }
        if !split.isEmpty { lines.append("Most advantageous tender: " + split.joined(separator: ", ") + ".") }
        for criterion in evaluation.weightedCriteria {
            var line = "\(criterion.name.value) (\(criterion.category.value.rawValue))"
            if let weight = criterion.weight?.value { line += " \(percent(weight))" }
            if !criterion.subCriteria.isEmpty {
                line += ": " + criterion.subCriteria.map { "\($0.name.value) \(percent($0.weight.value))" }.joined(separator: ", ")
            }
            lines.append(line + ".")
        }
        let passFail = evaluation.criteria.filter { $0.category.value == .passFail }
        if !passFail.isEmpty {
            lines.append("Pass/fail minimum standards, assessed first: " + passFail.map(\.name.value).joined(separator: "; ") + ".")
        }
        if !evaluation.scoringScale.isEmpty {
            let scores = evaluation.scoringScale.map { NumberText.plain($0.score.value) }
            lines.append("Answers scored on a scale of " + scores.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { NumberText.plain(value) + "%" }

    static func money(_ amount: Double?) -> JSONValue? {
        guard let amount, amount.isFinite else { return nil }
        var value = JSONObject()
        value.set("amount", amount)
        value.set("currency", "GBP")
        return value.value
    }

    func period(start: Milestone?, end: Milestone?) -> JSONValue? {
        guard start != nil || end != nil else { return nil }
        var period = JSONObject()
        if let start { period.set("startDate", OCDSDate.start(start.date.value, time: start.time?.value)) }
        if let end { period.set("endDate", OCDSDate.end(end.date.value, time: end.time?.value)) }
        return period.value
    }

    /// From the contract's start to the end of the initial term; the extensions give
    /// the latest it can run to (`maxExtentDate`).
    var contractPeriod: JSONValue? {
        guard let contract = spec.contract, let start = contract.start?.value else { return nil }
        var period = JSONObject()
        period.set("startDate", OCDSDate.start(start))
        if let term = contract.initialTerm?.value, let last = OCDSDate.lastDay(of: start, plusMonths: term.inMonths) {
            period.set("endDate", OCDSDate.end(last))
        }
        if !contract.extensions.isEmpty, let whole = contract.wholeTermInMonths,
           let last = OCDSDate.lastDay(of: start, plusMonths: whole) {
            period.set("maxExtentDate", OCDSDate.end(last))
        }
        return period.value
    }

    // MARK: Items and lots

    var items: [JSONValue] {
        let codes = spec.contract?.cpvCodes.map(\.value) ?? []
        return spec.lots.map { lot in
            var item = JSONObject()
            item.set("id", lot.id.value)
            item.set("description", lot.title.value)
            if let first = codes.first {
                item.set("classification", OCDSRelease.cpv(first))
                item.set("additionalClassifications", .array(codes.dropFirst().map(OCDSRelease.cpv)))
            }
            item.set("relatedLot", lot.id.value)
            return item.value
        }
    }

    /// The CPV codes the domain notes name, with their titles; others go without one.
    static let cpvTitles = [
        "85300000": "Social work and related services",
        "85311000": "Social work services with accommodation",
        "85312000": "Social work services without accommodation",
        "85312400": "Welfare services not delivered through residential institutions",
        "85323000": "Community health services",
        "70333000": "Housing services",
    ]

    static func cpv(_ code: String) -> JSONValue {
        var classification = JSONObject()
        classification.set("scheme", "CPV")
        classification.set("id", code)
        classification.set("description", cpvTitles[code])
        return classification.value
    }

    var lots: [JSONValue] {
        spec.lots.map { lot in
            var object = JSONObject()
            object.set("id", lot.id.value)
            object.set("title", "Lot \(lot.number.value): \(lot.title.value)")
            object.set("description", lot.summary?.value)
            object.set("status", spec.status.value == .awarded ? "complete" : "active")
            object.set("value", OCDSRelease.money(lot.wholeLifeValue?.value))
            object.set("contractPeriod", contractPeriod)
            return object.value
        }
    }

    var milestones: [JSONValue] {
        spec.timeline.map { milestone in
            var object = JSONObject()
            object.set("id", milestone.key)
            object.set("title", milestone.title)
            object.set("type", OCDSRelease.milestoneType(milestone.kind.value))
            object.set("description", milestone.description?.value)
            object.set("dueDate", OCDSDate.end(milestone.end?.value ?? milestone.date.value,
                                               time: milestone.end == nil ? milestone.time?.value : nil))
            return object.value
        }
    }

    static func milestoneType(_ kind: Milestone.Kind) -> String {
        switch kind {
        case .consultationOpened, .consultationClosed, .resultsPublished, .feedbackPublished, .other: return "engagement"
        case .tenderIssued, .clarificationDeadline, .tenderDeadline: return "preProcurement"
        case .contractAwarded: return "approval"
        case .mobilisation, .serviceStart: return "delivery"
        }
    }

    // MARK: Documents

    /// Each file of the pack, with its OCDS document type.
    public static let packDocuments: [(file: String, type: String, title: String, format: String)] = [
        ("tender-pack.html", "biddingDocuments", "Tender pack: invitation to tender and service specifications", "text/html"),
        ("outcome-schedule.html", "contractSchedule", "Outcome schedule", "text/html"),
        ("tender-pack.xml", "biddingDocuments", "Tender pack (XML)", "application/xml"),
        ("outcome-schedule.xml", "contractSchedule", "Outcome schedule (XML)", "application/xml"),
        ("tender-pack.odt", "biddingDocuments", "Tender pack (editable, OpenDocument)", "application/vnd.oasis.opendocument.text"),
        ("tender-pack.docx", "biddingDocuments", "Tender pack (editable, Word)",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("outcome-schedule.odt", "contractSchedule", "Outcome schedule (editable, OpenDocument)", "application/vnd.oasis.opendocument.text"),
        ("outcome-schedule.docx", "contractSchedule", "Outcome schedule (editable, Word)",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]

    var documents: [JSONValue] {
        OCDSRelease.packDocuments.map { document in
            var object = JSONObject()
            object.set("id", document.file)
            object.set("documentType", document.type)
            object.set("title", document.title)
            object.set("description", "\(document.file), version \(spec.version.value) of \(spec.id.value)")
            object.set("format", document.format)
            object.set("language", "en")
            return object.value
        }
    }

    // MARK: Awards

    /// One award per awarded contract (a framework lot has one per supplier).
    var awards: [JSONValue] {
        guard let award = spec.award else { return [] }
        let lots = Dictionary(spec.lots.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        return award.contracts.map { contract in
            var object = JSONObject()
            let supplier = OCDSRelease.supplierID(contract)
            object.set("id", "\(contract.lot.value)-\(supplier)")
            if let lot = lots[contract.lot.value] { object.set("title", "Lot \(lot.number.value): \(lot.title.value)") }
            object.set("status", "active")
            if let date = contract.date?.value ?? award.date?.value { object.set("date", OCDSDate.start(date)) }
            object.set("value", OCDSRelease.money(awardValue(contract)))
            var reference = JSONObject()
            reference.set("id", supplier)
            reference.set("name", contract.supplier.value)
            object.set("suppliers", .array([reference.value]))
            object.set("contractPeriod", contractPeriod)
            object.set("relatedLots", .array([.string(contract.lot.value)]))
            return object.value
        }
    }

    /// The contract's whole-life value; when only the annual value is stated, the
    /// annual value over the initial term and every extension.
    func awardValue(_ contract: AwardedContract) -> Double? {
        if let whole = contract.wholeLifeValue?.value { return whole }
        guard let annual = contract.annualValue?.value, let months = spec.contract?.wholeTermInMonths else { return nil }
        return (annual * months / 12).rounded()
    }
}

enum CharacterSetASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
