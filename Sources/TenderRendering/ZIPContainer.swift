public import Foundation
internal import ZIPFoundation

/// A ZIP container (an ODT or a DOCX) written the same, byte for byte, on every run and
/// every machine.
///
/// Entries go in exactly the order given, each dated 1980-01-01 00:00 (the earliest
/// date ZIP can hold, so no clock or time zone leaks in), with permissions 0644, and
/// STORED, not deflated: ZIPFoundation deflates with zlib on Linux but with Apple's
/// Compression framework on macOS, and the two compressors give different bytes for the
/// same text, so compressed containers would differ between a council's Mac and CI.
/// Storing also meets ODF's rule that `mimetype` comes first, uncompressed, with no
/// extra field (ZIPFoundation writes none below 4 GB).
public struct ZIPContainer: Sendable {
    /// One file of the container: its path inside the ZIP and its bytes.
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// The date every entry carries: MS-DOS time 0 (1980-01-01 00:00:00 UTC).
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The container's bytes.
    public func data() throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw ZIPContainerError(reason: "could not start a ZIP archive in memory: \(error)")
        }
        for entry in entries {
            let bytes = entry.data
            do {
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: Self.fixedDate, permissions: 0o644, compressionMethod: .none,
                    provider: { position, size in
                        let start = bytes.startIndex + Int(position)
                        return bytes.subdata(in: start..<min(start + size, bytes.endIndex))
                    })
            } catch {
                throw ZIPContainerError(reason: "could not add \(entry.path): \(error)")
            }
        }
        guard let data = archive.data else { throw ZIPContainerError(reason: "the ZIP archive has no data") }
        return data
    }
}

/// Why a container could not be made (out of memory, an entry ZIPFoundation refused).
public struct ZIPContainerError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
