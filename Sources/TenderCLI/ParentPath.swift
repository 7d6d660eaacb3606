/// The folder part of a path, as `NSString.deletingLastPathComponent` gives it ("a/b"
/// → "a", "/a" → "/", "a" → ""), without Foundation: swift-corelibs-foundation traps
/// on a one-character relative path ("T"), which made `templates export T` and
/// `init X` crash.
enum ParentPath {
    static func of(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var parent = path[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
        return parent.isEmpty ? "/" : String(parent)
    }
}
