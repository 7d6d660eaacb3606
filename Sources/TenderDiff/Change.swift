public import TenderModel

/// One difference between two versions of a specification, in the model's terms.
public struct Change: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case added, removed, changed, moved
        /// An element whose id changed while its content stayed the same (or nearly:
        /// see `Renames`): `old` and `new` are the ids.
        case renamed

        /// The kind the same change has when the versions are swapped.
        public var inverse: Kind {
            switch self {
            case .added: return .removed
            case .removed: return .added
            case .changed, .moved, .renamed: return self
            }
        }
    }

    /// What a lot covers in fact, when its areas changed: the smallest areas (by name)
    /// it no longer covers and the ones it now covers too.
    public struct Coverage: Sendable, Hashable {
        public var dropped: [String]
        public var added: [String]

        /// "no longer covers Norwich; now also covers Breckland", or "the same areas".
        public var description: String {
            var parts: [String] = []
            if !dropped.isEmpty { parts.append("no longer covers " + Coverage.list(dropped)) }
            if !added.isEmpty { parts.append("now also covers " + Coverage.list(added)) }
            return parts.isEmpty ? "the same areas, written differently" : parts.joined(separator: "; ")
        }

        static func list(_ names: [String]) -> String {
            guard names.count > 1 else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// A lot as a change names it: "Lot 2 Housing related support service for …".
    public struct LotSummary: Sendable, Hashable {
        public var id: String
        public var number: Int
        public var title: String

        public var description: String { "Lot \(number) \(title)" }
    }

    public var kind: Kind
    public var classification: Classification
    /// The readable path: "Lot 2 · Requirement work-with-nsft · Strength".
    public var path: String
    /// The stable key: schema names and ids, the same in every version.
    public var key: [String]
    /// The schema key the classification comes from: `lots.requirements.strength`.
    public var fieldKey: String
    /// The value before (nil when added); for an element, a summary of it.
    public var old: String?
    /// The value after (nil when removed).
    public var new: String?
    /// How an officer cites the clause in the new version ("2.3", "Lot 2"), or in the old
    /// one when the clause is removed.
    public var reference: String?
    /// The clause's reference in the old version when it differs (a renumbered requirement).
    public var oldReference: String?
    /// The lot the change is in (in the new version, or the old one when removed).
    public var lot: LotSummary?
    /// For a lot of the old version that the new version treats as a current service:
    /// the new lot that absorbs it.
    public var absorbedInto: LotSummary?
    /// True when the value is free text: its words are compared.
    public var isProse: Bool
    /// Where the change is written: in the new file, or in the old one when removed.
    public var location: SourceLocation?
    /// Stable across runs and machines: FNV-1a 64 over kind, key, old and new.
    public var fingerprint: String
    /// Whether the value (the new one, or the old one when removed) is invented
    /// (`!illustrative`): bidder-facing documents mark it as the pack does.
    public var illustrative: Bool = false
    /// Whether the old value of a changed value was invented too.
    public var illustrativeBefore: Bool = false
    /// For a lot's areas: what it covers in fact, before and after.
    public var coverage: Coverage?
    /// What the change means when the values alone do not say it: "the same length,
    /// restated", "no longer covers Norwich".
    public var note: String?

    public init(kind: Kind, classification: Classification, path: String, key: [String], fieldKey: String,
                old: String?, new: String?, reference: String? = nil, oldReference: String? = nil,
                lot: LotSummary? = nil, absorbedInto: LotSummary? = nil, isProse: Bool = false,
                location: SourceLocation? = nil) {
        self.kind = kind
        self.classification = classification
        self.path = path
        self.key = key
        self.fieldKey = fieldKey
        self.old = old
        self.new = new
        self.reference = reference
        self.oldReference = oldReference
        self.lot = lot
        self.absorbedInto = absorbedInto
        self.isProse = isProse
        self.location = location
        self.fingerprint = Fingerprint.fnv1a64([kind.rawValue, key.joined(separator: "/"), old ?? "", new ?? ""])
    }

    /// The key as one string: `lots/complex-needs-support/requirements/work-with-nsft/strength`.
    public var keyPath: String { key.joined(separator: "/") }

    /// The words that changed, for a changed piece of text; nil otherwise.
    public var words: WordDiff? {
        guard kind == .changed, isProse, let old, let new else { return nil }
        return WordDiff(old: old, new: new)
    }

    /// One line saying what happened, without the path: "should → must", "added: …".
    public var summary: String {
        switch kind {
        case .added: return "added: \(new ?? "")"
        case .removed:
            if let absorbedInto { return "absorbed into \(absorbedInto.description)" }
            return "removed: \(old ?? "")"
        case .changed:
            if let words { return words.plain }
            return "\(old ?? "") → \(new ?? "")"
        case .moved: return "moved from \(old ?? "") to \(new ?? "")"
        case .renamed: return "renamed from \(old ?? "") to \(new ?? "")"
        }
    }
}

/// FNV-1a, 64 bits: a fingerprint that is the same on every run and machine (unlike
/// Swift's `Hasher`, which is seeded per process).
enum Fingerprint {
    static func fnv1a64(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                hash ^= 0x1F
                hash &*= 0x0000_0100_0000_01B3
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
