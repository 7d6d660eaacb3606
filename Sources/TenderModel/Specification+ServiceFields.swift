/// The field records of the service language (capacity, service type, cover,
/// geography hierarchy, duration norms), kept beside the main walk.
extension Specification {
    func walk(norm: DurationNorm?, into w: inout FieldWalker) {
        guard let norm else { return }
        w.within("Maximum support duration", key: "maximumSupportDuration") { w in
            w.field("Flexible", key: "flexible", norm.flexible)
            w.field("Note", key: "note", norm.note, prose: true)
        }
    }
}

extension Specification {
    func walk(coverDetail cover: Cover, into w: inout FieldWalker) {
        w.field("Staffed hours", key: "hours", cover.hours)
        w.field("Night", key: "night", cover.night)
        w.field("Out-of-hours cover", key: "outOfHoursCover", cover.outOfHoursCover)
    }

    func walk(capacity: [Capacity], into w: inout FieldWalker) {
        for item in capacity {
            // Keyed by measure (and qualifier, so "at least 20" and "up to 30 units" are two).
            let id = item.measure.value.rawValue + (item.qualifier.map { "-" + $0.value.rawValue } ?? "")
            w.element("Capacity \(item.measure.value.rawValue)", in: "capacity", id: id, display: item.summary,
                      location: item.location, provenance: item.measure.provenance) { w in
                w.field("Amount", key: "amount", item.amount)
                w.field("Qualifier", key: "qualifier", item.qualifier)
                w.field("Note", key: "note", item.note, prose: true)
            }
        }
    }

    func walk(overlaps: [LotOverlap], into w: inout FieldWalker) {
        for overlap in overlaps {
            w.element("Overlaps lot \(overlap.lot.value)", in: "overlaps", id: overlap.lot.value,
                      display: overlap.reason.value, location: overlap.location, provenance: overlap.lot.provenance) { w in
                w.field("Reason", key: "reason", overlap.reason, prose: true)
            }
        }
    }
}

extension Specification {
    func walk(hierarchyOf area: Area, into w: inout FieldWalker) {
        w.fields("Contains", key: "contains", area.contains, byValue: true)
        w.field("Parent", key: "parent", area.parent)
    }
}
