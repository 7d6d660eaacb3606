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

    /// A collection being read.
    private struct Frame {
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
    private static let linearKeyLimit = 12

    static func read(_ text: String, file: String) -> Pass {
        var contiguous = text
        return contiguous.withUTF8 { buffer in
            var pass = Pass()
            guard let base = buffer.baseAddress, buffer.count > 0 else { return pass }
            read(base, buffer.count, text: text, file: file, into: &pass)
            return pass
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private static func read(_ base: UnsafePointer<UInt8>, _ count: Int, text: String, file: String, into pass: inout Pass) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            pass.failure = YAMLParseFailure(kind: .memory, problem: "out of memory", line: 1, column: 1)
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, count)

        let tree = pass.tree
        tree.bytes.reserveCapacity(count)
        tree.entries.reserveCapacity(count / 16)
        tree.children.reserveCapacity(count / 16)
        var frames: [Frame] = []
        var pending: [Int32] = []
        var anchors: [String: Int32] = [:]
        var documents = 0
        // Character index → byte offset, advanced monotonically (for checking how a tag is written).
        var cursorCharacter = 0
        var cursorByte = 0
        let limit = YAMLPrePass.maximumFindings

        func fail(_ problem: String, _ mark: yaml_mark_t, context: (String, Int, Int)? = nil) {
            guard pass.failure == nil else { return }
            pass.failure = YAMLParseFailure(kind: .composer, problem: problem,
                                            line: mark.line + 1, column: mark.column + 1, context: context)
        }

        /// The byte at which character `index` starts, or nil when marks went backwards.
        func byteOffset(ofCharacter index: Int) -> Int? {
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
        func illustrativeWrittenPlainly(at mark: yaml_mark_t) -> Bool {
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
        func tagCode(_ tag: UnsafeMutablePointer<yaml_char_t>?, _ mark: yaml_mark_t, node: Int32) -> UInt8 {
            guard let tag else { return 0 }
            let word: StaticString = "!illustrative"
            var isIllustrative = true
            var i = 0
            while i < word.utf8CodeUnitCount {
                if tag[i] != word.utf8Start[i] { isIllustrative = false; break }
                i += 1
            }
            if isIllustrative, tag[word.utf8CodeUnitCount] == 0 {
                if !illustrativeWrittenPlainly(at: mark) { pass.needsTokenScan = true }
                return 1
            }
            pass.needsTokenScan = true
            tree.otherTags[node] = String(cString: tag)
            return 2
        }

        func anchorName(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }

        /// Adds a finished node to the collection being read, or makes it the root.
        func attach(_ node: Int32) {
            if frames.isEmpty {
                if tree.root < 0, documents == 1 { tree.root = node }
            } else {
                pending.append(node)
            }
        }

        /// Whether the next node is a key of the mapping being read (and moves past it).
        func nextIsKey() -> Bool {
            guard let top = frames.indices.last, frames[top].isMapping else { return false }
            let isKey = frames[top].expectingKey
            frames[top].expectingKey.toggle()
            return isKey
        }

        func keyHash(_ entry: YAMLTree.Entry, node: Int32) -> Int {
            var hasher = Hasher()
            hasher.combine(entry.tag)
            if entry.tag == 2 { hasher.combine(tree.otherTags[node]) }
            tree.bytes.withUnsafeBytes { buffer in
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.count)]))
            }
            return hasher.finalize()
        }

        func sameKey(_ a: Int32, _ b: Int32) -> Bool {
            let x = tree.entries[Int(a)], y = tree.entries[Int(b)]
            guard y.kind == .scalar, x.tag == y.tag, tree.bytesEqual(x, y) else { return false }
            return x.tag != 2 || tree.otherTags[a] == tree.otherTags[b]
        }

        /// Whether scalar key `node` was already written in the mapping on top (and records it).
        func isDuplicateKey(_ node: Int32) -> Bool {
            let top = frames.count - 1
            let start = frames[top].pendingStart
            let keys = (pending.count - start) / 2
            if frames[top].keyIndex == nil, keys < linearKeyLimit {
                var slot = start
                while slot < pending.count {
                    if sameKey(node, pending[slot]) { return true }
                    slot += 2
                }
                return false
            }
            if frames[top].keyIndex == nil {
                var index: [Int: [Int32]] = [:]
                var slot = start
                while slot < pending.count {
                    let key = pending[slot]
                    let entry = tree.entries[Int(key)]
                    if entry.kind == .scalar { index[keyHash(entry, node: key), default: []].append(key) }
                    slot += 2
                }
                frames[top].keyIndex = index
            }
            let hash = keyHash(tree.entries[Int(node)], node: node)
            if let candidates = frames[top].keyIndex?[hash], candidates.contains(where: { sameKey(node, $0) }) {
                return true
            }
            frames[top].keyIndex?[hash, default: []].append(node)
            return false
        }

        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }

        var event = yaml_event_t()
        events: while pass.keyFindings.count < limit {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if pass.failure == nil { pass.failure = failure(of: parser, text: text) }
                break
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                break events
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents == 2 {
                    fail("but found another document", mark, context: ("expected a single document in the stream", 1, 1))
                }
                let start = event.data.document_start
                if start.version_directive != nil || start.tag_directives.start != start.tag_directives.end {
                    pass.needsTokenScan = true
                }
            case YAML_ALIAS_EVENT:
                if nextIsKey() {
                    let name = anchorName(event.data.alias.anchor) ?? ""
                    pass.keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location(mark),
                        message: "an alias (`*\(name.prefix(40))`) may not be a key; specification keys are plain names"))
                }
                tree.aliasCount += 1
                if let name = anchorName(event.data.alias.anchor), let node = anchors[name] {
                    attach(node)
                } else {
                    fail("found undefined alias", mark)
                    // A stand-in keeps the keys and values of the mapping paired.
                    let node = Int32(tree.entries.count)
                    tree.entries.append(YAMLTree.Entry(kind: .scalar, style: .plain, tag: 0, line: Int32(mark.line + 1),
                                                       column: Int32(mark.column + 1), start: 0, count: 0))
                    attach(node)
                }
            case YAML_SCALAR_EVENT:
                let isKey = nextIsKey()
                let scalar = event.data.scalar
                let node = Int32(tree.entries.count)
                let start = Int32(tree.bytes.count)
                if let value = scalar.value, scalar.length > 0 {
                    tree.bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
                }
                let tag = tagCode(scalar.tag, mark, node: node)
                tree.entries.append(YAMLTree.Entry(
                    kind: .scalar, style: YAMLTree.ScalarStyle(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .any,
                    tag: tag, line: Int32(mark.line + 1), column: Int32(mark.column + 1),
                    start: start, count: Int32(scalar.length)))
                if isKey, isDuplicateKey(node) {
                    let value = tree.text(tree.entries[Int(node)])
                    pass.keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlDuplicateKey, severity: .error, location: location(mark),
                        message: "key `\(value.prefix(80))` appears more than once in the same mapping; the later value would silently replace the earlier one"))
                }
                if let name = anchorName(scalar.anchor) { anchors[name] = node }
                attach(node)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if nextIsKey() {
                    pass.keyFindings.append(Diagnostic(
                        ruleID: LoaderRuleID.yamlComplexKey, severity: .error, location: location(mark),
                        message: "\(isMapping ? "a mapping" : "a list") may not be a key; specification keys are plain names"))
                }
                let node = Int32(tree.entries.count)
                let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = tagCode(tagPointer, mark, node: node)
                tree.entries.append(YAMLTree.Entry(
                    kind: isMapping ? .mapping : .sequence, style: .any, tag: tag,
                    line: Int32(mark.line + 1), column: Int32(mark.column + 1), start: 0, count: 0))
                frames.append(Frame(node: node, isMapping: isMapping, pendingStart: pending.count,
                                    anchor: anchorName(anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { continue }
                let start = tree.children.count
                tree.children.append(contentsOf: pending[frame.pendingStart...])
                tree.entries[Int(frame.node)].start = Int32(start)
                tree.entries[Int(frame.node)].count = Int32(pending.count - frame.pendingStart)
                pending.removeSubrange(frame.pendingStart...)
                // An anchor names its node once the node is complete: an alias inside it is undefined.
                if let name = frame.anchor { anchors[name] = frame.node }
                attach(frame.node)
            default:
                continue
            }
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
