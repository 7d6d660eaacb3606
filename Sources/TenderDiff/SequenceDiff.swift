/// The alignment of two sequences (the words of a changed clause, lists of paragraphs,
/// which have no ids to match by) as kept, deleted and inserted positions in order:
/// the standard library's `CollectionDifference` (Myers' shortest edit script) read as
/// steps. Moves are found separately, on matched elements (`longestIncreasingSubsequence`).
enum SequenceDiff {
    enum Step: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    static func steps<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        var removed = [Bool](repeating: false, count: a.count)
        var inserted = [Bool](repeating: false, count: b.count)
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        // What is neither removed nor inserted is kept, in the same order on both sides.
        var steps: [Step] = []
        steps.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed[i] {
                steps.append(.delete(i))
                i += 1
            } else if j < b.count, inserted[j] {
                steps.append(.insert(j))
                j += 1
            } else {
                steps.append(.keep(i, j))
                i += 1
                j += 1
            }
        }
        return steps
    }

    /// Positions (in `values`) of one longest strictly increasing subsequence, in
    /// O(n log n); ties keep the earliest candidates, so the result is deterministic.
    static func longestIncreasingSubsequence(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result = Set<Int>()
        var current = tails.last ?? -1
        while current >= 0 {
            result.insert(current)
            current = previous[current]
        }
        return result
    }
}

/// A word-level comparison of two texts: what stayed, what went, what came.
public struct WordDiff: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable, Codable {
        case equal, delete, insert
    }

    /// A run of words with one operation, words separated by single spaces.
    public struct Segment: Sendable, Hashable {
        public var operation: Operation
        public var text: String
    }

    public var segments: [Segment]

    public init(old: String, new: String) {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        // Within a run of changes, the deleted words first, then the inserted ones.
        var segments: [Segment] = []
        var kept: [String] = [], deleted: [String] = [], inserted: [String] = []
        func flushChanges() {
            if !deleted.isEmpty { segments.append(Segment(operation: .delete, text: deleted.joined(separator: " "))) }
            if !inserted.isEmpty { segments.append(Segment(operation: .insert, text: inserted.joined(separator: " "))) }
            deleted = []
            inserted = []
        }
        func flushKept() {
            if !kept.isEmpty { segments.append(Segment(operation: .equal, text: kept.joined(separator: " "))) }
            kept = []
        }
        for step in SequenceDiff.steps(a, b) {
            switch step {
            case .keep(let i, _):
                flushChanges()
                kept.append(a[i])
            case .delete(let i):
                flushKept()
                deleted.append(a[i])
            case .insert(let j):
                flushKept()
                inserted.append(b[j])
            }
        }
        flushChanges()
        flushKept()
        self.segments = segments
    }

    /// `[-old-]{+new+}` inline, as `git diff --word-diff=plain` writes it.
    public var plain: String {
        segments.map { segment in
            switch segment.operation {
            case .equal: return segment.text
            case .delete: return "[-\(segment.text)-]"
            case .insert: return "{+\(segment.text)+}"
            }
        }.joined(separator: " ")
    }
}
