public import Foundation

/// An example input for a rule.
///
/// Most examples are YAML fragments: their top-level keys replace those of
/// `RuleExample.base`, a small valid specification, so an example shows only what it
/// is about. A `↓` marks the line and column a finding must point at.
public struct RuleExample: Sendable {
    public enum Kind: Sendable {
        /// Top-level keys merged over `base`.
        case fragment
        /// A whole file as written.
        case document
        /// Raw bytes (not valid text, or too large to print), with a caption for readers.
        case bytes(caption: String)
    }

    public let kind: Kind
    /// The example as written, with its `↓` marker (empty for byte examples).
    public let source: String
    private let makeBytes: (@Sendable () -> [UInt8])?

    public static func fragment(_ yaml: String) -> RuleExample {
        RuleExample(kind: .fragment, source: yaml, makeBytes: nil)
    }

    public static func document(_ yaml: String) -> RuleExample {
        RuleExample(kind: .document, source: yaml, makeBytes: nil)
    }

    public static func bytes(_ caption: String, _ make: @escaping @Sendable () -> [UInt8]) -> RuleExample {
        RuleExample(kind: .bytes(caption: caption), source: "", makeBytes: make)
    }

    /// A minimal valid specification that fragments are merged over.
    public static let base = """
        id: example
        title: Example specification
        version: "1.0"
        status: draft
        provenance: example-seed
        sources:
          - id: example-seed
            kind: seed
            title: Example seed document
        commissioner: council
        partners:
          - id: council
            name: Example County Council
            kind: county-council
            roles: [lead-commissioner]
        areas:
          - id: north
            name: North
            kind: district
        lots:
          - id: support
            title: Floating support
            setting: floating-support
            areas: all

        """

    /// The file contents the example stands for, with the marker removed.
    public var data: Data {
        if let makeBytes { return Data(makeBytes()) }
        let text = source.replacingOccurrences(of: "↓", with: "")
        switch kind {
        case .fragment: return Data(RuleExample.merge(text, over: RuleExample.base).utf8)
        case .document, .bytes: return Data(text.utf8)
        }
    }

    /// The line and column of the `↓` marker in the file, if the example has one.
    public var markedLocation: (line: Int, column: Int)? {
        var line = 1
        var column = 1
        for scalar in source.unicodeScalars {
            if scalar == "↓" { return (line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// The fragment first (so its line numbers hold), then every top-level key of
    /// `base` that the fragment does not set.
    static func merge(_ fragment: String, over base: String) -> String {
        func topLevelKey(_ line: Substring) -> String? {
            guard let first = line.first, first != " ", first != "#", first != "-",
                  let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        }
        let overridden = Set(fragment.split(separator: "\n").compactMap(topLevelKey))
        var kept: [Substring] = []
        var keeping = true
        for line in base.split(separator: "\n", omittingEmptySubsequences: false) {
            if let key = topLevelKey(line) { keeping = !overridden.contains(key) }
            if keeping { kept.append(line) }
        }
        let head = fragment.hasSuffix("\n") ? fragment : fragment + "\n"
        return head + kept.joined(separator: "\n")
    }
}
