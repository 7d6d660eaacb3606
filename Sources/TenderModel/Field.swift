/// A value from a specification with where it was written and where it comes from.
///
/// Equality and hashing look at the value only, as Yams does with its marks: two
/// specifications that say the same thing are equal wherever they say it.
public struct Field<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation
    public var provenance: Provenance

    public init(_ value: Value, at location: SourceLocation, provenance: Provenance) {
        self.value = value
        self.location = location
        self.provenance = provenance
    }

    /// The same location and provenance around another value.
    public func map<T>(_ transform: (Value) -> T) -> Field<T> {
        Field<T>(transform(value), at: location, provenance: provenance)
    }
}

extension Field: Equatable where Value: Equatable {
    public static func == (lhs: Field, rhs: Field) -> Bool { lhs.value == rhs.value }
}

extension Field: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Field: CustomStringConvertible {
    public var description: String { "\(value)" }
}
