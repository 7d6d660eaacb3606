/// The diff for a reader at a terminal or in a log: a heading per lot, a line per
/// change with its classification, kind, clause reference, path and old → new
/// values; words inside changed text marked `[-deleted-]{+inserted+}` (in colour, on
/// a terminal, instead).
public struct DiffTextReport: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ diff: SpecificationDiff) -> String {
        let material = diff.materialChanges.count
        let editorial = diff.changes.count - material
        var out = "\(diff.old.file) (version \(diff.old.version)) → \(diff.new.file) (version \(diff.new.version))\n"
        if diff.changes.isEmpty { return out + "No changes.\n" }
        out += "\(count(diff.changes.count, "change")): \(material) material, \(editorial) editorial\n"
        // The notice's short references, so a bidder's question about "C-07" can be found here.
        var references: [Change: String] = [:]
        for (index, change) in diff.noticeChanges.enumerated() { references[change] = ChangeReference.make(index + 1) }
        for group in DiffGroups.make(diff) {
            out += "\n" + paint(group.heading, "1") + "\n"
            for change in group.changes {
                out += line(change, noticeReference: references[change]) + "\n"
            }
        }
        return out
    }

    func line(_ change: Change, noticeReference: String? = nil) -> String {
        let classification = change.classification == .material
            ? paint("material ", "1;33") : paint("editorial", "2")
        let kind = change.kind.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        var reference = change.reference.map { $0.hasPrefix("Lot ") ? "" : $0 + "  " } ?? ""
        if let old = change.oldReference, !old.hasPrefix("Lot ") { reference = "\(reference.trimmingSpaces) (was \(old))  " }
        let notice = noticeReference.map { "  [\($0)]" } ?? ""
        return "  \(classification)  \(kind)  \(reference)\(change.path): \(describe(change))\(notice)"
    }

    /// What happened to the value: `old → new`, the new value, words marked inside text.
    public func describe(_ change: Change) -> String {
        switch change.kind {
        case .added: return change.new ?? ""
        case .removed:
            if let lot = change.absorbedInto { return "\(change.old ?? "") → absorbed into \(lot.description)" }
            return change.old ?? ""
        case .moved: return "moved from \(change.old ?? "") to \(change.new ?? "")"
        case .renamed: return "renamed from \(change.old ?? "") to \(change.new ?? "")"
        case .changed:
            guard let words = change.words else {
                let values = "\(change.old ?? "") → \(change.new ?? "")"
                return change.note.map { "\(values) (\($0))" } ?? values
            }
            guard colour else { return words.plain }
            return words.segments.map { segment in
                switch segment.operation {
                case .equal: return segment.text
                case .delete: return paint(segment.text, "9;31")
                case .insert: return paint(segment.text, "32")
                }
            }.joined(separator: " ")
        }
    }

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// Changes grouped for reading: the specification as a whole, then each lot of the
/// new version in order, then lots only the old version had.
enum DiffGroups {
    struct Group {
        var heading: String
        var lot: Change.LotSummary?
        var changes: [Change]
    }

    static func make(_ diff: SpecificationDiff, changes: [Change]? = nil) -> [Group] {
        let changes = changes ?? diff.changes
        var general = Group(heading: "Specification", lot: nil, changes: [])
        var newLots: [String: Group] = [:]
        var oldLots: [String: Group] = [:]
        let newIDs = diff.newLotIDs
        for change in changes {
            guard let lot = change.lot else {
                general.changes.append(change)
                continue
            }
            if newIDs.contains(lot.id) && !(change.kind == .removed && change.key.count == 2) {
                newLots[lot.id, default: Group(heading: lot.description, lot: lot, changes: [])].changes.append(change)
            } else {
                oldLots[lot.id, default: Group(heading: "\(lot.description) (old version)", lot: lot, changes: [])]
                    .changes.append(change)
            }
        }
        let sortedNew = newLots.values.sorted { ($0.lot?.number ?? 0, $0.lot?.id ?? "") < ($1.lot?.number ?? 0, $1.lot?.id ?? "") }
        let sortedOld = oldLots.values.sorted { ($0.lot?.number ?? 0, $0.lot?.id ?? "") < ($1.lot?.number ?? 0, $1.lot?.id ?? "") }
        return ([general] + sortedNew + sortedOld).filter { !$0.changes.isEmpty }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
