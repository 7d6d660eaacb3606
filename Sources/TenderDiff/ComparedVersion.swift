public import TenderModel

extension SpecificationDiff {
    /// One version of a specification reduced to what a comparison reads: its records
    /// (every value, with its stable key), its lots, areas and absorbed services, and —
    /// when asked — how bidder-facing documents name its elements. A caller comparing
    /// two large files loads one, reduces it, lets its model and text go, then loads
    /// the other: at most one model is in memory at a time.
    public struct Version: Sendable {
        /// What a comparison of this version is for.
        public struct Needs: OptionSet, Sendable {
            public let rawValue: Int
            public init(rawValue: Int) { self.rawValue = rawValue }

            /// Every value of both versions aligned, as the redline shows them (`rows`).
            public static let rows = Needs(rawValue: 1)
            /// How bidder-facing documents name elements and write values (`words`):
            /// the redline, the clarification notice, the OCDS amendment.
            public static let words = Needs(rawValue: 2)
            public static let all: Needs = [.rows, .words]
        }

        let side: Side
        let needs: Needs
        /// Every value, as `Specification.structuredFields()` walks them.
        let records: [FieldRecord]
        /// Each record by its key made unique: a second element with the same key (which
        /// validation reports) gets `#2`, so it is still compared rather than lost. Keyed
        /// by the records' own key arrays: no string per record is built to look it up.
        let index: [[String]: Int]
        /// The unique keys that differ from the records' keys (the `#2`s), by record.
        let duplicateKeys: [Int: [String]]
        let lots: [String: Change.LotSummary]
        /// The lots in document order with what they cover, for `compareCoverage`.
        let coverageLots: [CoverageLot]
        let areas: [Area]
        /// Current service id -> the lot that absorbs it (the first one listing it).
        let absorbers: [String: String]
        /// Ids of the lots, for grouping changes by lot.
        let lotIDs: Set<String>
        let words: BidderWords.Part

        struct CoverageLot: Sendable {
            var id: String
            var number: Int
            var title: String
            var areas: AreaSelection
            var location: SourceLocation
        }

        /// Reduces `specification`; `needs` says which of the diff's optional parts
        /// (rows, words) a comparison with this version will build.
        public init(_ specification: Specification, needs: Needs = .all) {
            side = Side(specification: specification)
            self.needs = needs
            var records = specification.structuredFields()
            // Records of the same kind share one schema key string rather than each
            // keeping its own copy for as long as the comparison lives.
            var fieldKeys = Set<String>()
            for index in records.indices {
                records[index].fieldKey = fieldKeys.insert(records[index].fieldKey).memberAfterInsert
            }
            self.records = records
            (index, duplicateKeys) = Version.index(records)
            lots = Comparison.lots(specification)
            coverageLots = specification.lots.map {
                CoverageLot(id: $0.id.value, number: $0.number.value, title: $0.title.value, areas: $0.areas,
                            location: $0.location)
            }
            areas = specification.areas
            absorbers = Dictionary(specification.lots.flatMap { lot in lot.absorbs.map { ($0.value, lot.id.value) } },
                                   uniquingKeysWith: { a, _ in a })
            lotIDs = Set(specification.lots.map(\.id.value))
            words = BidderWords.Part(specification, labelled: needs.contains(.words))
        }

        static func index(_ records: [FieldRecord]) -> ([[String]: Int], [Int: [String]]) {
            var index: [[String]: Int] = [:]
            index.reserveCapacity(records.count)
            var counts: [[String]: Int] = [:]
            var duplicates: [Int: [String]] = [:]
            for position in records.indices {
                let key = records[position].key
                // One hash for the usual, first occurrence of a key.
                guard let first = index.updateValue(position, forKey: key) else { continue }
                index[key] = first
                let count = (counts[key] ?? 1) + 1
                counts[key] = count
                // `lots/a#2`, as the key path reads.
                var unique = key.isEmpty ? [""] : key
                unique[unique.count - 1] += "#\(count)"
                index[unique] = position
                duplicates[position] = unique
            }
            return (index, duplicates)
        }

        /// A record's key made unique (see `index`).
        func uniqueKey(_ position: Int) -> [String] {
            duplicateKeys.isEmpty ? records[position].key : duplicateKeys[position] ?? records[position].key
        }

        /// Where each value is written, by key (the first of duplicates): to locate a
        /// finding about a change at its nearest surviving parent.
        public var locations: [String: SourceLocation] {
            var result: [String: SourceLocation] = [:]
            result.reserveCapacity(records.count)
            for index in records.indices {
                let key = records[index].keyPath
                if result[key] == nil { result[key] = records[index].location }
            }
            return result
        }

        /// The parent part of a record's key (`lots, lot-1, requirements` for a requirement), without copying it.
        func parentKey(_ index: Int) -> ArraySlice<String> {
            records[index].key.dropLast()
        }
    }
}

