/// Marks illustrative values once, quietly: a dagger after a value, or one dagger after
/// a column heading when every value in the column is illustrative (after a table's
/// caption when every column is), and one note explaining the dagger.
///
/// The pass works on the tree, so HTML, ODT and DOCX carry the same marks.
extension Document {
    /// The document with its marks consolidated and, when any mark is left, `note` as
    /// its `illustrativeNote`.
    public func markingIllustrative(note: String, ignoring empty: Set<String> = ["", "—"]) -> Document {
        var result = self
        let marker = Marker(empty: empty)
        result.council = marker.inlines(council)
        result.coverFacts.items = result.coverFacts.items.map(marker.definition)
        result.front = front.map(marker.block)
        result.sections = sections.map(marker.section)
        result.illustrativeNote = result.markCount > 0 ? [.text(note)] : nil
        return result
    }

    /// How many marks (daggers) a writer prints: for tests and for the build summary.
    public var markCount: Int {
        var count = council.markCount + coverFacts.items.reduce(0) { $0 + $1.term.markCount + $1.details.markCount }
        count += front.markCount
        for section in allSections { count += section.heading.markCount + section.blocks.markCount }
        return count
    }
}

extension Array where Element == Inline {
    /// Marks in these runs (a mark inside a mark is not printed twice).
    public var markCount: Int {
        reduce(0) { total, inline in
            switch inline {
            case .illustrative: return total + 1
            case .text, .lineBreak: return total
            case .emphasis(let content), .strong(let content), .code(let content), .link(_, let content),
                 .time(_, let content), .span(_, let content):
                return total + content.markCount
            }
        }
    }
}

extension Array where Element == Block {
    /// Marks in these blocks.
    public var markCount: Int {
        reduce(0) { total, block in
            switch block {
            case .paragraph(let paragraph): return total + paragraph.content.markCount
            case .plain(let runs), .heading(let runs): return total + runs.markCount
            case .list(let list): return total + list.items.reduce(0) { $0 + $1.blocks.markCount }
            case .clauses(let list): return total + list.clauses.reduce(0) { $0 + $1.content.markCount }
            case .definitions(let list): return total + list.items.reduce(0) { $0 + $1.term.markCount + $1.details.markCount }
            case .table(let table):
                return total + table.caption.markCount
                    + (table.headerRows + table.rows).reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.blocks.markCount } }
            case .figure(let figure): return total + figure.caption.markCount
            }
        }
    }
}

private struct Marker {
    let empty: Set<String>

    func section(_ section: Section) -> Section {
        var section = section
        section.heading = inlines(section.heading)
        section.blocks = section.blocks.map(block)
        section.subsections = section.subsections.map(self.section)
        return section
    }

    func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.content = inlines(paragraph.content)
            return .paragraph(paragraph)
        case .plain(let runs): return .plain(inlines(runs))
        case .heading(let runs): return .heading(inlines(runs))
        case .list(var list):
            list.items = list.items.map { ListItem(id: $0.id, $0.blocks.map(self.block)) }
            return .list(list)
        case .clauses(var list):
            for position in list.clauses.indices { list.clauses[position].content = inlines(list.clauses[position].content) }
            return .clauses(list)
        case .definitions(var list):
            list.items = list.items.map(definition)
            return .definitions(list)
        case .table(let table): return .table(self.table(table))
        case .figure(var figure):
            figure.caption = inlines(figure.caption)
            return .figure(figure)
        }
    }

    func definition(_ item: Definition) -> Definition {
        Definition(term: inlines(item.term), details: item.details.map(block))
    }

    /// Nested marks flattened; two marked values separated only by punctuation
    /// ("1 April, 12 noon") share one mark.
    func inlines(_ runs: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in runs {
            let flat = flattened(inline)
            if case .illustrative(let next) = flat, result.count >= 2,
               case .text(let between) = result[result.count - 1], between.count <= 3,
               !between.contains(where: \.isLetter), !between.contains(where: \.isNumber),
               case .illustrative(let previous) = result[result.count - 2] {
                result.removeLast(2)
                result.append(.illustrative(previous + [.text(between)] + next))
            } else if case .illustrative(let next) = flat, case .illustrative(let previous)? = result.last {
                result[result.count - 1] = .illustrative(previous + next)
            } else {
                result.append(flat)
            }
        }
        return result
    }

    private func flattened(_ inline: Inline) -> Inline {
        switch inline {
        case .illustrative(let content): return .illustrative(content.unmarked)
        case .text, .lineBreak: return inline
        case .emphasis(let content): return .emphasis(inlines(content))
        case .strong(let content): return .strong(inlines(content))
        case .code(let content): return .code(inlines(content))
        case .link(let target, let content): return .link(target, inlines(content))
        case .time(let datetime, let content): return .time(datetime: datetime, inlines(content))
        case .span(let role, let content): return .span(role, inlines(content))
        }
    }

    // MARK: Tables

    /// Empty, a placeholder ("—"), or only a link to elsewhere in the pack ("Lot 2"):
    /// not a value, so it neither needs a mark nor stops its row or column sharing one.
    private func isEmpty(_ cell: Table.Cell) -> Bool {
        if isPlaceholder(cell.blocks.flatMap(\.texts)) { return true }
        return cell.blocks.allSatisfy { block in
            guard case .plain(let runs) = block else { return false }
            return runs.allSatisfy { inline in
                switch inline {
                case .link(.anchor, let content), .link(.document, let content): return content.markCount == 0
                case .text(let text): return text.allSatisfy { $0.isWhitespace || $0.isPunctuation }
                default: return false
                }
            }
        }
    }

    /// Whether `texts`, joined without whitespace, is one of `empty`. Stops at the first
    /// character that makes it longer than the longest of them: most cells hold a value,
    /// and classifying every character of every cell was a tenth of a Norfolk build.
    private func isPlaceholder(_ texts: [String]) -> Bool {
        let longest = empty.reduce(0) { max($0, $1.utf8.count) }
        var compact = ""
        for character in texts.joined() where !character.isWhitespace {
            compact.append(character)
            if compact.utf8.count > longest { return false }
        }
        return empty.contains(compact)
    }

    private func isMarked(_ cell: Table.Cell) -> Bool { cell.blocks.markCount > 0 }

    private func unmarked(_ cell: Table.Cell) -> Table.Cell {
        var cell = cell
        cell.blocks = cell.blocks.map(Self.unmarking)
        return cell
    }

    /// Columns, then rows, whose every value is illustrative carry one mark; a table
    /// whose every marked column is all illustrative, and every column is, carries it
    /// on its caption.
    func table(_ table: Table) -> Table {
        var table = table
        table.caption = inlines(table.caption)
        table.rows = table.rows.map { row in
            var row = row
            row.cells = row.cells.map { cell in
                var cell = cell
                cell.blocks = cell.blocks.map(block)
                return cell
            }
            return row
        }
        guard table.rows.count >= 2, table.headerRows.count == 1,
              table.headerRows[0].cells.allSatisfy({ $0.columnSpan == 1 }),
              table.rows.allSatisfy({ $0.cells.reduce(0) { $0 + $1.columnSpan } == table.headerRows[0].cells.count }) else {
            return rowsMarked(table)
        }
        let width = table.headerRows[0].cells.count
        // Each row's cell in each column; a cell spanning columns (a note such as "No
        // indicator set") belongs to none of them.
        let slots: [[Int?]] = table.rows.map { row in
            row.cells.indices.flatMap { index -> [Int?] in
                row.cells[index].columnSpan == 1 ? [index] : Array(repeating: nil, count: row.cells[index].columnSpan)
            }
        }
        var markedColumns: [Int] = []
        var plainColumns = 0
        for column in 0..<width {
            let cells = table.rows.indices.compactMap { row in slots[row][column].map { table.rows[row].cells[$0] } }
                .filter { !isEmpty($0) }
            if cells.count >= 2, cells.allSatisfy(isMarked) { markedColumns.append(column) }
            else if !cells.isEmpty { plainColumns += 1 }
        }
        for column in markedColumns {
            for row in table.rows.indices {
                guard let index = slots[row][column] else { continue }
                table.rows[row].cells[index] = unmarked(table.rows[row].cells[index])
            }
        }
        if !markedColumns.isEmpty, plainColumns == 0 {
            table.isIllustrative = true
            table.caption = [.illustrative(table.caption.unmarked)]
            return table
        }
        for column in markedColumns {
            var header = table.headerRows[0].cells[column]
            header.blocks = [.plain([.illustrative(header.blocks.flatMap { Self.runs($0) }.unmarked)])]
            table.headerRows[0].cells[column] = header
        }
        return rowsMarked(table, covered: table.rows.indices.map { row in Set(markedColumns.compactMap { slots[row][$0] }) })
    }

    /// A row whose every value is illustrative (marked, or in a column whose heading
    /// carries the mark: `covered` holds those cells' indices per row) keeps one mark, on
    /// its first cell.
    private func rowsMarked(_ table: Table, covered: [Set<Int>]? = nil) -> Table {
        var table = table
        for position in table.rows.indices {
            let cells = table.rows[position].cells
            let full = cells.indices.filter { !isEmpty(cells[$0]) }
            let marked = full.filter { isMarked(cells[$0]) }
            let markedColumns = covered?[position] ?? []
            // Only a first cell of one run, not already under a marked heading, can carry the row's mark.
            guard marked.count >= 2, full.allSatisfy({ isMarked(cells[$0]) || markedColumns.contains($0) }),
                  !markedColumns.contains(0), let first = cells.first,
                  first.blocks.count == 1, Self.isPlain(first.blocks[0]) else { continue }
            var row = table.rows[position]
            row.cells = cells.map(unmarked)
            row.cells[0].blocks = [.plain([.illustrative(Self.runs(first.blocks[0]).unmarked)])]
            table.rows[position] = row
        }
        return table
    }

    private static func isPlain(_ block: Block) -> Bool {
        if case .plain = block { return true }
        return false
    }

    private static func runs(_ block: Block) -> [Inline] {
        switch block {
        case .plain(let runs), .heading(let runs): return runs
        case .paragraph(let paragraph): return paragraph.content
        default: return []
        }
    }

    static func unmarking(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.content = paragraph.content.unmarked
            return .paragraph(paragraph)
        case .plain(let runs): return .plain(runs.unmarked)
        case .heading(let runs): return .heading(runs.unmarked)
        case .list(var list):
            list.items = list.items.map { ListItem(id: $0.id, $0.blocks.map(unmarking)) }
            return .list(list)
        case .clauses(var list):
            for position in list.clauses.indices { list.clauses[position].content = list.clauses[position].content.unmarked }
            return .clauses(list)
        case .definitions(var list):
            list.items = list.items.map { Definition(term: $0.term.unmarked, details: $0.details.map(unmarking)) }
            return .definitions(list)
        case .table, .figure: return block
        }
    }
}
