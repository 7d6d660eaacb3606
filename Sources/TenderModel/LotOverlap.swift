/// A lot that covers some of another lot's areas on purpose ("a city-wide specialist
/// lot over a locality lot"), and why.
public struct LotOverlap: Sendable, Hashable {
    /// The id of the other lot.
    public var lot: Field<String>
    public var reason: Field<String>
    public var location: SourceLocation

    public init(lot: Field<String>, reason: Field<String>, location: SourceLocation) {
        self.lot = lot
        self.reason = reason
        self.location = location
    }
}
