import TenderModel

/// The invitation's evaluation section, in the order a bidder reads it: the split,
/// the pass/fail minimum standards (assessed first), the scored criteria with their
/// sub-criteria, the method statement questions with weightings and word limits, and
/// the scoring scale.
struct EvaluationBuilder {
    let context: BuildContext
    let evaluation: Evaluation

    private var wording: Wording { context.wording }

    func blocks() -> [Block] {
        var blocks: [Block] = []
        if let split = split() { blocks.append(split) }
        let standards = evaluation.criteria.filter { $0.category.value == .passFail }
        if !standards.isEmpty { blocks += self.standards(standards) }
        blocks.append(criteria())
        if !evaluation.questions.isEmpty { blocks.append(questions()) }
        if !evaluation.scoringScale.isEmpty { blocks += scale() }
        return blocks
    }

    private func split() -> Block? {
        guard let quality = evaluation.qualityWeight, let price = evaluation.priceWeight else { return nil }
        let shares = [quality, price] + [evaluation.socialValueWeight].compactMap { $0 }
        let parts = wording[shares.count == 3 ? "evaluation.split.socialValue" : "evaluation.split"].split(separator: "%@", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == shares.count + 1 else { return nil }
        var runs: [Inline] = []
        for (index, share) in shares.enumerated() {
            runs.append(.text(parts[index]))
            runs += context.value(share, Formatting.percent)
        }
        runs.append(.text(parts[shares.count]))
        return .paragraph(Paragraph(runs))
    }

    private func standards(_ standards: [EvaluationCriterion]) -> [Block] {
        let rows = standards.map { criterion in
            Table.Row(id: "criterion-\(criterion.id.value)", [
                Table.Cell(context.value(criterion.name), header: .row),
                Table.Cell(criterion.description.map { context.value($0) } ?? []),
            ])
        }
        return [
            context.paragraph(wording["evaluation.passFail.intro"]),
            context.table(caption: wording["evaluation.passFail.caption"],
                          columns: [Table.Column(wording["evaluation.passFail.standard"]), Table.Column(wording["evaluation.description"])],
                          role: "minimum-standards", rows: rows),
        ]
    }

    private func criteria() -> Block {
        let numbered = Dictionary(grouping: evaluation.questions, by: { $0.criterion.id.value })
        let rows = evaluation.weightedCriteria.map { criterion -> Table.Row in
            var description: [Block] = criterion.description.map { [.plain(context.value($0))] } ?? []
            let questions = numbered[criterion.id.value] ?? []
            if !questions.isEmpty {
                let links = questions.map { item -> [Inline] in
                    [.link(.anchor("question-\(item.question.id.value)"),
                           [.text(wording.format("evaluation.questions.label", String(item.number)))])]
                }
                description.append(.paragraph(Paragraph([.text(wording["evaluation.questions.answeredIn"] + " ")]
                                                        + BuildContext.joined(links, separator: ", "), role: .questions)))
            }
            if !criterion.subCriteria.isEmpty {
                description.append(context.paragraph(wording["evaluation.subCriteria"]))
                let items = criterion.subCriteria.map { sub -> ListItem in
                    var runs: [Inline] = [.strong(context.value(sub.name)), .text(" (")]
                    runs += context.value(sub.weight, Formatting.percent) + [.text(")")]
                    if let text = sub.description { runs += [.text(": ")] + context.value(text) }
                    return ListItem(id: "criterion-\(criterion.id.value)_sub-\(sub.id.value)", inlines: runs)
                }
                description.append(.list(ItemList(items, role: BlockRole(rawValue: "sub-criteria"))))
            }
            return Table.Row(id: "criterion-\(criterion.id.value)", [
                Table.Cell(context.value(criterion.name), header: .row),
                Table.Cell([.text(wording["evaluation.category.\(criterion.category.value.rawValue)"])]),
                Table.Cell(criterion.weight.map { context.value($0, Formatting.percent) } ?? [], numeric: true),
                Table.Cell(blocks: description),
            ])
        }
        return context.table(caption: wording["evaluation.caption"],
                             columns: [Table.Column(wording["evaluation.criterion"]), Table.Column(wording["evaluation.category"]),
                                       Table.Column(wording["evaluation.weight"], numeric: true),
                                       Table.Column(wording["evaluation.description"])],
                             role: "evaluation", rows: rows)
    }

    private func questions() -> Block {
        let rows = evaluation.questions.map { number, criterion, question in
            Table.Row(id: "question-\(question.id.value)", [
                Table.Cell([.text(wording.format("evaluation.questions.label", String(number)))], header: .row),
                Table.Cell(context.value(question.text)),
                Table.Cell([.link(.anchor("criterion-\(criterion.id.value)"), [.text(criterion.name.value)])]),
                Table.Cell(context.value(question.weight, Formatting.percent), numeric: true),
                Table.Cell(context.value(question.wordLimit) { wording.format("evaluation.questions.words", Formatting.grouped($0)) },
                           numeric: true),
            ])
        }
        return context.table(caption: wording["evaluation.questions.caption"],
                             columns: [Table.Column(wording["evaluation.questions.number"]),
                                       Table.Column(wording["evaluation.questions.question"]),
                                       Table.Column(wording["evaluation.criterion"]),
                                       Table.Column(wording["evaluation.weight"], numeric: true),
                                       Table.Column(wording["evaluation.questions.wordLimit"], numeric: true)],
                             role: "method-statements", rows: rows)
    }

    private func scale() -> [Block] {
        let labelled = evaluation.scoringScale.contains { $0.label != nil }
        var columns = [Table.Column(wording["evaluation.scale.score"], numeric: true)]
        if labelled { columns.append(Table.Column(wording["evaluation.scale.label"])) }
        columns.append(Table.Column(wording["evaluation.scale.definition"]))
        let rows = evaluation.scoringScale.map { point -> Table.Row in
            var cells = [Table.Cell(context.value(point.score, Formatting.number), header: .row, numeric: true)]
            if labelled { cells.append(Table.Cell(point.label.map { context.value($0) } ?? [])) }
            cells.append(Table.Cell(point.definition.map { context.value($0) } ?? []))
            return Table.Row(cells)
        }
        return [context.paragraph(wording["evaluation.scale.intro"]),
                context.table(caption: wording["evaluation.scale.caption"], columns: columns, role: "scoring-scale", rows: rows)]
    }
}
