public import Foundation

/// How a pack folder on disk differs from what a build would write: the `--check` answer.
public struct PackComparison: Sendable, Hashable {
    /// Files whose bytes differ, relative to the pack folder, sorted.
    public var stale: [String]
    /// Files a build would write that are not there, sorted.
    public var missing: [String]
    /// Files there that a build would not write, sorted.
    public var extra: [String]

    public init(stale: [String] = [], missing: [String] = [], extra: [String] = []) {
        self.stale = stale
        self.missing = missing
        self.extra = extra
    }

    public var isUpToDate: Bool { stale.isEmpty && missing.isEmpty && extra.isEmpty }

    /// Compares rendered files with the folder that should hold them (which may not exist).
    public static func compare(_ files: [RenderedFile], with folder: URL) -> PackComparison {
        compare(files, with: folder, formats: PackFormat.all)
    }

    /// Compares only the files of `formats`: files of other formats in the folder are
    /// neither stale nor extra (a build of those formats leaves them as they are).
    public static func compare(_ files: [RenderedFile], with folder: URL, formats: Set<PackFormat>) -> PackComparison {
        var comparison = PackComparison()
        let present = Set(listFiles(in: folder).filter { path in PackFormat.of(path: path).map(formats.contains) ?? true })
        let files = files.filter { file in PackFormat.of(path: file.path).map(formats.contains) ?? true }
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard present.contains(file.path) else {
                comparison.missing.append(file.path)
                continue
            }
            let existing = try? Data(contentsOf: folder.appendingPathComponent(file.path))
            if existing != file.data { comparison.stale.append(file.path) }
        }
        let expected = Set(files.map(\.path))
        // The marker a build writes into each pack (PackWriter.markerName) is bookkeeping,
        // not content: compared when asked for, never "extra".
        comparison.extra = present.subtracting(expected).subtracting([PackWriter.markerName]).sorted()
        return comparison
    }

    /// Every regular file under `folder`, as sorted relative paths with `/`; empty when
    /// the folder does not exist.
    public static func listFiles(in folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}
