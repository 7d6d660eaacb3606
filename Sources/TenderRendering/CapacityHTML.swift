import TenderModel
internal import XMLKit

/// A lot's capacity as the source says it: "at least 20 units", "about 300 referrals a year".
enum CapacityHTML {
    static func add(_ capacity: [Capacity], html: HTMLContext, to section: XMLElement) {
        let list = section.addElement("ul", attributes: ["class": "capacity"])
        for item in capacity {
            let li = list.addElement("li")
            let invented = item.amount.provenance.isIllustrative || item.measure.provenance.isIllustrative
                || item.qualifier?.provenance.isIllustrative == true
            html.addValue(Formatting.capitalised(item.summary), invented ? .illustrative : item.amount.provenance, to: li)
            if let note = item.note {
                li.addText(" (")
                html.addValue(note, to: li)
                li.addText(")")
            }
        }
    }
}

extension Cover {
    /// Whether any part of the cover is invented.
    var isIllustrative: Bool {
        daysPerWeek.provenance.isIllustrative || nightCover.provenance.isIllustrative
            || hours?.provenance.isIllustrative == true || night?.provenance.isIllustrative == true
            || outOfHoursCover?.provenance.isIllustrative == true
    }
}
