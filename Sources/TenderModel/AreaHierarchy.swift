/// The areas of a specification as a hierarchy: which areas each one is made of
/// (`contains:`, or `parent:` written on the child), and from that the smallest areas
/// (leaves) each area or lot covers in fact.
///
/// Built once per specification; every lookup is a dictionary lookup, and each area's
/// leaves are computed once, so a national framework's geography stays linear.
public struct AreaHierarchy: Sendable {
    /// Child ids of each area, in the order written, without duplicates.
    public let children: [String: [String]]
    /// Every defined area id, in document order.
    public let ids: [String]
    /// Ids on a cycle (an area that ends up inside itself), in document order.
    public let cycle: [String]
    private let leafSets: [String: Set<String>]
    /// Areas whose make-up is invented (`contains: !illustrative [...]`, or an
    /// illustrative `parent:` pointing at them).
    public let inventedMakeUp: Set<String>

    public init(_ areas: [Area]) {
        let defined = Set(areas.map(\.id.value))
        var children: [String: [String]] = [:]
        // A set beside the lists, so a county of thousands of districts is not a scan per child.
        var linked: Set<[String]> = []
        func link(_ parent: String, _ child: String) {
            guard defined.contains(parent), defined.contains(child) else { return }
            if linked.insert([parent, child]).inserted { children[parent, default: []].append(child) }
        }
        for area in areas {
            for child in area.contains { link(area.id.value, child.value) }
            if let parent = area.parent { link(parent.value, area.id.value) }
        }
        self.children = children
        ids = areas.map(\.id.value)
        var invented: Set<String> = []
        for area in areas {
            if area.contains.contains(where: { $0.provenance.isIllustrative }) { invented.insert(area.id.value) }
            if let parent = area.parent, parent.provenance.isIllustrative { invented.insert(parent.value) }
        }
        inventedMakeUp = invented

        // Depth-first, iteratively (deep hierarchies must not exhaust the stack):
        // leaves of an area are its children's leaves, or itself when it has none.
        var leafSets: [String: Set<String>] = [:]
        var onCycle: Set<String> = []
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        for root in ids where marks[root] == nil {
            var stack: [(id: String, next: Int)] = [(root, 0)]
            marks[root] = .visiting
            while let top = stack.last {
                let kids = children[top.id] ?? []
                if top.next < kids.count {
                    stack[stack.count - 1].next += 1
                    let child = kids[top.next]
                    switch marks[child] {
                    case nil:
                        marks[child] = .visiting
                        stack.append((child, 0))
                    case .visiting?:
                        // Everything on the stack from the child up is on the cycle.
                        if let start = stack.firstIndex(where: { $0.id == child }) {
                            for entry in stack[start...] { onCycle.insert(entry.id) }
                        }
                    case .done?:
                        break
                    }
                } else {
                    stack.removeLast()
                    marks[top.id] = .done
                    if kids.isEmpty {
                        leafSets[top.id] = [top.id]
                    } else {
                        leafSets[top.id] = kids.reduce(into: Set<String>()) { $0.formUnion(leafSets[$1] ?? []) }
                    }
                }
            }
        }
        self.leafSets = leafSets
        cycle = ids.filter { onCycle.contains($0) }
    }

    /// The smallest areas `id` is made of (itself when it contains none).
    public func leaves(of id: String) -> Set<String> { leafSets[id] ?? [id] }

    /// The smallest areas a selection covers in fact.
    public func leaves(of selection: AreaSelection) -> Set<String> {
        switch selection {
        case .all: return Set(ids.filter { (children[$0] ?? []).isEmpty })
        case .areas(let named): return named.reduce(into: Set<String>()) { $0.formUnion(leaves(of: $1.value)) }
        }
    }

    public var isFlat: Bool { children.isEmpty }
}
