import TenderRendering

/// The last line of `build` in the text format: what was written and where, so that
/// a person reads the outcome of the run on its final line (the counts of findings
/// are on the line above it).
enum BuildSummary {
    /// `Wrote 7 packs to Output/ (3 updated, 4 unchanged)`, with `1 removed (no
    /// specification)` and `; 2 specifications with errors not built` when so; with
    /// --check, `Checked 7 packs in Output/, nothing written: up to date` or `…: 2 packs
    /// out of date`.
    static func line(_ outcome: PackBuild.Outcome, folder: String, notBuilt: Int, checking: Bool) -> String {
        let shown = VisibleText.escape(folder.hasSuffix("/") ? folder : folder + "/")
        let withErrors = notBuilt == 0 ? ""
            : "; \(count(notBuilt, "specification", "specifications")) with errors not built"
        if checking {
            let state = outcome.stale.isEmpty ? "up to date" : "\(count(outcome.stale.count, "pack", "packs")) out of date"
            return "Checked \(count(outcome.checked, "pack", "packs")) in \(shown), nothing written: \(state)" + withErrors
        }
        var parts: [String] = []
        for kind in [PackWriter.Outcome.created, .updated, .unchanged] {
            let number = outcome.written.filter { $0 == kind }.count
            if number > 0 { parts.append("\(number) \(kind.rawValue)") }
        }
        if outcome.removed > 0 { parts.append("\(outcome.removed) removed (no specification)") }
        let packs = outcome.written.isEmpty ? "no packs" : count(outcome.written.count, "pack", "packs")
        return "Wrote \(packs) to \(shown)" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))") + withErrors
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 1 ? "1 \(one)" : "\(number) \(many)"
    }
}
