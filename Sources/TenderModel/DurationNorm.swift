/// How the specification's `maximumSupportDuration` is meant: as a hard limit, or
/// as a norm that "in practice needs to be flexible" (the staged-model seed: "others
/// may need a little longer than two years").
public struct DurationNorm: Sendable, Hashable {
    /// True when the duration is a norm some people may exceed, not a cap.
    public var flexible: Field<Bool>
    /// The source's own words about the flexibility.
    public var note: Field<String>?
    public var location: SourceLocation

    public init(flexible: Field<Bool>, note: Field<String>?, location: SourceLocation) {
        self.flexible = flexible
        self.note = note
        self.location = location
    }
}
