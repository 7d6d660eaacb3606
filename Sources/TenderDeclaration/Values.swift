public import TenderModel
import TenderLoading

/// Where a service is delivered, with its staffing cover and joint funders (a lot's or
/// current service's `setting:`). Resolved inside the declaration it is given to, so
/// it inherits that declaration's provenance.
public struct Setting: Sendable {
    let kind: Declared<TenderModel.Setting.Kind>
    let cover: Cover?
    let jointlyFundedBy: [Declared<String>]
    let provenance: Provenance?
    let location: SourceLocation

    public init(_ kind: Declared<TenderModel.Setting.Kind>, cover: Cover? = nil, jointlyFundedBy: [Declared<String>] = [],
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        self.kind = kind
        self.cover = cover
        self.jointlyFundedBy = jointlyFundedBy
        self.provenance = provenance
        location = SourceLocation(file: fileID, line: line, column: column)
    }

    func resolve(inheriting inherited: Provenance, notes: inout DeclarationNotes) -> TenderModel.Setting {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let model = TenderModel.Setting(kind: c.choice(kind, what: "setting"), cover: cover?.resolve(inheriting: c.provenance, notes: &c.notes),
                                        jointlyFundedBy: c.texts(jointlyFundedBy), location: location)
        notes.absorb(c.notes)
        return model
    }
}

/// Staffing cover of a setting: days a week, night cover, staffed hours, out of hours.
public struct Cover: Sendable {
    let daysPerWeek: Declared<Int>
    let nightCover: Declared<Bool>?
    let night: Declared<NightCover>?
    let hours: Declared<StaffedHours>?
    let outOfHours: Declared<String>?
    let outOfHoursCover: Declared<OutOfHoursCover>?
    let provenance: Provenance?
    let location: SourceLocation

    /// Give `night` (waking night, sleep-in…) or `nightCover` (whether there is any), or both.
    public init(daysPerWeek: Declared<Int>, nightCover: Declared<Bool>? = nil, night: Declared<NightCover>? = nil,
                hours: Declared<StaffedHours>? = nil, outOfHours: Declared<String>? = nil,
                outOfHoursCover: Declared<OutOfHoursCover>? = nil, provenance: Provenance? = nil,
                fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        self.daysPerWeek = daysPerWeek
        self.nightCover = nightCover
        self.night = night
        self.hours = hours
        self.outOfHours = outOfHours
        self.outOfHoursCover = outOfHoursCover
        self.provenance = provenance
        location = SourceLocation(file: fileID, line: line, column: column)
    }

    /// Staffed 24 hours a day, 7 days a week, with night cover (YAML's `cover: 24/7`).
    public static func twentyFourSeven(provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line,
                                       column: Int = #column) -> Cover {
        Cover(daysPerWeek: 7, nightCover: true, provenance: provenance, fileID: fileID, line: line, column: column)
    }

    func resolve(inheriting inherited: Provenance, notes: inout DeclarationNotes) -> TenderModel.Cover {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let days = c.integer(daysPerWeek, in: 1...7, what: "days a week") ?? c.plain(7)
        let nightField = c.choice(night, what: "night cover")
        let written = c.field(nightCover, what: "night cover")
        if written == nil && nightField == nil {
            c.report(LoaderRuleID.schemaMissingKey, at: location, "cover is missing required key `nightCover` (or `night`)")
        }
        let model = TenderModel.Cover(
            daysPerWeek: days, nightCover: written ?? nightField?.map(\.hasCover) ?? c.plain(false),
            outOfHours: c.field(outOfHours, what: "out of hours"), hours: c.field(hours, what: "staffed hours"),
            night: nightField, outOfHoursCover: c.choice(outOfHoursCover, what: "out-of-hours cover"), nightCoverWritten: written != nil,
            location: location)
        notes.absorb(c.notes)
        return model
    }
}

/// How long people are supported (`durations:`): a maximum (`"2 years"` or `"none"`),
/// when they are expected to move on, the typical stay.
public struct Durations: Sendable {
    let maximum: Declared<DurationLimit>?
    let expectedMoveOn: Declared<TenderModel.Duration>?
    let typical: Declared<TenderModel.Duration>?
    let note: Declared<String>?
    let provenance: Provenance?
    let location: SourceLocation

    public init(maximum: Declared<DurationLimit>? = nil, expectedMoveOn: Declared<TenderModel.Duration>? = nil,
                typical: Declared<TenderModel.Duration>? = nil, note: Declared<String>? = nil,
                provenance: Provenance? = nil, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
        self.maximum = maximum
        self.expectedMoveOn = expectedMoveOn
        self.typical = typical
        self.note = note
        self.provenance = provenance
        location = SourceLocation(file: fileID, line: line, column: column)
    }

    func resolve(inheriting inherited: Provenance, notes: inout DeclarationNotes) -> TenderModel.Durations {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let model = TenderModel.Durations(maximum: c.field(maximum, what: "maximum"),
                                          expectedMoveOn: c.field(expectedMoveOn, what: "expected move-on"),
                                          typical: c.field(typical, what: "typical duration"),
                                          note: c.field(note, what: "note"), location: location)
        notes.absorb(c.notes)
        return model
    }
}

extension DurationLimit: DeclarableText {
    public init?(declaredText: String) {
        if declaredText == "none" {
            self = .noLimit
        } else if let duration = TenderModel.Duration(parsing: declaredText) {
            self = .upTo(duration)
        } else {
            return nil
        }
    }

    public static var declaredTextForm: String { "a duration written `6 months`, or `none`" }
}

/// Hours of support per person per week (a lot's `hoursPerWeek:`).
public struct Hours: Sendable {
    enum Form: Sendable {
        case range(minimum: Declared<Double>?, maximum: Declared<Double>?, ceilingFrom: Declared<Double>?)
        indirect case variesWithNeed(typical: Hours?)
    }

    let form: Form
    let provenance: Provenance?
    let location: SourceLocation

    init(_ form: Form, provenance: Provenance?, fileID: String, line: Int, column: Int) {
        self.form = form
        self.provenance = provenance
        location = SourceLocation(file: fileID, line: line, column: column)
    }

    /// From `min` to `max` hours (`{min: 2, max: 5}`), or up to `max` when `min` is nil.
    public static func range(min: Declared<Double>? = nil, max: Declared<Double>, provenance: Provenance? = nil,
                             fileID: String = #fileID, line: Int = #line, column: Int = #column) -> Hours {
        Hours(.range(minimum: min, maximum: max, ceilingFrom: nil), provenance: provenance,
              fileID: fileID, line: line, column: column)
    }

    /// Up to `max` hours (`{upTo: 5}`).
    public static func upTo(_ max: Declared<Double>, provenance: Provenance? = nil,
                            fileID: String = #fileID, line: Int = #line, column: Int = #column) -> Hours {
        Hours(.range(minimum: nil, maximum: max, ceilingFrom: nil), provenance: provenance,
              fileID: fileID, line: line, column: column)
    }

    /// A ceiling that is itself a range: "up to 1–3 hours" (`{upTo: [1, 3]}`).
    public static func upTo(_ from: Declared<Double>, _ to: Declared<Double>, provenance: Provenance? = nil,
                            fileID: String = #fileID, line: Int = #line, column: Int = #column) -> Hours {
        Hours(.range(minimum: nil, maximum: to, ceilingFrom: from), provenance: provenance,
              fileID: fileID, line: line, column: column)
    }

    /// Hours that vary with need, with a typical range when one is stated.
    public static func variesWithNeed(typical: Hours? = nil, provenance: Provenance? = nil,
                                      fileID: String = #fileID, line: Int = #line, column: Int = #column) -> Hours {
        Hours(.variesWithNeed(typical: typical), provenance: provenance, fileID: fileID, line: line, column: column)
    }

    func resolve(note: Field<String>?, inheriting inherited: Provenance, notes: inout DeclarationNotes) -> Intensity? {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let value: SupportIntensity?
        switch form {
        case .range:
            value = range(&c).map { .hours($0) }
        case .variesWithNeed(let typical):
            value = .variesWithNeed(typical: typical.flatMap { $0.typicalRange(inheriting: c.provenance, notes: &c.notes) })
        }
        notes.absorb(c.notes)
        return value.map { Intensity(value: c.plain($0), note: note, location: location) }
    }

    private func typicalRange(inheriting inherited: Provenance, notes: inout DeclarationNotes) -> HoursRange? {
        var c = DeclarationContext(location: location, provenance: provenance, inherited: inherited)
        let value = range(&c)
        notes.absorb(c.notes)
        return value
    }

    private func range(_ c: inout DeclarationContext) -> HoursRange? {
        guard case .range(let minimum, let maximum, let ceilingFrom) = form else {
            c.report(LoaderRuleID.schemaInvalidValue, at: location, "a typical range of hours cannot itself vary with need")
            return nil
        }
        let hours = NumberRange.hoursPerWeek
        let min = c.number(minimum, in: hours, what: "minimum hours per week")
        let max = c.number(maximum, in: hours, what: "maximum hours per week")
        let from = c.number(ceilingFrom, in: hours, what: "hours per week")
        if let from, let max, from.value > max.value {
            c.report(LoaderRuleID.schemaInvalidValue, at: max.location,
                     "`upTo(\(HoursRange.format(from.value)), \(HoursRange.format(max.value)))` runs backwards; write the lower figure first")
            return nil
        }
        guard let max else { return nil }
        return HoursRange(minimum: min, maximum: max, ceilingFrom: from, location: location)
    }
}

/// The areas a service covers: `.all`, or a list of area ids (`["norwich", "broadland"]`).
public struct Areas: Sendable, ExpressibleByArrayLiteral {
    let ids: [Declared<String>]?
    let provenance: Provenance?

    /// Every area of the specification.
    public static let all = Areas(ids: nil, provenance: nil)

    /// The named areas (their leaves, where areas contain others).
    public init(arrayLiteral elements: Declared<String>...) {
        self.init(ids: elements, provenance: nil)
    }

    /// The named areas.
    public static func areas(_ ids: [Declared<String>]) -> Areas { Areas(ids: ids, provenance: nil) }

    init(ids: [Declared<String>]?, provenance: Provenance?) {
        self.ids = ids
        self.provenance = provenance
    }

    /// The same selection with its own provenance (`.all.provenance(.illustrative)`).
    public func provenance(_ provenance: Provenance) -> Areas { Areas(ids: ids, provenance: provenance) }

    func resolve(_ c: inout DeclarationContext) -> AreaSelection {
        guard let ids else { return .all(c.location, provenance: provenance ?? c.provenance) }
        guard let provenance else { return .areas(c.ids(ids, what: "area id")) }
        return .areas(ids.map { c.id($0.provenance == nil ? Declared.withProvenance(provenance, $0) : $0, what: "area id") })
    }
}

extension Declared {
    static func withProvenance(_ provenance: Provenance, _ value: Declared<Value>) -> Declared<Value> {
        var copy = value
        copy.provenance = provenance
        return copy
    }
}
