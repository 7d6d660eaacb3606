/// A picture with a text alternative: nothing is only in the picture.
public struct Figure: Sendable, Hashable {
    public var id: String?
    /// The picture as an SVG element tree (the pathway diagram); writers embed it (HTML
    /// inline `svg`, ODF/DOCX an SVG image) or fall back to the alternative.
    public var drawing: Drawing
    /// Says what the picture shows, for screen readers and formats without pictures.
    public var alternative: String
    public var caption: [Inline]
    public var role: BlockRole?

    public init(id: String? = nil, drawing: Drawing, alternative: String, caption: [Inline], role: BlockRole? = nil) {
        self.id = id
        self.drawing = drawing
        self.alternative = alternative
        self.caption = caption
        self.role = role
    }
}

/// An SVG element: name, attributes in the order written, text and children.
///
/// A plain value so TenderDocument needs no XML library; writers turn it into a
/// libxml2 tree (XMLKit), which escapes every byte.
public struct Drawing: Sendable, Hashable {
    /// The SVG namespace every drawing's root element is in.
    public static let namespace = "http://www.w3.org/2000/svg"

    public var name: String
    public var attributes: [Attribute]
    public var children: [Node]
    /// Width and height in CSS pixels (the root's `viewBox` size), for writers that
    /// place the picture in a frame.
    public var width: Double?
    public var height: Double?

    public init(_ name: String, attributes: [Attribute] = [], children: [Node] = [],
                width: Double? = nil, height: Double? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.width = width
        self.height = height
    }

    /// A name and a value, kept in order so output is deterministic.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A child: an element or text.
    public indirect enum Node: Sendable, Hashable {
        case element(Drawing)
        case text(String)
    }

    /// The value of an attribute, if set.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}
