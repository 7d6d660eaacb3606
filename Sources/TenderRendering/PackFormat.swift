import Foundation

/// A kind of file a pack holds. `tenderpack build --formats` chooses which are built;
/// files of the formats not chosen are left in the pack folder as they are (and
/// `--check` does not look at them).
///
/// A pack file's format follows from its name (`of(path:)`), so the writer and the
/// `--check` comparison need no other bookkeeping. To add a format, add a case with its
/// file extension and produce its files in `PackBuild`.
public enum PackFormat: String, CaseIterable, Sendable, Comparable {
    /// `tender-pack.xml`, `outcome-schedule.xml`: the data, valid against Templates/schema.
    case xml
    /// `tender-pack.html`, `outcome-schedule.html`: the documents, for screen and print.
    case html
    /// `ocds-release.json`: the Open Contracting release of a tender or award.
    case ocds
    /// `tender-pack.pdf`, `outcome-schedule.pdf`: the HTML paged by a PDF engine (`PDFEngine`).
    case pdf
    /// `tender-pack.odt`, `outcome-schedule.odt`: OpenDocument text, every part valid ODF 1.3.
    case odt
    /// `tender-pack.docx`, `outcome-schedule.docx`: Word documents.
    case docx

    /// The extension of this format's files (without the dot).
    public var fileExtension: String {
        switch self {
        case .xml: return "xml"
        case .html: return "html"
        case .ocds: return "json"
        case .pdf: return "pdf"
        case .odt: return "odt"
        case .docx: return "docx"
        }
    }

    /// The format of a pack file, from its name; nil for a file no format makes.
    public static func of(path: String) -> PackFormat? {
        // The manifest records every format's files: it belongs to none.
        guard path != PackManifest.fileName else { return nil }
        return allCases.first { path.hasSuffix("." + $0.fileExtension) }
    }

    public static func < (lhs: PackFormat, rhs: PackFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Every format, in order: what a build makes unless told otherwise.
    public static let all = Set(allCases)

    /// The names a user writes, for help and messages: `xml, html, ocds, pdf`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads a comma-separated list (`html,pdf`; `all` for every format). Names are
    /// case-insensitive; repeats are allowed; an empty list is not.
    public static func parse(_ list: String) throws(PackFormatError) -> Set<PackFormat> {
        var formats: Set<PackFormat> = []
        let items = list.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for item in items {
            if item == "all" {
                formats.formUnion(all)
            } else if let format = PackFormat(rawValue: item) {
                formats.insert(format)
            } else {
                throw PackFormatError(item: item)
            }
        }
        return formats
    }
}

/// A name in a `--formats` list that is no format.
public struct PackFormatError: Error, Sendable, CustomStringConvertible {
    public let item: String

    public var description: String {
        item.isEmpty ? "an empty name in the list of formats; choose from \(PackFormat.names) or all"
            : "unknown format '\(item)'; choose from \(PackFormat.names) or all"
    }
}
