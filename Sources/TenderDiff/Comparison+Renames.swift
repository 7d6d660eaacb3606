import TenderModel

/// Renames: an element of the old version left without a partner by its id, and one of
/// the new version likewise, in the same list (a lot's requirements, the lots, the
/// stages, a lot's KPIs, the criteria …), are the same element renamed when their
/// content is the same or nearly so.
///
/// *Content* is every value under the element (its own id aside), each as its key
/// relative to the element and its text. *Nearly the same* is a Dice similarity of at
/// least `threshold` (0.8) over the multisets of `relative key · word` tokens:
/// 2·|A ∩ B| / (|A| + |B|). Identical content is paired first, in document order; then,
/// when a list has at most `pairwiseBudget` candidate pairs, the most similar pairs
/// above the threshold, best first. A renamed element's values are then paired through
/// the new id, so what else changed in it is reported beside the rename. A rename with
/// identical content is editorial; otherwise it takes the classification of the most
/// significant change beside it.
enum Renames {
    static let threshold = 0.8
    static let pairwiseBudget = 10_000
}

extension Comparison {
    /// Index one past the last descendant of the element at `index`.
    static func descendantsEnd(_ records: [FieldRecord], from index: Int) -> Int {
        let key = records[index].key
        var end = index + 1
        while end < records.count, records[end].key.count > key.count,
              records[end].key.starts(with: key) { end += 1 }
        return end
    }

    /// The element's content: relative key and text of every value under it.
    static func content(_ records: [FieldRecord], _ index: Int) -> [String] {
        let depth = records[index].key.count
        return (index + 1..<descendantsEnd(records, from: index)).compactMap { i in
            let record = records[i]
            guard record.role != .element else { return record.key[depth...].joined(separator: "/") }
            return record.key[depth...].joined(separator: "/") + "=" + record.display
        }
    }

    static func tokens(_ content: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for line in content {
            let parts = line.split(separator: "=", maxSplits: 1)
            let key = parts.first.map(String.init) ?? ""
            let words = parts.count > 1 ? parts[1].split(whereSeparator: \.isWhitespace) : []
            if words.isEmpty { result[key, default: 0] += 1 }
            for word in words { result[key + "·" + word, default: 0] += 1 }
        }
        return result
    }

    static func similarity(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 1 }
        var shared = 0
        for (token, count) in a { shared += min(count, b[token] ?? 0) }
        return Double(2 * shared) / Double(total)
    }

    /// The old key as the new version spells it, through the renames found so far.
    func mapped(_ key: [String]) -> [String] {
        var prefix = key.count
        while prefix >= 2 {
            if let renamed = renamedPrefixes[key[..<prefix].joined(separator: "/")] {
                return renamed + key[prefix...]
            }
            prefix -= 1
        }
        return key
    }

    mutating func pairRenames() {
        // Only elements left without a partner by their id can be renamed.
        let unpairedOld = oldRecords.indices.filter { oldRecords[$0].role == .element && oldPartner[$0] == nil }
        let unpairedNew = newRecords.indices.filter { newRecords[$0].role == .element && newPartner[$0] == nil }
        guard !unpairedOld.isEmpty, !unpairedNew.isEmpty else { return }
        var depths = Set<Int>()
        for index in newRecords.indices where newRecords[index].role == .element { depths.insert(newRecords[index].key.count) }
        let elementDepths = depths.sorted()
        let newIndex = newVersion.index
        for depth in elementDepths {
            var oldGroups: [String: [Int]] = [:], newGroups: [String: [Int]] = [:]
            var groupOrder: [String] = []
            for index in unpairedOld where oldRecords[index].key.count == depth && oldPartner[index] == nil {
                let group = mapped(Array(oldRecords[index].key.dropLast())).joined(separator: "/")
                oldGroups[group, default: []].append(index)
            }
            for index in unpairedNew where newRecords[index].key.count == depth && newPartner[index] == nil {
                let group = newRecords[index].key.dropLast().joined(separator: "/")
                if newGroups[group] == nil { groupOrder.append(group) }
                newGroups[group, default: []].append(index)
            }
            for group in groupOrder {
                guard var olds = oldGroups[group], var news = newGroups[group] else { continue }
                // An element keyed by the id of a renamed element (a route from a stage)
                // follows the rename: the same element, not a rename of its own.
                if !renamedIDs.isEmpty {
                    let byID = Dictionary(news.map { (newRecords[$0].key.last ?? "", $0) }, uniquingKeysWith: { a, _ in a })
                    for o in olds {
                        guard let id = oldRecords[o].key.last, let target = renamedIDs[id], let n = byID[target],
                              newPartner[n] == nil else { continue }
                        acceptRename(old: o, new: n, identical: false, newIndex: newIndex, follows: true)
                    }
                    olds.removeAll { oldPartner[$0] != nil }
                    news.removeAll { newPartner[$0] != nil }
                }
                for (o, n, identical) in Comparison.matchRenames(olds: olds, news: news, old: oldRecords, new: newRecords) {
                    acceptRename(old: o, new: n, identical: identical, newIndex: newIndex)
                }
            }
        }
        pairRenamedMembers()
    }

    static func matchRenames(olds: [Int], news: [Int], old: [FieldRecord], new: [FieldRecord])
        -> [(Int, Int, Bool)] {
        var result: [(Int, Int, Bool)] = []
        let oldContent = olds.map { content(old, $0) }
        let newContent = news.map { content(new, $0) }
        var byContent: [[String]: [Int]] = [:]     // content -> positions in olds, in order
        for (position, content) in oldContent.enumerated() where !content.isEmpty {
            byContent[content, default: []].append(position)
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        for (position, content) in newContent.enumerated() {
            guard var candidates = byContent[content], !candidates.isEmpty else { continue }
            let first = candidates.removeFirst()
            byContent[content] = candidates
            usedOld.insert(first)
            usedNew.insert(position)
            result.append((olds[first], news[position], true))
        }
        let restOld = olds.indices.filter { !usedOld.contains($0) }
        let restNew = news.indices.filter { !usedNew.contains($0) }
        guard !restOld.isEmpty, !restNew.isEmpty, restOld.count * restNew.count <= Renames.pairwiseBudget else {
            return result
        }
        let oldTokens = restOld.map { tokens(oldContent[$0]) }
        let newTokens = restNew.map { tokens(newContent[$0]) }
        var candidates: [(score: Double, o: Int, n: Int)] = []
        for (i, a) in oldTokens.enumerated() where !a.isEmpty {
            for (j, b) in newTokens.enumerated() where !b.isEmpty {
                let score = similarity(a, b)
                if score >= Renames.threshold { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { ($0.score, -$0.o, -$0.n) > ($1.score, -$1.o, -$1.n) }
        var takenOld = Set<Int>(), takenNew = Set<Int>()
        for candidate in candidates where !takenOld.contains(candidate.o) && !takenNew.contains(candidate.n) {
            takenOld.insert(candidate.o)
            takenNew.insert(candidate.n)
            result.append((olds[restOld[candidate.o]], news[restNew[candidate.n]], false))
        }
        return result
    }

    mutating func acceptRename(old o: Int, new n: Int, identical: Bool, newIndex: [[String]: Int],
                               follows: Bool = false) {
        pair(o, n)
        let oldKey = oldRecords[o].key, newKey = newRecords[n].key
        renamedPrefixes[oldKey.joined(separator: "/")] = newKey
        if follows {
            pairDescendants(of: o, newIndex: newIndex)
            return
        }
        renamedNew.insert(n)
        if let from = oldKey.last, let to = newKey.last, renamedIDs[from] == nil { renamedIDs[from] = to }
        if identical { identicalRenames.insert(n) }
        if newKey.count == 2, newKey[0] == "lots" { renamedLots[newKey[1]] = oldKey[1] }
        pairDescendants(of: o, newIndex: newIndex)
    }

    mutating func pairDescendants(of o: Int, newIndex: [[String]: Int]) {
        for index in o + 1..<Comparison.descendantsEnd(oldRecords, from: o)
        where oldPartner[index] == nil && oldRecords[index].role != .item {
            if let partner = newIndex[mapped(oldRecords[index].key)], newPartner[partner] == nil,
               newRecords[partner].role != .item {
                pair(index, partner)
            }
        }
    }

    /// Members of id lists (a lot's `absorbs`, an area's `contains`) naming a renamed
    /// element follow the rename.
    mutating func pairRenamedMembers() {
        guard !renamedIDs.isEmpty else { return }
        var newIndex: [String: Int] = [:]
        for index in newRecords.indices where newRecords[index].role == .member && newPartner[index] == nil {
            newIndex[newRecords[index].keyPath] = index
        }
        for index in oldRecords.indices where oldRecords[index].role == .member && oldPartner[index] == nil {
            guard let last = oldRecords[index].key.last, let to = renamedIDs[last] else { continue }
            let key = (mapped(Array(oldRecords[index].key.dropLast())) + [to]).joined(separator: "/")
            if let partner = newIndex[key], newPartner[partner] == nil { pair(index, partner) }
        }
    }

    /// A rename with identical content is editorial; otherwise it is as significant as
    /// the most significant change made inside the renamed element.
    mutating func classifyRenames() {
        for index in changes.indices where changes[index].kind == .renamed {
            guard !identicalRenameKeys.contains(changes[index].keyPath) else { continue }
            let prefix = changes[index].keyPath + "/"
            let inside = changes.filter { $0.kind != .renamed && $0.keyPath.hasPrefix(prefix) }
            changes[index].classification = inside.map(\.classification).max() ?? .editorial
        }
    }
}
