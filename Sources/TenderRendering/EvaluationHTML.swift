import TenderModel
internal import XMLKit

/// The invitation's evaluation section, in the order a bidder reads it: the split,
/// the pass/fail minimum standards (assessed first), the scored criteria with their
/// sub-criteria, the method statement questions with weightings and word limits, and
/// the scoring scale.
struct EvaluationHTML {
    let evaluation: Evaluation
    let html: HTMLContext

    private var labels: Labels { html.labels }

    func add(to section: XMLElement) {
        addSplit(to: section)
        let standards = evaluation.criteria.filter { $0.category.value == .passFail }
        if !standards.isEmpty { addStandards(standards, to: section) }
        addCriteria(to: section)
        if !evaluation.questions.isEmpty { addQuestions(to: section) }
        if !evaluation.scoringScale.isEmpty { addScale(to: section) }
    }

    private func addSplit(to section: XMLElement) {
        guard let quality = evaluation.qualityWeight, let price = evaluation.priceWeight else { return }
        let shares = [quality, price] + [evaluation.socialValueWeight].compactMap { $0 }
        let parts = labels[shares.count == 3 ? "evaluation.split.socialValue" : "evaluation.split"].components(separatedBy: "%@")
        guard parts.count == shares.count + 1 else { return }
        let p = section.addElement("p")
        for (index, share) in shares.enumerated() {
            p.addText(parts[index])
            html.addValue(share, to: p, Formatting.percent)
        }
        p.addText(parts[shares.count])
    }

    private func addStandards(_ standards: [EvaluationCriterion], to section: XMLElement) {
        section.addElement("p", text: labels["evaluation.passFail.intro"])
        let body = html.table(caption: labels["evaluation.passFail.caption"],
                              columns: [labels["evaluation.passFail.standard"], labels["evaluation.description"]],
                              class: "minimum-standards", in: section)
        for criterion in standards {
            let row = body.addElement("tr", attributes: ["id": "criterion-\(criterion.id.value)"])
            html.addValue(criterion.name, to: row.addElement("th", attributes: ["scope": "row"]))
            let description = row.addElement("td")
            if let text = criterion.description { html.addValue(text, to: description) }
        }
    }

    private func addCriteria(to section: XMLElement) {
        let numbered = Dictionary(grouping: evaluation.questions, by: { $0.criterion.id.value })
        let body = html.table(caption: labels["evaluation.caption"],
                              columns: [labels["evaluation.criterion"], labels["evaluation.category"],
                                        labels["evaluation.weight"], labels["evaluation.description"]],
                              class: "evaluation", in: section)
        for criterion in evaluation.weightedCriteria {
            let row = body.addElement("tr", attributes: ["id": "criterion-\(criterion.id.value)"])
            html.addValue(criterion.name, to: row.addElement("th", attributes: ["scope": "row"]))
            row.addElement("td", text: labels["evaluation.category.\(criterion.category.value.rawValue)"])
            let weight = row.addElement("td", attributes: ["class": "number"])
            if let value = criterion.weight { html.addValue(value, to: weight, Formatting.percent) }
            let description = row.addElement("td")
            if let text = criterion.description { html.addValue(text, to: description) }
            let questions = numbered[criterion.id.value] ?? []
            if !questions.isEmpty {
                let p = description.addElement("p", attributes: ["class": "questions"])
                p.addText(labels["evaluation.questions.answeredIn"] + " ")
                for (index, item) in questions.enumerated() {
                    if index > 0 { p.addText(", ") }
                    p.addElement("a", attributes: ["href": "#question-\(item.question.id.value)"],
                                 text: labels.format("evaluation.questions.label", String(item.number)))
                }
            }
            if !criterion.subCriteria.isEmpty {
                description.addElement("p", text: labels["evaluation.subCriteria"])
                let list = description.addElement("ul", attributes: ["class": "sub-criteria"])
                for sub in criterion.subCriteria {
                    let item = list.addElement("li", attributes: ["id": "criterion-\(criterion.id.value)_sub-\(sub.id.value)"])
                    html.addValue(sub.name, to: item.addElement("strong"))
                    item.addText(" (")
                    html.addValue(sub.weight, to: item, Formatting.percent)
                    item.addText(")")
                    if let text = sub.description {
                        item.addText(": ")
                        html.addValue(text, to: item)
                    }
                }
            }
        }
    }

    private func addQuestions(to section: XMLElement) {
        let body = html.table(caption: labels["evaluation.questions.caption"],
                              columns: [labels["evaluation.questions.number"], labels["evaluation.questions.question"],
                                        labels["evaluation.criterion"], labels["evaluation.weight"],
                                        labels["evaluation.questions.wordLimit"]],
                              class: "method-statements", in: section)
        for (number, criterion, question) in evaluation.questions {
            let row = body.addElement("tr", attributes: ["id": "question-\(question.id.value)"])
            row.addElement("th", attributes: ["scope": "row"], text: labels.format("evaluation.questions.label", String(number)))
            html.addValue(question.text, to: row.addElement("td"))
            row.addElement("td").addElement("a", attributes: ["href": "#criterion-\(criterion.id.value)"], text: criterion.name.value)
            html.addValue(question.weight, to: row.addElement("td", attributes: ["class": "number"]), Formatting.percent)
            html.addValue(question.wordLimit, to: row.addElement("td", attributes: ["class": "number"])) {
                labels.format("evaluation.questions.words", Formatting.grouped($0))
            }
        }
    }

    private func addScale(to section: XMLElement) {
        section.addElement("p", text: labels["evaluation.scale.intro"])
        let labelled = evaluation.scoringScale.contains { $0.label != nil }
        let columns = [labels["evaluation.scale.score"]] + (labelled ? [labels["evaluation.scale.label"]] : [])
            + [labels["evaluation.scale.definition"]]
        let body = html.table(caption: labels["evaluation.scale.caption"], columns: columns, class: "scoring-scale", in: section)
        for point in evaluation.scoringScale {
            let row = body.addElement("tr")
            html.addValue(point.score, to: row.addElement("th", attributes: ["scope": "row", "class": "number"]), Formatting.number)
            if labelled {
                let cell = row.addElement("td")
                if let label = point.label { html.addValue(label, to: cell) }
            }
            let definition = row.addElement("td")
            if let text = point.definition { html.addValue(text, to: definition) }
        }
    }
}
