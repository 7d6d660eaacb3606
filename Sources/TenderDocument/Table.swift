/// A table: caption, header rows, body rows with row headers, column hints.
///
/// Writers repeat the header rows on every page (ODF `table:table-header-rows`, DOCX
/// `w:tblHeader`) and mark row headers (HTML `th scope="row"`).
public struct Table: Sendable, Hashable {
    /// An anchor for the table, when it has one.
    public var id: String?
    public var caption: [Inline]
    public var columns: [Column]
    /// Usually one row of column headings.
    public var headerRows: [Row]
    public var rows: [Row]
    public var role: BlockRole?
    /// Every value in the body is illustrative: the caption carries the one mark and the
    /// cells none (set by `Document.init`'s marking pass, or by the builder).
    public var isIllustrative: Bool
    /// The rows are citable clauses (a lot's requirements): numbering gives each row a
    /// `number` ("3.16.2") continuing its section's clause count, and writers put it in a
    /// first, row-header column titled `numberTitle` — a column that is not in `columns`,
    /// `headerRows` or the rows' cells (writers add its header cell to the first header row).
    public var numberedRows: Bool
    /// The title of the number column of a table with `numberedRows`.
    public var numberTitle: String

    public init(id: String? = nil, caption: [Inline], columns: [Column], headerRows: [Row], rows: [Row],
                role: BlockRole? = nil, isIllustrative: Bool = false, numberedRows: Bool = false,
                numberTitle: String = "") {
        self.id = id
        self.numberedRows = numberedRows
        self.numberTitle = numberTitle
        self.caption = caption
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.role = role
        self.isIllustrative = isIllustrative
    }

    /// A table whose one header row holds the column titles.
    public init(id: String? = nil, caption: [Inline], columns: [Column], rows: [Row], role: BlockRole? = nil) {
        let header = Row(columns.map { Cell([.text($0.title)], header: .column) })
        self.init(id: id, caption: caption, columns: columns, headerRows: [header], rows: rows, role: role)
    }

    /// A column's title and how its cells read.
    public struct Column: Sendable, Hashable {
        public var title: String
        /// Numbers are aligned to the end of the cell.
        public var numeric: Bool
        /// A share of the table's width (0…1) a writer may use; nil lets the writer decide.
        public var width: Double?

        public init(_ title: String, numeric: Bool = false, width: Double? = nil) {
            self.title = title
            self.numeric = numeric
            self.width = width
        }
    }

    /// A row of cells.
    public struct Row: Sendable, Hashable {
        /// An anchor from a model id (`criterion-quality`), when the row has one.
        public var id: String?
        public var cells: [Cell]
        /// The clause number of a row of a table with `numberedRows`. Set by numbering.
        public internal(set) var number: String?

        public init(id: String? = nil, _ cells: [Cell]) {
            self.id = id
            self.cells = cells
            self.number = nil
        }
    }

    /// A cell: blocks (usually one run of inlines), whether it heads its row or column,
    /// how many columns it spans.
    public struct Cell: Sendable, Hashable {
        public var blocks: [Block]
        public var header: HeaderScope?
        public var columnSpan: Int
        /// Aligned as a number (overrides the column's hint for this cell).
        public var numeric: Bool
        public var role: BlockRole?

        public init(blocks: [Block], header: HeaderScope? = nil, columnSpan: Int = 1, numeric: Bool = false,
                    role: BlockRole? = nil) {
            self.blocks = blocks
            self.header = header
            self.columnSpan = columnSpan
            self.numeric = numeric
            self.role = role
        }

        /// A cell holding one run of inlines.
        public init(_ inlines: [Inline], header: HeaderScope? = nil, columnSpan: Int = 1, numeric: Bool = false,
                    role: BlockRole? = nil) {
            self.init(blocks: inlines.isEmpty ? [] : [.plain(inlines)], header: header, columnSpan: columnSpan,
                      numeric: numeric, role: role)
        }
    }

    /// What a header cell heads.
    public enum HeaderScope: String, Sendable, Hashable {
        case column
        case row
    }
}
