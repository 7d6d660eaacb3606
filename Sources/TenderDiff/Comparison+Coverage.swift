import TenderModel

extension Comparison {
    /// Replaces the area-by-area changes of each lot in both versions with one change
    /// saying what the lot covers in fact: the smallest areas reached through the area
    /// hierarchy (`all`, a locality, or districts named one by one). `all` → every
    /// district but Norwich is one material change naming Norwich; `all` → every
    /// district is an editorial restatement; a locality whose `contains` changed changes
    /// what its lots cover even where the lot's own words did not change.
    mutating func compareCoverage(old: SpecificationDiff.Version, new: SpecificationDiff.Version) {
        let oldHierarchy = AreaHierarchy(old.areas)
        let newHierarchy = AreaHierarchy(new.areas)
        var names: [String: String] = [:]
        for area in old.areas { names[area.id.value] = area.name.value }
        for area in new.areas { names[area.id.value] = area.name.value }
        func name(_ id: String) -> String { names[id] ?? id }
        func written(_ selection: AreaSelection) -> String {
            switch selection {
            case .all: return "all areas"
            case .areas(let list): return list.map { name($0.value) }.joined(separator: ", ")
            }
        }
        var oldLots: [String: SpecificationDiff.Version.CoverageLot] = [:]
        for lot in old.coverageLots where oldLots[lot.id] == nil { oldLots[lot.id] = lot }
        var seen: Set<String> = []
        for lot in new.coverageLots {
            let id = lot.id
            let oldID = renamedLots[id] ?? id
            guard !seen.contains(id), let before = oldLots[oldID] else { continue }
            seen.insert(id)
            func isArea(_ key: [String], _ lotID: String) -> Bool {
                key.count >= 3 && key[0] == "lots" && key[1] == lotID && key[2] == "areas"
            }
            let firstChange = changes.firstIndex { isArea($0.key, id) || isArea($0.key, oldID) }
            let oldLeaves = oldHierarchy.leaves(of: before.areas)
            let newLeaves = newHierarchy.leaves(of: lot.areas)
            guard firstChange != nil || oldLeaves != newLeaves else { continue }
            changes.removeAll { isArea($0.key, id) || isArea($0.key, oldID) }
            let coverage = Change.Coverage(
                dropped: oldLeaves.subtracting(newLeaves).map(name).sorted(),
                added: newLeaves.subtracting(oldLeaves).map(name).sorted())
            let summary = Change.LotSummary(id: id, number: lot.number, title: lot.title)
            let location: SourceLocation
            switch lot.areas {
            case .all(let at, _): location = at
            case .areas(let list): location = list.first?.location ?? lot.location
            }
            let oldText = written(before.areas), newText = written(lot.areas)
            var change = Change(
                kind: .changed,
                classification: oldLeaves == newLeaves
                    ? .editorial : ClassificationTable.classify("lots.areas", overrides: policy.classification),
                path: "Lot \(lot.number) · Areas", key: ["lots", id, "areas"], fieldKey: "lots.areas",
                old: oldText, new: newText,
                reference: "Lot \(lot.number)", lot: summary, location: location)
            change.coverage = coverage
            change.note = coverage.description
            // Where the lot's first area change was, or after the lot's last change.
            let position = firstChange
                ?? (changes.lastIndex { $0.lot?.id == id }.map { $0 + 1 }) ?? changes.count
            changes.insert(change, at: min(position, changes.count))
            if buildsRows { collapseAreaRows(lotID: id, oldLotID: oldID, old: oldText, new: newText, same: oldLeaves == newLeaves) }
        }
    }

    /// The redline's rows for a lot's areas as one row: what it covers, before and after.
    private mutating func collapseAreaRows(lotID: String, oldLotID: String, old: String, new: String, same: Bool) {
        func isArea(_ record: FieldRecord?) -> Bool {
            guard let key = record?.key, key.count >= 3, key[0] == "lots", key[2] == "areas" else { return false }
            return key[1] == lotID || key[1] == oldLotID
        }
        guard let first = rows.firstIndex(where: { isArea($0.old) || isArea($0.new) }) else { return }
        let template = rows[first].record
        rows.removeAll { isArea($0.old) || isArea($0.new) }
        func record(_ display: String) -> FieldRecord {
            var record = template
            record.display = display
            record.key = ["lots", lotID, "areas"]
            record.fieldKey = "lots.areas"
            record.role = .value
            record.isProse = false
            record.path = Array(template.path.dropLast()) + ["Areas"]
            return record
        }
        let status: SpecificationDiff.Row.Status = old == new && same ? .same : .changed
        rows.insert(.init(status: status, old: record(old), new: record(new)), at: min(first, rows.count))
    }
}
