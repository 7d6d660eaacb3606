import CYaml
import TenderModel

/// Why libyaml (or composing its events) stopped: what it said and where, as
/// YAMLErrorTranslation turns it into a located finding.
struct YAMLParseFailure {
    enum Kind { case memory, reader, scanner, parser, composer }
    var kind: Kind
    var problem: String
    /// 1-based line and column (characters).
    var line: Int
    var column: Int
    var context: (text: String, line: Int, column: Int)?
    /// A reader error: how many characters of the text come before the problem, when
    /// its byte offset falls on a character boundary.
    var offset: Int?
    /// A reader error: the character libyaml refused, or -1.
    var value: Int32 = -1
}

/// Reads a YAML text in ONE pass over libyaml's event stream (the `CYaml` module Yams
/// vendors; there is no second copy of libyaml) into a `YAMLTree`, making on the way
/// the checks that must come before anything walks the document:
///
/// - a key that is not a scalar (an alias, a list, a mapping) is refused — an alias of
///   a "billion laughs" structure is never expanded to compare keys;
/// - a key written twice in one mapping is reported at its second copy (a key is its
///   tag and its text, so `"a"` and `a` are the same key);
/// - an alias whose anchor is not yet complete or not defined stops the document, as a
///   composer's would; a second document in the stream is refused;
/// - any tag other than `!illustrative` written plainly, and any `%YAML` or `%TAG`
///   directive, sends the reader back to libyaml's token scanner (YAMLPrePass) for the
///   exact place and spelling of each; so does any syntax error, since a refused tag or
///   directive is reported before the syntax error libyaml meets later.
///
/// Nesting is bounded by libyaml itself (1000 levels: `yaml.too-deep`), and the walk
/// here keeps its own stack, so no input recurses.
enum YAMLEventReader {
    struct Pass {
        var tree = YAMLTree()
        /// Keys refused (complex or duplicate), in document order, at most `YAMLPrePass.maximumFindings`.
        var keyFindings: [Diagnostic] = []
        /// A tag or directive that only the token scanner can place exactly.
        var needsTokenScan = false
        /// The first error that stopped the document.
        var failure: YAMLParseFailure?
    }

    static func read(_ text: String, file: String) -> Pass {
        var contiguous = text
        return contiguous.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return Pass() }
            var builder = Builder(base: base, count: buffer.count, file: file)
            builder.run(text: text)
            return builder.finish()
        }
    }

    /// The parser's state between events: the tree so far and the collections open.
    private struct Builder {
        /// A collection being read.
        struct Frame {
            var node: Int32
            var isMapping: Bool
            /// Where its children start in `pending`.
            var pendingStart: Int
            var expectingKey = true
            var anchor: String?
            /// For large mappings: key hashes → key nodes, to find duplicates in linear time.
            var keyIndex: [Int: [Int32]]?
        }

        /// Mappings with more keys than this look duplicates up by hash.
        static let linearKeyLimit = 12

        let base: UnsafePointer<UInt8>
        let count: Int
        let file: String
        var entries: [YAMLTree.Entry] = []
        var children: [Int32] = []
        var bytes: [UInt8] = []
        var otherTags: [Int32: String] = [:]
        var root: Int32 = -1
        var aliasCount = 0
        var keyFindings: [Diagnostic] = []
        var needsTokenScan = false
        var failure: YAMLParseFailure?
        var frames: [Frame] = []
        /// The children of the open collections, innermost last.
        var pending: [Int32] = []
        var anchors: [String: Int32] = [:]
        var documents = 0
        // Character index → byte offset, advanced monotonically (for checking how a tag is written).
        var cursorCharacter = 0
        var cursorByte = 0

        init(base: UnsafePointer<UInt8>, count: Int, file: String) {
            self.base = base
            self.count = count
            self.file = file
            bytes.reserveCapacity(count)
            entries.reserveCapacity(count / 16)
            children.reserveCapacity(count / 16)
        }

        func finish() -> Pass {
            Pass(tree: YAMLTree(entries: entries, children: children, bytes: bytes, otherTags: otherTags,
                                root: root, aliasCount: aliasCount),
                 keyFindings: keyFindings, needsTokenScan: needsTokenScan, failure: failure)
        }

        mutating func run(text: String) {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                failure = YAMLParseFailure(kind: .memory, problem: "out of memory", line: 1, column: 1)
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, count)
            var event = yaml_event_t()
            while keyFindings.count < YAMLPrePass.maximumFindings {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    if failure == nil { failure = YAMLEventReader.failure(of: parser, text: text) }
                    return
                }
                let more = handle(&event)
                yaml_event_delete(&event)
                if !more { return }
            }
        }

        /// Takes one event into the tree; false at the end of the stream.
        mutating func handle(_ event: inout yaml_event_t) -> Bool {
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return false
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents == 2 {
                    fail("but found another document", mark, context: ("expected a single document in the stream", 1, 1))
                }
                let start = event.data.document_start
                if start.version_directive != nil || start.tag_directives.start != start.tag_directives.end {
                    needsTokenScan = true
                }
            case YAML_ALIAS_EVENT:
                let name = anchorName(event.data.alias.anchor) ?? ""
                if nextIsKey() {
                    keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location(mark),
                        message: "an alias (`*\(name.prefix(40))`) may not be a key; specification keys are plain names"))
                }
                aliasCount += 1
                if let node = anchors[name] {
                    attach(node)
                } else {
                    fail("found undefined alias", mark)
                    // A stand-in keeps the keys and values of the mapping paired.
                    let node = Int32(entries.count)
                    entries.append(YAMLTree.Entry(kind: .scalar, style: .plain, tag: 0, line: Int32(mark.line + 1),
                                                  column: Int32(mark.column + 1), start: 0, count: 0))
                    attach(node)
                }
            case YAML_SCALAR_EVENT:
                let isKey = nextIsKey()
                let scalar = event.data.scalar
                let node = Int32(entries.count)
                let start = Int32(bytes.count)
                if let value = scalar.value, scalar.length > 0 {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
                }
                let tag = tagCode(scalar.tag, mark, node: node)
                entries.append(YAMLTree.Entry(
                    kind: .scalar, style: YAMLTree.ScalarStyle(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .any,
                    tag: tag, line: Int32(mark.line + 1), column: Int32(mark.column + 1),
                    start: start, count: Int32(scalar.length)))
                if isKey, isDuplicateKey(node) {
                    let value = String(decoding: bytes[Int(start)...], as: UTF8.self)
                    keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlDuplicateKey, severity: .error, location: location(mark),
                        message: "key `\(value.prefix(80))` appears more than once in the same mapping; the later value would silently replace the earlier one"))
                }
                if let name = anchorName(scalar.anchor) { anchors[name] = node }
                attach(node)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if nextIsKey() {
                    keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location(mark),
                        message: "\(isMapping ? "a mapping" : "a list") may not be a key; specification keys are plain names"))
                }
                let node = Int32(entries.count)
                let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = tagCode(tagPointer, mark, node: node)
                entries.append(YAMLTree.Entry(
                    kind: isMapping ? .mapping : .sequence, style: .any, tag: tag,
                    line: Int32(mark.line + 1), column: Int32(mark.column + 1), start: 0, count: 0))
                frames.append(Frame(node: node, isMapping: isMapping, pendingStart: pending.count,
                                    anchor: anchorName(anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { return true }
                let start = children.count
                children.append(contentsOf: pending[frame.pendingStart...])
                entries[Int(frame.node)].start = Int32(start)
                entries[Int(frame.node)].count = Int32(pending.count - frame.pendingStart)
                pending.removeSubrange(frame.pendingStart...)
                // An anchor names its node once the node is complete: an alias inside it is undefined.
                if let name = frame.anchor { anchors[name] = frame.node }
                attach(frame.node)
            default:
                break
            }
            return true
        }

        mutating func fail(_ problem: String, _ mark: yaml_mark_t, context: (String, Int, Int)? = nil) {
            guard failure == nil else { return }
            failure = YAMLParseFailure(kind: .composer, problem: problem,
                                       line: mark.line + 1, column: mark.column + 1, context: context)
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }

        func anchorName(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }

        /// The byte at which character `index` starts, or nil when marks went backwards.
        mutating func byteOffset(ofCharacter index: Int) -> Int? {
            guard index >= cursorCharacter else { return nil }
            while cursorCharacter < index, cursorByte < count {
                cursorByte += 1
                while cursorByte < count, base[cursorByte] & 0xC0 == 0x80 { cursorByte += 1 }
                cursorCharacter += 1
            }
            return cursorByte
        }

        /// Whether the node starting at `mark` has `!illustrative` written plainly among
        /// its properties (`!illustrative`, or `&anchor !illustrative`).
        mutating func illustrativeWrittenPlainly(at mark: yaml_mark_t) -> Bool {
            guard var at = byteOffset(ofCharacter: mark.index) else { return false }
            if at < count, base[at] == UInt8(ascii: "&") {
                while at < count, base[at] != UInt8(ascii: " "), base[at] != UInt8(ascii: "\t"),
                      base[at] != UInt8(ascii: "\n"), base[at] != UInt8(ascii: "\r") { at += 1 }
                while at < count, base[at] == UInt8(ascii: " ") || base[at] == UInt8(ascii: "\t") { at += 1 }
            }
            let word: StaticString = "!illustrative"
            guard at + word.utf8CodeUnitCount <= count else { return false }
            for i in 0..<word.utf8CodeUnitCount where base[at + i] != word.utf8Start[i] { return false }
            return true
        }

        /// The tag code of a node (see `YAMLTree.Entry.tag`).
        mutating func tagCode(_ tag: UnsafeMutablePointer<yaml_char_t>?, _ mark: yaml_mark_t, node: Int32) -> UInt8 {
            guard let tag else { return 0 }
            let word: StaticString = "!illustrative"
            var isIllustrative = true
            for i in 0..<word.utf8CodeUnitCount where tag[i] != word.utf8Start[i] {
                isIllustrative = false
                break
            }
            if isIllustrative, tag[word.utf8CodeUnitCount] == 0 {
                if !illustrativeWrittenPlainly(at: mark) { needsTokenScan = true }
                return 1
            }
            needsTokenScan = true
            otherTags[node] = String(cString: tag)
            return 2
        }

        /// Adds a finished node to the collection being read, or makes it the document's root.
        mutating func attach(_ node: Int32) {
            if frames.isEmpty {
                if root < 0, documents == 1 { root = node }
            } else {
                pending.append(node)
            }
        }

        /// Whether the next node is a key of the mapping being read (and moves past it).
        mutating func nextIsKey() -> Bool {
            guard let top = frames.indices.last, frames[top].isMapping else { return false }
            let isKey = frames[top].expectingKey
            frames[top].expectingKey.toggle()
            return isKey
        }

        /// A key's hash: its tag and its text.
        static func keyHash(_ entry: YAMLTree.Entry, otherTag: String?, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hasher = Hasher()
            hasher.combine(entry.tag)
            if entry.tag == 2 { hasher.combine(otherTag) }
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start + entry.count)])))
            return hasher.finalize()
        }

        /// Keys are the same when their tags and texts are (`otherTags` settles tags of code 2).
        static func sameKey(_ x: YAMLTree.Entry, _ y: YAMLTree.Entry, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard y.kind == .scalar, x.tag == y.tag, x.count == y.count else { return false }
            let p = Int(x.start), q = Int(y.start)
            for i in 0..<Int(x.count) where bytes[p + i] != bytes[q + i] { return false }
            return true
        }

        /// Whether scalar key `node` was already written in the mapping on top (and records it).
        mutating func isDuplicateKey(_ node: Int32) -> Bool {
            let top = frames.count - 1
            let start = frames[top].pendingStart
            let entry = entries[Int(node)]
            let otherTag = entry.tag == 2 ? otherTags[node] : nil
            if frames[top].keyIndex == nil, (pending.count - start) / 2 < Self.linearKeyLimit {
                var slot = start
                while slot < pending.count {
                    let other = pending[slot]
                    let otherEntry = entries[Int(other)]
                    let same = bytes.withUnsafeBufferPointer { Self.sameKey(entry, otherEntry, in: $0) }
                    if same, entry.tag != 2 || otherTags[other] == otherTag { return true }
                    slot += 2
                }
                return false
            }
            if frames[top].keyIndex == nil {
                var index: [Int: [Int32]] = [:]
                var slot = start
                while slot < pending.count {
                    let key = pending[slot]
                    let keyEntry = entries[Int(key)]
                    if keyEntry.kind == .scalar {
                        let tag = keyEntry.tag == 2 ? otherTags[key] : nil
                        let hash = bytes.withUnsafeBufferPointer { Self.keyHash(keyEntry, otherTag: tag, in: $0) }
                        index[hash, default: []].append(key)
                    }
                    slot += 2
                }
                frames[top].keyIndex = index
            }
            let hash = bytes.withUnsafeBufferPointer { Self.keyHash(entry, otherTag: otherTag, in: $0) }
            for other in frames[top].keyIndex?[hash] ?? [] {
                let otherEntry = entries[Int(other)]
                let same = bytes.withUnsafeBufferPointer { Self.sameKey(entry, otherEntry, in: $0) }
                if same, entry.tag != 2 || otherTags[other] == otherTag { return true }
            }
            frames[top].keyIndex?[hash, default: []].append(node)
            return false
        }
    }

    /// The parser's error, as Yams described the same one.
    private static func failure(of parser: yaml_parser_t, text: String) -> YAMLParseFailure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let line = parser.problem_mark.line + 1
        let column = parser.problem_mark.column + 1
        let context = parser.context.map {
            (String(cString: $0), parser.context_mark.line + 1, parser.context_mark.column + 1)
        }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLParseFailure(kind: .memory, problem: problem, line: 1, column: 1)
        case YAML_READER_ERROR:
            let index = text.utf8
                .index(text.utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: text.utf8.endIndex)?
                .samePosition(in: text)
            let offset = index.map { text.distance(from: text.startIndex, to: $0) }
            return YAMLParseFailure(kind: .reader, problem: problem, line: 1, column: 1,
                                    offset: offset, value: parser.problem_value)
        case YAML_SCANNER_ERROR:
            return YAMLParseFailure(kind: .scanner, problem: problem, line: line, column: column, context: context)
        default:
            return YAMLParseFailure(kind: .parser, problem: problem, line: line, column: column, context: context)
        }
    }
}
