public import TenderModel

/// Compares two specifications value by value, provenance included, ignoring where
/// things were written: the check that a Swift declaration says exactly what a YAML
/// file says.
///
/// `==` on the model compares values only (a `Field` ignores its provenance, as Yams
/// ignores its marks, and some types compare their locations); this walks every stored
/// property instead, so a property added to the model later is compared without this
/// code changing.
public enum SpecificationComparison {
    /// Every difference as `path: old ≠ new`, empty when the two say the same thing.
    ///
    /// Ignored: every `SourceLocation`, the file name, and where `provenance:`
    /// statements are written (their sources are compared as a set: a declaration
    /// states a provenance where the YAML's mapping did, or on the value itself).
    public static func differences(_ lhs: TenderModel.Specification, _ rhs: TenderModel.Specification) -> [String] {
        var out: [String] = []
        compare(lhs, rhs, path: "specification", into: &out)
        let left = sources(lhs.provenanceStatements), right = sources(rhs.provenanceStatements)
        if left != right {
            out.append("provenanceStatements: \(left.sorted()) ≠ \(right.sorted())")
        }
        return out
    }

    static func sources(_ statements: [Field<String>]) -> Set<String> {
        Set(statements.map(\.value).filter { $0 != "illustrative" })
    }

    static func compare(_ lhs: Any, _ rhs: Any, path: String, into out: inout [String]) {
        guard out.count < 50 else { return }
        if lhs is SourceLocation { return }
        guard ObjectIdentifier(type(of: lhs)) == ObjectIdentifier(type(of: rhs)) else {
            out.append("\(path): \(type(of: lhs)) ≠ \(type(of: rhs))")
            return
        }
        let left = Mirror(reflecting: lhs), right = Mirror(reflecting: rhs)
        switch left.displayStyle {
        case .optional, .collection:
            let l = Array(left.children), r = Array(right.children)
            guard l.count == r.count else {
                out.append("\(path): \(l.count) item(s) ≠ \(r.count) item(s)")
                return
            }
            for (index, (a, b)) in zip(l, r).enumerated() {
                compare(a.value, b.value, path: left.displayStyle == .optional ? path : "\(path)[\(index)]", into: &out)
            }
        case .enum:
            let l = Array(left.children), r = Array(right.children)
            guard let a = l.first, let b = r.first else {
                if String(reflecting: lhs) != String(reflecting: rhs) {
                    out.append("\(path): \(String(reflecting: lhs)) ≠ \(String(reflecting: rhs))")
                }
                return
            }
            guard a.label == b.label else {
                out.append("\(path): .\(a.label ?? "?") ≠ .\(b.label ?? "?")")
                return
            }
            compare(a.value, b.value, path: "\(path).\(a.label ?? "")", into: &out)
        case .struct, .class, .tuple:
            let l = Array(left.children), r = Array(right.children)
            for (index, (a, b)) in zip(l, r).enumerated() {
                let label = a.label ?? "\(index)"
                if path == "specification", label == "file" || label == "provenanceStatements" { continue }
                compare(a.value, b.value, path: "\(path).\(label)", into: &out)
            }
        case .dictionary, .set:
            let l = left.children.map { String(reflecting: $0.value) }.sorted()
            let r = right.children.map { String(reflecting: $0.value) }.sorted()
            if l != r { out.append("\(path): \(l) ≠ \(r)") }
        default:
            if String(reflecting: lhs) != String(reflecting: rhs) {
                out.append("\(path): \(String(reflecting: lhs)) ≠ \(String(reflecting: rhs))")
            }
        }
    }
}
