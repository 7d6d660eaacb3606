public import Foundation

/// Finds the specification files named on a command line: files as given, folders
/// searched for `.yaml`/`.yml` files, in a stable order.
public enum SpecDiscovery {
    public struct Input: Sendable, Hashable {
        public let url: URL
        /// How findings and reports name the file: the path as the user wrote it.
        public let displayPath: String
    }

    public static func inputs(for paths: [String]) throws(UnreadablePathError) -> [Input] {
        var inputs: [Input] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UnreadablePathError(path: path, reason: "no such file or directory")
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                inputs.append(Input(url: url, displayPath: path))
                continue
            }
            guard let enumerator = manager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                                      options: [.skipsHiddenFiles]) else {
                throw UnreadablePathError(path: path, reason: "cannot list the directory")
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let base = url.standardizedFileURL.path
            for case let file as URL in enumerator where ["yaml", "yml"].contains(file.pathExtension) {
                let full = file.standardizedFileURL.path
                let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : file.lastPathComponent
                inputs.append(Input(url: file, displayPath: prefix + relative))
            }
        }
        var seen = Set<String>()
        return inputs.filter { seen.insert($0.url.standardizedFileURL.path).inserted }
            .sorted { $0.displayPath < $1.displayPath }
    }
}
