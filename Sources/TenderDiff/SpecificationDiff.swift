public import TenderModel

/// The changes between two versions of a specification, and every value of both
/// aligned (for a redline).
///
/// Elements are matched by their stable keys through dictionaries, never by position,
/// so the cost grows with the size of the specifications: reordering clauses is a
/// move, renumbering is not a change of content. Paragraph lists, which have no ids,
/// are aligned by content. Words are compared only inside changed text.
public struct SpecificationDiff: Sendable {
    /// One specification as the diff names it.
    public struct Side: Sendable, Hashable {
        public var file: String
        public var id: String
        public var title: String
        public var version: String
    }

    /// A value of either version and what happened to it, in reading order.
    public struct Row: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable {
            case same, added, removed, changed
        }

        public var status: Status
        public var old: FieldRecord?
        public var new: FieldRecord?
        /// Set when the element this row stands for moved within its list.
        public var moved: Bool = false
        /// Set when the element this row stands for was renamed (its id changed).
        public var renamed: Bool = false

        /// The record shown: the new one, or the old one when removed.
        public var record: FieldRecord { new ?? old! }
    }

    public var old: Side
    public var new: Side
    /// Sorted in reading order of the new version (removed values where they were).
    public var changes: [Change]
    /// Every value of both versions, in the same order.
    public var rows: [Row]
    /// How bidder-facing documents name things and write values.
    public var words: BidderWords
    /// The ids of the new version's lots.
    var newLotIDs: Set<String> = []

    public var materialChanges: [Change] { changes.filter { $0.classification == .material } }
    /// The material changes told to bidders (the notice, the redline's summary, the OCDS
    /// amendment): a rename only changes an internal id, so it is not listed; what
    /// changed inside the renamed element is.
    public var noticeChanges: [Change] { materialChanges.filter { $0.kind != .renamed } }
    public var isEmpty: Bool { changes.isEmpty }

    /// Compares two versions; `policy` overrides the classification table.
    public init(old oldSpecification: Specification, new newSpecification: Specification,
                policy: DiffPolicy = DiffPolicy()) {
        self.init(old: Version(oldSpecification), new: Version(newSpecification), policy: policy)
    }

    /// Compares two versions already reduced (`Version`), so that their models need not
    /// both be in memory. `rows` and `words` are built when both versions were reduced
    /// with that need; otherwise they are empty (the changes are the same either way).
    public init(old oldVersion: Version, new newVersion: Version, policy: DiffPolicy = DiffPolicy()) {
        old = oldVersion.side
        new = newVersion.side
        let needs = oldVersion.needs.intersection(newVersion.needs)
        let comparison = Comparison(old: oldVersion, new: newVersion, policy: policy, rows: needs.contains(.rows))
        changes = comparison.changes
        rows = comparison.rows
        words = BidderWords(old: oldVersion.words, new: newVersion.words)
        newLotIDs = newVersion.lotIDs
    }
}

extension SpecificationDiff.Side {
    init(specification: Specification) {
        self.init(file: specification.file, id: specification.id.value, title: specification.title.value,
                  version: specification.version.value)
    }
}

/// The work of one comparison: pairing records, then reading changes off the pairs.
struct Comparison {
    let oldVersion: SpecificationDiff.Version
    let newVersion: SpecificationDiff.Version
    let oldRecords: [FieldRecord]
    let newRecords: [FieldRecord]
    let policy: DiffPolicy
    /// Whether `rows` are built (the redline's); the changes do not depend on them.
    let buildsRows: Bool
    /// For each old record, its partner in the new version, and the reverse.
    var oldPartner: Partners
    var newPartner: Partners
    var movedNew = Set<Int>()
    /// New lot id -> old lot id, for lots recognised as renamed.
    var renamedLots: [String: String] = [:]
    /// Old element key path -> new key, for every element recognised as renamed.
    var renamedPrefixes: [String: [String]] = [:]
    /// New indices of renamed elements, and of those whose content is identical.
    var renamedNew = Set<Int>()
    /// Old id -> new id of every renamed element: references to it follow the rename.
    var renamedIDs: [String: String] = [:]
    var identicalRenames = Set<Int>()
    /// Key paths (new) of renames with identical content.
    var identicalRenameKeys = Set<String>()
    /// 1-based position of each element record among its siblings (0 for other records).
    let oldPositions: [Int32]
    let newPositions: [Int32]
    var changes: [Change] = []
    var rows: [SpecificationDiff.Row] = []

    init(old: SpecificationDiff.Version, new: SpecificationDiff.Version, policy: DiffPolicy, rows: Bool = true) {
        oldVersion = old
        newVersion = new
        oldRecords = old.records
        newRecords = new.records
        self.policy = policy
        buildsRows = rows
        oldPartner = Partners(count: oldRecords.count)
        newPartner = Partners(count: newRecords.count)
        oldPositions = Comparison.positions(old)
        newPositions = Comparison.positions(new)
        pairByKey()
        pairRenames()
        pairParagraphs()
        findMoves()
        collect(oldLots: old.lots, newLots: new.lots, absorbers: new.absorbers)
        compareCoverage(old: old, new: new)
        classifyRenames()
        markIllustrative()
    }

    static func lots(_ specification: Specification) -> [String: Change.LotSummary] {
        Dictionary(specification.lots.map {
            ($0.id.value, Change.LotSummary(id: $0.id.value, number: $0.number.value, title: $0.title.value))
        }, uniquingKeysWith: { a, _ in a })
    }

    mutating func pairByKey() {
        for index in newRecords.indices where newRecords[index].role != .item {
            if let partner = oldVersion.index[newVersion.uniqueKey(index)], oldRecords[partner].role != .item {
                newPartner[index] = partner
                oldPartner[partner] = index
            }
        }
    }

    /// Paragraph lists have no ids: align them by content, and pair what is left in
    /// each gap in order (a reworded paragraph), so inserting one is one addition.
    mutating func pairParagraphs() {
        func groups(_ version: SpecificationDiff.Version, mapping: Bool) -> [ArraySlice<String>: [Int]] {
            var result: [ArraySlice<String>: [Int]] = [:]
            let records = version.records
            for index in records.indices where records[index].role == .item {
                let parent = mapping ? ArraySlice(mapped(Array(records[index].key.dropLast())))
                    : version.parentKey(index)
                result[parent, default: []].append(index)
            }
            return result
        }
        let oldGroups = groups(oldVersion, mapping: !renamedPrefixes.isEmpty)
        for (group, newIndices) in groups(newVersion, mapping: false) {
            guard let oldIndices = oldGroups[group] else { continue }
            let steps = SequenceDiff.steps(oldIndices.map { oldRecords[$0].display }, newIndices.map { newRecords[$0].display })
            var deleted: [Int] = [], inserted: [Int] = []
            func pairGap() {
                for (o, n) in zip(deleted, inserted) { pair(oldIndices[o], newIndices[n]) }
                deleted = []
                inserted = []
            }
            for step in steps {
                switch step {
                case .keep(let o, let n):
                    pairGap()
                    pair(oldIndices[o], newIndices[n])
                case .delete(let o): deleted.append(o)
                case .insert(let n): inserted.append(n)
                }
            }
            pairGap()
        }
    }

    mutating func pair(_ oldIndex: Int, _ newIndex: Int) {
        oldPartner[oldIndex] = newIndex
        newPartner[newIndex] = oldIndex
    }

    /// Among matched elements of the same list, the ones outside a longest run kept in
    /// order have moved; everything else only shifted around them.
    mutating func findMoves() {
        var siblings: [ArraySlice<String>: [Int]] = [:]      // parent key -> old element indices, in old order
        var order: [ArraySlice<String>] = []
        for index in oldRecords.indices where oldRecords[index].role == .element && oldPartner[index] != nil
            && !Meaning.unorderedLists.contains(oldRecords[index].fieldKey) {
            let parent = oldVersion.parentKey(index)
            if siblings[parent] == nil { order.append(parent) }
            siblings[parent, default: []].append(index)
        }
        for parent in order {
            let olds = siblings[parent] ?? []
            let news = olds.map { oldPartner[$0] ?? 0 }
            let kept = SequenceDiff.longestIncreasingSubsequence(news)
            for (position, newIndex) in news.enumerated() where !kept.contains(position) { movedNew.insert(newIndex) }
        }
    }

    /// Whether a proper ancestor element of `record` is unpaired (added or removed as a whole).
    static func underUnpairedElement(_ record: FieldRecord, unpaired: Set<String>) -> Bool {
        guard !unpaired.isEmpty, record.key.count > 2 else { return false }
        var prefix = ""
        for (index, component) in record.key.dropLast().enumerated() {
            prefix += (index == 0 ? "" : "/") + component
            if unpaired.contains(prefix) { return true }
        }
        return false
    }

    mutating func collect(oldLots: [String: Change.LotSummary], newLots: [String: Change.LotSummary],
                          absorbers: [String: String]) {
        let addedElements = Set(newRecords.indices.filter { newRecords[$0].role == .element && newPartner[$0] == nil }
            .map { newRecords[$0].keyPath })
        let removedElements = Set(oldRecords.indices.filter { oldRecords[$0].role == .element && oldPartner[$0] == nil }
            .map { oldRecords[$0].keyPath })
        // Old lots that the new version lists as current services absorbed by its lots.
        var absorbed: [String: Change.LotSummary] = [:]
        for key in removedElements {
            let parts = key.split(separator: "/").map(String.init)
            guard parts.count == 2, parts[0] == "lots", let lot = absorbers[parts[1]].flatMap({ newLots[$0] }) else { continue }
            absorbed[parts[1]] = lot
        }

        func lot(of record: FieldRecord, in lots: [String: Change.LotSummary]) -> Change.LotSummary? {
            guard record.key.count >= 2, record.key[0] == "lots" else { return nil }
            return lots[record.key[1]]
        }
        func value(_ record: FieldRecord) -> String { record.display }

        // Removed records are read where they were: after the last record before them
        // that both versions have.
        var removedAfter: [Int: [Int]] = [:]     // new index (or -1) -> old indices
        var lastShared = -1
        var removedCount = 0
        for index in oldRecords.indices {
            if let partner = oldPartner[index] {
                lastShared = max(lastShared, partner)
                continue
            }
            removedAfter[lastShared, default: []].append(index)
            removedCount += 1
        }
        // A row per new record and per removed one: sized once, not grown by copying.
        if buildsRows { rows.reserveCapacity(newRecords.count + removedCount) }

        func emitRemoved(_ oldIndex: Int) {
            let record = oldRecords[oldIndex]
            if buildsRows { rows.append(.init(status: .removed, old: record, new: nil)) }
            guard !Comparison.underUnpairedElement(record, unpaired: removedElements) else { return }
            var absorbedInto: Change.LotSummary?
            if record.key.count == 2, record.key[0] == "lots" { absorbedInto = absorbed[record.key[1]] }
            changes.append(Change(
                kind: .removed, classification: classify(record.fieldKey), path: record.pathDescription,
                key: record.key, fieldKey: record.fieldKey, old: value(record), new: nil,
                reference: record.reference, lot: lot(of: record, in: oldLots), absorbedInto: absorbedInto,
                isProse: record.isProse, location: record.location))
        }

        for oldIndex in removedAfter[-1] ?? [] { emitRemoved(oldIndex) }
        for newIndex in newRecords.indices {
            if let oldIndex = newPartner[newIndex] {
                let moved = movedNew.contains(newIndex)
                if newRecords[newIndex].role == .element {
                    let record = newRecords[newIndex], before = oldRecords[oldIndex]
                    if buildsRows { rows.append(.init(status: .same, old: before, new: record, moved: moved)) }
                    if renamedNew.contains(newIndex) {
                        if buildsRows { rows[rows.count - 1].renamed = true }
                        let identical = identicalRenames.contains(newIndex)
                        if identical { identicalRenameKeys.insert(record.keyPath) }
                        changes.append(Change(
                            kind: .renamed, classification: .editorial, path: record.pathDescription,
                            key: record.key, fieldKey: record.fieldKey,
                            old: before.key.last, new: record.key.last, reference: record.reference,
                            oldReference: before.reference != record.reference ? before.reference : nil,
                            lot: lot(of: record, in: newLots), location: record.location))
                        changes[changes.count - 1].note = identical
                            ? "the same content under a new identifier" : "renamed, with the changes listed beside it"
                    }
                    if moved {
                        let oldPosition = oldPositions[oldIndex]
                        let newPosition = newPositions[newIndex]
                        changes.append(Change(
                            kind: .moved, classification: ClassificationTable.classify(record.fieldKey, moved: true, overrides: policy.classification),
                            path: record.pathDescription, key: record.key, fieldKey: record.fieldKey,
                            old: "position \(oldPosition)", new: "position \(newPosition)",
                            reference: record.reference,
                            oldReference: before.reference != record.reference ? before.reference : nil,
                            lot: lot(of: record, in: newLots), location: record.location))
                    }
                } else if oldRecords[oldIndex].display != newRecords[newIndex].display
                            && renamedIDs[oldRecords[oldIndex].display] != newRecords[newIndex].display {
                    let record = newRecords[newIndex], before = oldRecords[oldIndex]
                    if buildsRows { rows.append(.init(status: .changed, old: before, new: record)) }
                    let changeKey = record.role == .item ? before.key : record.key
                    // The same value written another way ("2 years" as "24 months") is a
                    // restatement: the words change, the meaning does not.
                    let restated = Meaning.sameMeaning(record.fieldKey, before.display, record.display)
                    changes.append(Change(
                        kind: .changed, classification: restated ? .editorial : classify(record.fieldKey), path: record.pathDescription,
                        key: changeKey, fieldKey: record.fieldKey, old: value(before), new: value(record),
                        reference: record.reference,
                        oldReference: before.reference != record.reference ? before.reference : nil,
                        lot: lot(of: record, in: newLots), isProse: record.isProse, location: record.location))
                    if restated { changes[changes.count - 1].note = "the same length, restated" }
                } else if buildsRows {
                    rows.append(.init(status: .same, old: oldRecords[oldIndex], new: newRecords[newIndex]))
                }
            } else {
                let record = newRecords[newIndex]
                if buildsRows { rows.append(.init(status: .added, old: nil, new: record)) }
                let suppressed = Comparison.underUnpairedElement(record, unpaired: addedElements)
                    || (record.key.count == 2 && record.key[0] == "currentServices" && absorbed[record.key[1]] != nil)
                if !suppressed {
                    changes.append(Change(
                        kind: .added, classification: classify(record.fieldKey), path: record.pathDescription,
                        key: record.key, fieldKey: record.fieldKey, old: nil, new: value(record),
                        reference: record.reference, lot: lot(of: record, in: newLots),
                        isProse: record.isProse, location: record.location))
                }
            }
            for oldIndex in removedAfter[newIndex] ?? [] { emitRemoved(oldIndex) }
        }
    }

    /// Marks each change whose value is invented (or whose element is).
    mutating func markIllustrative() {
        let newInvented = Set(newRecords.indices.filter { newRecords[$0].provenance.isIllustrative }
            .map { newRecords[$0].keyPath })
        let oldInvented = Set(oldRecords.indices.filter { oldRecords[$0].provenance.isIllustrative }
            .map { oldRecords[$0].keyPath })
        guard !newInvented.isEmpty || !oldInvented.isEmpty else { return }
        for index in changes.indices {
            let change = changes[index]
            changes[index].illustrative = change.kind == .removed
                ? oldInvented.contains(change.keyPath) : newInvented.contains(change.keyPath)
            if change.kind == .changed {
                let oldKey = change.key.count >= 2 ? oldKeyOf(change) : change.keyPath
                changes[index].illustrativeBefore = oldInvented.contains(oldKey)
            }
        }
    }

    /// The key a changed value had in the old version (through renames).
    func oldKeyOf(_ change: Change) -> String {
        guard !renamedPrefixes.isEmpty else { return change.keyPath }
        let reverse = Dictionary(renamedPrefixes.map { ($0.value.joined(separator: "/"), $0.key) }, uniquingKeysWith: { a, _ in a })
        var length = change.key.count
        while length >= 2 {
            if let old = reverse[change.key[..<length].joined(separator: "/")] {
                return ([old] + change.key[length...]).joined(separator: "/")
            }
            length -= 1
        }
        return change.keyPath
    }

    func classify(_ fieldKey: String) -> Classification {
        ClassificationTable.classify(fieldKey, overrides: policy.classification)
    }

    /// 1-based position of each element among its siblings (same parent, same list).
    static func positions(_ version: SpecificationDiff.Version) -> [Int32] {
        var counters: [ArraySlice<String>: Int32] = [:]
        let records = version.records
        var result = [Int32](repeating: 0, count: records.count)
        for index in records.indices where records[index].role == .element {
            let parent = version.parentKey(index)
            let next = (counters[parent] ?? 0) + 1
            counters[parent] = next
            result[index] = next
        }
        return result
    }
}

/// For each record of one version, the index of its partner in the other (nil when it
/// has none): four bytes a record where `[Int?]` takes sixteen, for as long as the
/// comparison lives.
struct Partners {
    private var storage: [Int32]

    init(count: Int) {
        storage = Array(repeating: -1, count: count)
    }

    subscript(index: Int) -> Int? {
        get {
            let value = storage[index]
            return value < 0 ? nil : Int(value)
        }
        set { storage[index] = newValue.map { Int32($0) } ?? -1 }
    }
}
