public import TenderModel
public import TenderOpenData

/// `diff --format ocds`: the amendment release of a change between two versions, the
/// open-data twin of the clarification notice. The release carries the new version's
/// whole tender (as `build` writes it) with `tag: tenderAmendment` and one entry in
/// `tender.amendments`: the date of the new version, the rationale (section 31 of the
/// Procurement Act 2023), and in `description` exactly the material changes the notice
/// lists, numbered and worded as it words them, each with its change reference.
public struct OCDSAmendment: Sendable {
    public let diff: SpecificationDiff
    public let old: Specification
    public let new: Specification
    public let prefix: String

    public init(diff: SpecificationDiff, old: Specification, new: Specification,
                prefix: String = OCDSRelease.defaultPrefix) {
        self.diff = diff
        self.old = old
        self.new = new
        self.prefix = prefix
    }

    var release: OCDSRelease { OCDSRelease(new, prefix: prefix) }

    /// The release's id: the new version's release id, marked as the amendment.
    public var releaseID: String { release.releaseID + "-amendment" }

    /// One line per material change, as the clarification notice lists them.
    public var changeLines: [String] {
        let words = diff.words
        return diff.noticeChanges.enumerated().map { index, change in
            var line = "\(ChangeReference.make(index + 1)). \(ClauseText.kind(change)): \(words.path(change))"
            line += " (\(words.citation(change)))"
            if change.kind == .moved || change.kind == .renamed {
                line += "."
            } else if let lot = change.absorbedInto {
                line += ": absorbed into \(lot.description)."
            } else {
                let old = words.value(change, new: false), new = words.value(change, new: true)
                line += ": " + (old.map { "\"\($0)\"" + (change.illustrativeBefore ? " (illustrative)" : "") } ?? "none") + " → " + (new.map { "\"\($0)\"" } ?? "none")
                if let note = change.note { line += " (\(note))" }
                if change.illustrative { line += " (illustrative)" }
                line += "."
            }
            return line + " Fingerprint " + change.fingerprint + "."
        }
    }

    /// The amendment package; nil when the new version states no date for it (no
    /// tender-issued milestone, or at awarded no award date).
    public func package() -> JSONValue? {
        guard let date = release.date else { return nil }
        let changes = diff.noticeChanges
        var amendment = JSONObject()
        amendment.set("id", "\(new.id.value)-\(old.version.value)-to-\(new.version.value)")
        amendment.set("date", date)
        amendment.set("rationale", """
            Version \(new.version.value) of "\(new.title.value)" revises version \(old.version.value) \
            (\(old.id.value), \(old.status.value.rawValue)) at \(new.status.value.rawValue) status. Under \
            section 31 of the Procurement Act 2023 tender documents may change before the tender deadline; \
            every participating supplier is told of the changes and the documents are republished with the \
            clarification notice.
            """)
        let summary = changes.isEmpty
            ? "The changes are editorial only: nothing a bidder would price or propose has changed."
            : "\(changes.count == 1 ? "1 material change" : "\(changes.count) material changes") (a bidder would price or propose differently); editorial changes are not listed:"
        amendment.set("description", ([summary] + changeLines).joined(separator: "\n"))
        if OCDSRelease.isPublished(old), OCDSRelease(old, prefix: prefix).ocid == release.ocid {
            amendment.set("amendsReleaseID", OCDSRelease(old, prefix: prefix).releaseID)
        }
        amendment.set("releaseID", releaseID)
        let lotIDs = Set(new.lots.map(\.id.value))
        var related: [String] = []
        for change in changes {
            if let lot = change.lot?.id, lotIDs.contains(lot), !related.contains(lot) { related.append(lot) }
        }
        amendment.set("relatedLots", .array(related.map(JSONValue.string)))

        var notice = JSONObject()
        notice.set("id", "clarification-notice-\(old.version.value)-to-\(new.version.value)")
        notice.set("documentType", "clarifications")
        notice.set("title", "Clarification notice: \(new.title.value), version \(old.version.value) to \(new.version.value)")
        notice.set("description", "The material changes listed in this amendment, with their old and new wording (tenderpack diff --format notice).")
        notice.set("format", "text/html")
        notice.set("language", "en")

        guard let body = release.release(tag: ["tenderAmendment"], id: releaseID, date: date,
                                         amendments: [amendment.value], documents: [notice.value]) else { return nil }
        return OCDSRelease.package(release: body, date: date, publisher: release.publisherName,
                                   uri: "urn:tenderpack:\(new.id.value):\(old.version.value)-to-\(new.version.value):ocds-amendment")
    }
}
