/// "Did you mean …?": the closest candidate by edit distance, if it is close enough
/// to be a plausible typo.
///
/// Bounded: a word or candidate longer than `maximumLength` characters is never a
/// typo of a key (keys are short names), so no distance is computed for it, and the
/// distance itself stops as soon as it exceeds the limit. A file of ten 2 MB keys
/// costs nothing here.
public enum Suggestion {
    /// Longer words and candidates get no suggestion.
    public static let maximumLength = 64

    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= maximumLength * 4 else { return nil }
        let lowered = Array(word.lowercased().unicodeScalars)
        guard lowered.count <= maximumLength else { return nil }
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            guard candidate.utf8.count <= maximumLength * 4 else { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            guard other.count <= maximumLength else { continue }
            let limit = max(2, candidate.count / 3)
            guard let distance = boundedDistance(lowered, other, limit: limit) else { continue }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        return boundedDistance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The edit distance when it is at most `limit`, else nil; gives up as soon as a
    /// whole row exceeds the limit.
    static func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// A note for a finding: "did you mean `hoursPerWeek`?", or none.
    public static func note(for word: String, in candidates: [String]) -> [String] {
        closest(to: word, in: candidates).map { ["did you mean `\($0)`?"] } ?? []
    }
}
