public import TenderModel

/// A value written in a Swift declaration, with the provenance and place it was given
/// when they differ from its declaration's: `85`, `.illustrative(85)`,
/// `.source("sp-outcomes", 85)`.
///
/// Plain literals take the provenance and location of the declaration they are written
/// in, as a YAML scalar takes its mapping's; a wrapped value keeps where its wrapper is
/// written, so a finding about it points at that line.
public struct Declared<Value: Sendable>: Sendable {
    /// The value, or nil when a text literal (a date, a duration) could not be read.
    var value: Value?
    /// The literal text that could not be read, for the finding.
    var unreadableText: String?
    var provenance: Provenance?
    var location: SourceLocation?

    /// A value with its declaration's provenance.
    public init(_ value: Value) {
        self.value = value
    }

    init(unreadable text: String) {
        self.unreadableText = text
    }

    /// A value invented for the example: it is marked as illustrative wherever it is shown.
    public static func illustrative(_ value: Declared<Value>, fileID: String = #fileID, line: Int = #line,
                                    column: Int = #column) -> Declared<Value> {
        var copy = value
        copy.provenance = .illustrative
        copy.location = SourceLocation(file: fileID, line: line, column: column)
        return copy
    }

    /// A value taken from the source `id` (declared with ``Source``).
    public static func source(_ id: String, _ value: Declared<Value>, fileID: String = #fileID, line: Int = #line,
                              column: Int = #column) -> Declared<Value> {
        var copy = value
        copy.provenance = .source(id)
        copy.location = SourceLocation(file: fileID, line: line, column: column)
        return copy
    }
}

extension Declared: ExpressibleByIntegerLiteral where Value: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Value.IntegerLiteralType) {
        self.init(Value(integerLiteral: value))
    }
}

extension Declared: ExpressibleByFloatLiteral where Value: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Value.FloatLiteralType) {
        self.init(Value(floatLiteral: value))
    }
}

extension Declared: ExpressibleByBooleanLiteral where Value: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Value.BooleanLiteralType) {
        self.init(Value(booleanLiteral: value))
    }
}

extension Declared: ExpressibleByUnicodeScalarLiteral where Value: DeclarableText {
    public init(unicodeScalarLiteral value: String) { self.init(text: value) }
}

extension Declared: ExpressibleByExtendedGraphemeClusterLiteral where Value: DeclarableText {
    public init(extendedGraphemeClusterLiteral value: String) { self.init(text: value) }
}

extension Declared: ExpressibleByStringLiteral where Value: DeclarableText {
    public init(stringLiteral value: String) { self.init(text: value) }

    init(text: String) {
        if let value = Value(declaredText: text) {
            self.init(value)
        } else {
            self.init(unreadable: text)
        }
    }
}

extension Declared: ExpressibleByStringInterpolation where Value: DeclarableText {}

/// A value that can be written as text in a declaration, the way the YAML writes it:
/// `"2013-09-30"` for a date, `"6 months"` for a duration, `"09:00-18:00"` for staffed hours.
public protocol DeclarableText: Sendable {
    /// The value the text stands for, or nil when it is not one (reported where it is written).
    init?(declaredText: String)
    /// What the text should look like, for the finding when it cannot be read.
    static var declaredTextForm: String { get }
}

extension String: DeclarableText {
    public init?(declaredText: String) { self = declaredText }
    public static var declaredTextForm: String { "text" }
}

extension CalendarDate: DeclarableText {
    public init?(declaredText: String) { self.init(parsing: declaredText) }
    public static var declaredTextForm: String { "a date written `2014-04-01`, `2014-04` or `2014`" }
}

extension TenderModel.Duration: DeclarableText {
    public init?(declaredText: String) { self.init(parsing: declaredText) }
    public static var declaredTextForm: String { "a duration written `6 months` (days, weeks, months or years)" }
}

extension TimeOfDay: DeclarableText {
    public init?(declaredText: String) { self.init(milestone: declaredText) }
    public static var declaredTextForm: String { "a time of day written `12:00` (24-hour clock) or `noon`" }
}

extension StaffedHours: DeclarableText {
    public init?(declaredText: String) {
        if declaredText == "24-hours" {
            self = .roundTheClock
            return
        }
        let parts = declaredText.replacing("–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let from = TimeOfDay(parsing: String(parts[0]).trimmingSpaces),
              let to = TimeOfDay(parsing: String(parts[1]).trimmingSpaces) else { return nil }
        self = .span(from: from, to: to)
    }

    public static var declaredTextForm: String { "staffed hours written `09:00-18:00` (24-hour clock) or `24-hours`" }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
