/// Where a specification is in its life: what it must contain depends on it.
public enum Status: String, Sendable, Hashable, CaseIterable, Comparable {
    case draft
    case consultation
    case tender
    case awarded

    private var rank: Int { Status.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
}
