/// A service running today that the specification replaces. Each must end up
/// absorbed by exactly one new service, or be explicitly decommissioned.
public struct CurrentService: Sendable, Hashable {
    public var id: Field<String>
    public var name: Field<String>
    public var description: Field<String>?
    public var setting: Setting?
    public var durations: Durations?
    public var areas: AreaSelection?
    public var partners: [Field<String>]
    /// Why it ends without a successor, when it does.
    public var decommissioned: Field<String>?
    public var location: SourceLocation

    public init(id: Field<String>, name: Field<String>, description: Field<String>?, setting: Setting?,
                durations: Durations?, areas: AreaSelection?, partners: [Field<String>],
                decommissioned: Field<String>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.setting = setting
        self.durations = durations
        self.areas = areas
        self.partners = partners
        self.decommissioned = decommissioned
        self.location = location
    }
}
