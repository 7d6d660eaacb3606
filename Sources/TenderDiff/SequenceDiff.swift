/// Myers' O((N+M)·D) difference of two sequences: the shortest edit script, as a
/// list of kept, deleted and inserted positions in order. Used on the words of a
/// changed clause and on lists of paragraphs (which have no ids to match by).
enum SequenceDiff {
    enum Step: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    static func steps<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var result = (0..<prefix).map { Step.keep($0, $0) }
        result += middle(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
            .map { step in
                switch step {
                case .keep(let i, let j): return .keep(i + prefix, j + prefix)
                case .delete(let i): return .delete(i + prefix)
                case .insert(let j): return .insert(j + prefix)
                }
            }
        result += (0..<suffix).map { Step.keep(a.count - suffix + $0, b.count - suffix + $0) }
        return result
    }

    private static func middle<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let maximum = n + m
        let offset = maximum
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        search: for d in 0...maximum {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m { break search }
            }
        }
        // Walk the trace back from (n, m).
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                steps.append(.keep(x, y))
            }
            if d > 0 {
                if x == previousX { steps.append(.insert(previousY)) } else { steps.append(.delete(previousX)) }
            }
            x = previousX
            y = previousY
        }
        return steps.reversed()
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
