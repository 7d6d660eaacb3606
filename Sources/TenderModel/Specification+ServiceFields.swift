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
