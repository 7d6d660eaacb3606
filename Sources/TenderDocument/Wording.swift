/// Every fixed piece of wording a document uses, looked up by key
/// (`Templates/labels/en-GB.json` merged over the built-in defaults by TenderRendering).
public struct Wording: Sendable {
    private let table: [String: String]

    public init(_ table: [String: String]) {
        self.table = table
    }

    public subscript(_ key: String) -> String {
        if let text = table[key] { return text }
        assertionFailure("no label \(key)")
        return key
    }

    /// A label with `%@` placeholders filled in order.
    public func format(_ key: String, _ arguments: String...) -> String {
        let parts = self[key].split(separator: "%@", omittingEmptySubsequences: false)
        var result = String(parts[0])
        var remaining = arguments[...]
        for part in parts.dropFirst() {
            result += remaining.popFirst() ?? ""
            result += part
        }
        return result
    }
}
