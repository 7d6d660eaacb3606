import TenderModel

/// The glossary: every abbreviation the document uses, with its meaning, and no other.
///
/// Terms come from `defaults` (the abbreviations of commissioning and procurement in
/// England). A term is listed when it occurs as a word (or with a plural "s": CMHTs) in
/// the document's text; the glossary's own text does not count.
struct Glossary {
    let context: BuildContext

    /// Abbreviation → meaning, for the abbreviations packs commonly use.
    static let defaults: [String: String] = [
        "CCG": "Clinical Commissioning Group",
        "CMHT": "Community Mental Health Team",
        "CPV": "Common Procurement Vocabulary: the codes that classify what a contract buys",
        "CQC": "Care Quality Commission",
        "DBS": "Disclosure and Barring Service",
        "GP": "General practitioner",
        "KPI": "Key performance indicator",
        "NHS": "National Health Service",
        "NI": "National indicator (the national indicator set for local authorities, 2008–2011)",
        "NSFT": "Norfolk and Suffolk NHS Foundation Trust",
        "PPN": "Procurement Policy Note (issued by the Cabinet Office)",
        "SME": "Small and medium-sized enterprise",
        "TUPE": "Transfer of Undertakings (Protection of Employment) Regulations 2006",
        "VAT": "Value added tax",
        "VCSE": "Voluntary, community and social enterprise",
    ]

    /// The glossary section, or nil when the document uses no known abbreviation.
    func section(for document: Document) -> Section? {
        let used = Self.terms(in: document, known: Self.defaults)
        guard !used.isEmpty else { return nil }
        let items = used.map { Definition(term: [.text($0)], details: [.plain([.text(Self.defaults[$0] ?? "")])]) }
        return Section(id: "glossary", heading: context.wording["glossary.heading"], isNumbered: false,
                       blocks: [.paragraph(Paragraph([.text(context.wording["glossary.intro"])])),
                                .definitions(DefinitionList(items, role: BlockRole(rawValue: "glossary")))])
    }

    /// The known terms that occur in the document, in alphabetical order.
    static func terms(in document: Document, known: [String: String]) -> [String] {
        var words: Set<Substring> = []
        // A word longer than every known term (and its plural "s"), or starting with a byte
        // none of them starts with, cannot be one: not kept.
        let longest = (known.keys.map(\.utf8.count).max() ?? 0) + 1
        let firstBytes = Set(known.keys.compactMap(\.utf8.first))
        func add(_ word: Substring) {
            guard word.utf8.count <= longest, let first = word.utf8.first, firstBytes.contains(first) else { return }
            words.insert(word)
            if word.count > 2, word.hasSuffix("s") { words.insert(word.dropLast()) }
        }
        for text in document.texts() {
            // ASCII text (most of it) is split byte by byte, as the Character split below
            // splits it (an ASCII character is a letter or number exactly when it is
            // [A-Za-z0-9]), without classifying each Character: that was a tenth of a
            // Norfolk build.
            let utf8 = text.utf8
            if utf8.allSatisfy({ $0 < 0x80 }) {
                var start: String.Index?
                var index = utf8.startIndex
                while index != utf8.endIndex {
                    let byte = utf8[index]
                    let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    if isWordByte {
                        if start == nil { start = index }
                    } else if let first = start {
                        add(text[first..<index])
                        start = nil
                    }
                    index = utf8.index(after: index)
                }
                if let first = start { add(text[first...]) }
                continue
            }
            for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { add(word) }
        }
        return known.keys.filter { words.contains(Substring($0)) }.sorted()
    }
}

extension Document {
    /// Every piece of text a reader sees: cover, front matter, headings, blocks, note, footer.
    public func texts() -> [String] {
        var result = [metadata.title, council.plainText] + coverFacts.items.flatMap { [$0.term.plainText] + $0.details.flatMap(\.texts) }
        result += front.flatMap(\.texts)
        for section in allSections {
            result.append(section.heading.plainText)
            result += section.blocks.flatMap(\.texts)
        }
        if let illustrativeNote { result.append(illustrativeNote.plainText) }
        return result
    }
}

extension Block {
    /// The text of a block and everything in it.
    public var texts: [String] {
        switch self {
        case .paragraph(let paragraph): return [paragraph.content.plainText]
        case .plain(let runs), .heading(let runs): return [runs.plainText]
        case .list(let list): return list.items.flatMap { $0.blocks.flatMap(\.texts) }
        case .clauses(let list): return list.clauses.map(\.content.plainText)
        case .definitions(let list): return list.items.flatMap { [$0.term.plainText] + $0.details.flatMap(\.texts) }
        case .table(let table):
            return [table.caption.plainText] + (table.headerRows + table.rows).flatMap { $0.cells.flatMap { $0.blocks.flatMap(\.texts) } }
        case .figure(let figure): return [figure.alternative, figure.caption.plainText]
        }
    }
}
