import TenderModel

/// Lowering of `evaluation:`: the split, criteria with sub-criteria and method
/// statement questions, pass/fail standards and the scoring scale.
extension Lowerer {
    func evaluation(_ value: YAMLValue) throws -> Evaluation? {
        let keys = ["quality", "price", "socialValue", "minimumSocialValue", "criteria", "scoringScale"]
        guard let r = ObjectReader(value, what: "evaluation", keys: keys) else { return nil }
        let quality = r.optional("quality")?.number(in: NumberRange.weight, what: "quality weighting")
        let price = r.optional("price")?.number(in: NumberRange.weight, what: "price weighting")
        let socialValue = r.optional("socialValue")?.number(in: NumberRange.weight, what: "social value weighting")
        let minimum = r.optional("minimumSocialValue")?.number(in: NumberRange.weight, what: "minimum social value")
        let criteria = try r.optional("criteria")?.list(what: "criteria") { try criterion($0) } ?? []
        let scale = try r.optional("scoringScale")?.list(what: "scores") { scoreDefinition($0) } ?? []
        return Evaluation(qualityWeight: quality, priceWeight: price, socialValueWeight: socialValue,
                          minimumSocialValue: minimum, criteria: criteria, scoringScale: scale, location: r.location)
    }

    func criterion(_ value: YAMLValue) throws -> EvaluationCriterion? {
        let keys = ["id", "name", "category", "weight", "description", "subCriteria", "questions"]
        guard let r = ObjectReader(value, what: "evaluation criterion", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let category = r.required("category")?.choice(EvaluationCriterion.Category.self, what: "criterion category")
        // A pass/fail standard has no weighting (a rule reports one that is given).
        let weight = (category?.value == .passFail ? r.optional("weight") : r.required("weight"))?.number(in: NumberRange.weight, what: "weighting")
        let description = r.optional("description")?.text()
        let subCriteria = try r.optional("subCriteria")?.list(what: "sub-criteria") { subCriterion($0) } ?? []
        let questions = try r.optional("questions")?.list(what: "method statement questions") { question($0) } ?? []
        guard let id, let name, let category else { return nil }
        guard weight != nil || category.value == .passFail else { return nil }
        return EvaluationCriterion(id: id, name: name, category: category, weight: weight, description: description,
                                   subCriteria: subCriteria, questions: questions, location: r.location)
    }

    func subCriterion(_ value: YAMLValue) -> SubCriterion? {
        guard let r = ObjectReader(value, what: "sub-criterion", keys: ["id", "name", "weight", "description"]) else { return nil }
        let id = r.required("id")?.identifier()
        let name = r.required("name")?.text()
        let weight = r.required("weight")?.number(in: NumberRange.weight, what: "weighting")
        let description = r.optional("description")?.text()
        guard let id, let name, let weight else { return nil }
        return SubCriterion(id: id, name: name, weight: weight, description: description, location: r.location)
    }

    func question(_ value: YAMLValue) -> MethodStatementQuestion? {
        let keys = ["id", "question", "weight", "wordLimit"]
        guard let r = ObjectReader(value, what: "method statement question", keys: keys) else { return nil }
        let id = r.required("id")?.identifier()
        let text = r.required("question")?.text()
        let weight = r.required("weight")?.number(in: NumberRange.weight, what: "weighting")
        let wordLimit = r.required("wordLimit")?.integer(in: NumberRange.wordLimit, what: "word limit")
        guard let id, let text, let weight, let wordLimit else { return nil }
        return MethodStatementQuestion(id: id, text: text, weight: weight, wordLimit: wordLimit, location: r.location)
    }

    func scoreDefinition(_ value: YAMLValue) -> ScoreDefinition? {
        guard let r = ObjectReader(value, what: "score", keys: ["score", "label", "definition"]) else { return nil }
        let score = r.required("score")?.number()
        let label = r.optional("label")?.text()
        let definition = r.optional("definition")?.text()
        guard let score else { return nil }
        return ScoreDefinition(score: score, label: label, definition: definition, location: r.location)
    }
}
