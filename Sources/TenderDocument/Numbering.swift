/// Numbers sections and clauses once, when a `Document` is built.
enum Numbering {
    /// Subsections continue the count after their parent's clauses (`start`), so a
    /// clause and a subsection never share a number.
    static func number(_ sections: [Section], prefix: String? = nil, depth: Int = 1, start: Int = 0) -> [Section] {
        var counter = start
        return sections.map { section in
            var section = section
            section.depth = depth
            let number: String?
            if section.isNumbered, prefix != nil || depth == 1 {
                counter += 1
                number = prefix.map { "\($0).\(counter)" } ?? String(counter)
            } else {
                number = nil
            }
            section.number = number
            var clause = 0
            if let number {
                section.blocks = section.blocks.map { numberClauses($0, prefix: number, counter: &clause) }
            }
            section.subsections = Self.number(section.subsections, prefix: number, depth: depth + 1, start: clause)
            return section
        }
    }

    /// Clause lists in a section continue one count ("2.3.1" … "2.3.5") across the
    /// section's blocks, however many lists it holds.
    private static func numberClauses(_ block: Block, prefix: String, counter: inout Int) -> Block {
        switch block {
        case .clauses(var list):
            for index in list.clauses.indices {
                counter += 1
                list.clauses[index].number = "\(prefix).\(counter)"
            }
            return .clauses(list)
        case .table(var table) where table.numberedRows:
            for index in table.rows.indices {
                counter += 1
                table.rows[index].number = "\(prefix).\(counter)"
            }
            return .table(table)
        case .definitions(var list):
            list.items = list.items.map { item in
                Definition(term: item.term, details: item.details.map { numberClauses($0, prefix: prefix, counter: &counter) })
            }
            return .definitions(list)
        case .list(var list):
            list.items = list.items.map { item in
                ListItem(id: item.id, item.blocks.map { numberClauses($0, prefix: prefix, counter: &counter) })
            }
            return .list(list)
        default:
            return block
        }
    }
}
