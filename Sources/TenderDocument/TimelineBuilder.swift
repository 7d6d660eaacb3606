import TenderModel

/// The invitation's timeline: each step by its own or the council's name, with its
/// date, the time of day when there is one ("10 April 2026, 12 noon") and the end of a
/// step that is a period ("1 January to 31 March 2027").
struct TimelineBuilder {
    let context: BuildContext

    private var wording: Wording { context.wording }

    func table(_ timeline: [Milestone]) -> Block {
        let rows = timeline.map { milestone in
            Table.Row([
                Table.Cell(milestone.name.map { context.value($0) } ?? [.text(milestone.kind.value.title)], header: .row),
                Table.Cell(when(milestone)),
                Table.Cell(milestone.description.map { context.value($0) } ?? []),
            ])
        }
        return context.table(caption: wording["timeline.caption"],
                             columns: [Table.Column(wording["timeline.step"]), Table.Column(wording["timeline.date"]),
                                       Table.Column(wording["timeline.details"])],
                             role: "timeline", rows: rows)
    }

    /// The date (or the source's wording of it), the time and the end of a period, each
    /// marked on its own when it is illustrative.
    func when(_ milestone: Milestone) -> [Inline] {
        let date = milestone.date
        var datetime = date.value.description
        if let time = milestone.time, date.value.day != nil { datetime += "T" + time.value.description }
        var start: [Inline]
        if let label = milestone.label {
            start = context.value(label.value, date.provenance.isIllustrative ? .illustrative : label.provenance)
        } else {
            start = context.value(date) { Self.startText($0, in: milestone) }
        }
        if let time = milestone.time {
            start.append(.text(", "))
            start += context.value(time) { $0.longForm }
        }
        var runs: [Inline] = [.time(datetime: datetime, start)]
        if let end = milestone.end {
            runs.append(.text(" " + wording["timeline.to"] + " "))
            runs.append(.time(datetime: end.value.description, context.value(end) { $0.longForm }))
        }
        return runs
    }

    /// The start of a period within one year drops the year, as councils write it
    /// ("1 January to 31 March 2027"); otherwise the full date.
    static func startText(_ date: CalendarDate, in milestone: Milestone) -> String {
        guard let end = milestone.end?.value, milestone.time == nil, date.year == end.year,
              date.month != nil, end.month != nil else { return date.longForm }
        return String(date.longForm.dropLast(" \(date.year)".count))
    }
}
