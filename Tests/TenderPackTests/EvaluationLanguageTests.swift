import Foundation
import Testing
import TenderDiff
import TenderLoading
import TenderModel
@testable import TenderRendering
import TenderValidation
import XMLKit

/// Evaluation as councils write it: the social value share, pass/fail minimum
/// standards, sub-criteria, method statement questions and the scoring scale — loaded,
/// rendered in the pack and the XML, and classified by the diff.
@Suite struct EvaluationLanguageTests {
    static let evaluation = """
        evaluation:
          quality: 70
          price: 20
          socialValue: 10
          minimumSocialValue: 10
          criteria:
            - {id: insurance, name: Insurance, category: pass-fail, description: Employer's liability insurance.}
            - id: delivery
              name: Service delivery
              category: quality
              weight: 70
              subCriteria:
                - {id: planning, name: Support planning, weight: 40}
                - {id: staffing, name: Staffing, weight: 30}
              questions:
                - {id: ms1, question: How will you plan support with each person?, weight: 40, wordLimit: 1500}
                - {id: ms2, question: How will you staff the service at night?, weight: 30, wordLimit: 1000}
            - id: social-value
              name: Social value
              category: social-value
              weight: 10
              questions:
                - {id: ms3, question: What social value will you deliver locally?, weight: 10, wordLimit: 750}
            - {id: price, name: Price, category: price, weight: 20}
          scoringScale:
            - {score: 0, label: Unacceptable, definition: No answer.}
            - {score: 3, label: Satisfactory, definition: Meets the requirement.}
            - {score: 5, label: Excellent, definition: Exceeds the requirement with strong evidence.}

        """

    static func spec(_ evaluation: String = evaluation, status: String = "tender") throws -> Specification {
        let text = RuleExample.base.replacingOccurrences(of: "status: draft", with: "status: \(status)") + evaluation
        return try RenderingSupport.load(text)
    }

    static func findings(_ text: String) -> [Diagnostic] {
        let result = SpecLoader.load(text: RuleExample.base + text, file: "test.yaml")
        return result.diagnostics + (result.specification.map(Validator.validate) ?? [])
    }

    @Test func loadsTheNewKeys() throws {
        let evaluation = try #require(try Self.spec().evaluation)
        #expect(evaluation.socialValueWeight?.value == 10)
        #expect(evaluation.minimumSocialValue?.value == 10)
        let insurance = try #require(evaluation.criteria.first)
        #expect(insurance.category.value == .passFail)
        #expect(insurance.weight == nil)
        #expect(evaluation.weightedCriteria.map(\.id.value) == ["delivery", "social-value", "price"])
        #expect(evaluation.criteria[1].subCriteria.map(\.weight.value) == [40, 30])
        #expect(evaluation.questions.map { "\($0.number):\($0.criterion.id.value):\($0.question.wordLimit.value)" }
                == ["1:delivery:1500", "2:delivery:1000", "3:social-value:750"])
        #expect(evaluation.scoringScale.map(\.score.value) == [0, 3, 5])
        #expect(evaluation.scoringScale.last?.label?.value == "Excellent")
        #expect(evaluation.share(of: .socialValue)?.value == 10)
    }

    @Test func theOldEvaluationKeysStillLoadUnchanged() throws {
        let spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let evaluation = try #require(spec.evaluation)
        #expect(evaluation.socialValueWeight == nil)
        #expect(evaluation.scoringScale.isEmpty)
        #expect(evaluation.criteria.allSatisfy { $0.weight != nil && $0.questions.isEmpty && $0.subCriteria.isEmpty })
    }

    @Test func aScoredCriterionWithoutAWeightIsALocatedFinding() {
        let findings = Self.findings("""
            evaluation:
              quality: 80
              price: 20
              criteria:
                - {id: quality, name: Quality, category: quality}
                - {id: price, name: Price, category: price, weight: 20}
            """)
        let missing = findings.first { $0.ruleID == "schema.missing-key" }
        #expect(missing?.message.contains("`weight`") == true)
        #expect(missing?.location.line == 29)
    }

    @Test func aQuestionNeedsItsWordLimitAsAWholeNumber() {
        let findings = Self.findings("""
            evaluation:
              quality: 80
              price: 20
              criteria:
                - id: quality
                  name: Quality
                  category: quality
                  weight: 80
                  questions:
                    - {id: q1, question: How?, weight: 80, wordLimit: 1500 words}
                - {id: price, name: Price, category: price, weight: 20}
            """)
        let wrong = findings.first { $0.ruleID == "schema.wrong-type" }
        #expect(wrong?.message.contains("whole number") == true)
        #expect(wrong?.location.line == 34)
    }

    @Test func theExampleSpecsEvaluationIsConsistent() throws {
        let spec = try RenderingSupport.loadSpec(named: "accommodation-pathway-2026.yaml")
        let findings = Validator.validate(spec).filter { $0.ruleID.hasPrefix("evaluation.") }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let evaluation = try #require(spec.evaluation)
        #expect(evaluation.socialValueWeight?.value == 10)
        #expect(evaluation.criteria.contains { $0.category.value == .passFail })
        #expect(evaluation.questions.count >= 5)
        #expect(evaluation.scoringScale.map(\.score.value) == [0, 1, 2, 3, 4, 5])
    }

    func render(_ spec: Specification) throws -> (html: String, xml: Data) {
        let files = try RenderingSupport.renderer().render(spec)
        // libxml2 puts block elements on lines of their own; the assertions read the markup without them.
        let html = files.first { $0.path == "tender-pack.html" }
            .map { String(decoding: $0.data, as: UTF8.self).replacingOccurrences(of: "\n", with: "") } ?? ""
        return (html, files.first { $0.path == "tender-pack.xml" }?.data ?? Data())
    }

    @Test func thePackShowsTheSplitStandardsQuestionsAndScale() throws {
        let html = try render(try Self.spec()).html
        #expect(html.contains("Quality 70%, price 20% and social value 10% of the total score."))
        // Pass/fail standards first, in their own table, with no weighting.
        let standards = try #require(html.range(of: "<caption>Minimum standards (pass/fail)</caption>"))
        let criteria = try #require(html.range(of: "<caption>How tenders will be scored</caption>"))
        #expect(standards.lowerBound < criteria.lowerBound)
        #expect(html.contains("<tr id=\"criterion-insurance\"><th scope=\"row\">Insurance</th><td>Employer's liability insurance.</td></tr>"))
        #expect(html.contains("<td>Social value</td><td class=\"number\">10%</td>"))
        // Sub-criteria with their weightings, inside their criterion.
        #expect(html.contains("<li id=\"criterion-delivery_sub-planning\"><strong>Support planning</strong> (40%)</li>"))
        // Each method statement question with its number, criterion, weighting and word limit.
        #expect(html.contains("<caption>Method statement questions</caption>"))
        #expect(html.contains("<tr id=\"question-ms1\"><th scope=\"row\">MS1</th><td>How will you plan support with each person?</td><td><a href=\"#criterion-delivery\">Service delivery</a></td><td class=\"number\">40%</td><td class=\"number\">1,500 words</td></tr>"))
        #expect(html.contains("<th scope=\"row\">MS3</th>"))
        // Each criterion points to the questions it is scored on.
        #expect(html.contains("<p class=\"questions\">Scored on the answers to: <a href=\"#question-ms1\">MS1</a>, <a href=\"#question-ms2\">MS2</a></p>"))
        // The scoring scale with a definition for each score.
        #expect(html.contains("<caption>Scoring scale</caption>"))
        #expect(html.contains("<th scope=\"row\" class=\"number\">5</th><td>Excellent</td><td>Exceeds the requirement with strong evidence.</td>"))
    }

    @Test func theXMLCarriesTheEvaluationAndIsValid() throws {
        let xml = try render(try Self.spec()).xml
        let schema = try XMLSchema(contentsOf: RenderingSupport.templates.appendingPathComponent("schema/tender-pack.xsd"))
        #expect(try schema.validate(data: xml).isEmpty)
        let document = try XMLDocument(parsing: xml)
        let evaluation = try #require(document.root.descendants(named: "evaluation").first)
        #expect(evaluation.children.first { $0.name == "socialValueWeight" }?.textContent == "10")
        let insurance = try #require(evaluation.descendants(named: "criterion").first)
        #expect(insurance.attribute("category") == "pass-fail")
        #expect(!insurance.children.contains { $0.name == "weight" })
        let questions = evaluation.descendants(named: "question")
        #expect(questions.map { $0.attribute("id") ?? "" } == ["ms1", "ms2", "ms3"])
        #expect(questions.first?.children.first { $0.name == "wordLimit" }?.textContent == "1500")
        #expect(evaluation.descendants(named: "subCriterion").count == 2)
        #expect(evaluation.descendants(named: "score").count == 3)
    }

    @Test func diffClassifiesWeightingsLimitsScaleAndStandardsAsMaterial() throws {
        let old = try Self.spec()
        let revised = Self.evaluation
            .replacingOccurrences(of: "weight: 40, wordLimit: 1500", with: "weight: 40, wordLimit: 1000")
            .replacingOccurrences(of: "How will you staff the service at night?", with: "How will you staff the service overnight?")
            .replacingOccurrences(of: "{id: planning, name: Support planning, weight: 40}", with: "{id: planning, name: Planning support, weight: 40}")
            .replacingOccurrences(of: "definition: Meets the requirement.}", with: "definition: Meets the requirement in full.}")
            .replacingOccurrences(of: "label: Satisfactory", with: "label: Acceptable")
            .replacingOccurrences(of: "    - {id: insurance, name: Insurance, category: pass-fail, description: Employer's liability insurance.}\n", with: "")
        let diff = SpecificationDiff(old: old, new: try Self.spec(revised), policy: DiffPolicy())
        func classification(_ keyPath: String) -> Classification? {
            diff.changes.first { $0.keyPath == keyPath }?.classification
        }
        #expect(classification("evaluation/criteria/delivery/questions/ms1/wordLimit") == .material)
        #expect(classification("evaluation/criteria/delivery/questions/ms2/question") == .material)
        #expect(classification("evaluation/criteria/delivery/subCriteria/planning/name") == .editorial)
        #expect(classification("evaluation/scoringScale/3/definition") == .material)
        #expect(classification("evaluation/scoringScale/3/label") == .editorial)
        #expect(classification("evaluation/criteria/insurance") == .material)
        for key in ["evaluation.socialValue", "evaluation.criteria.questions.weight", "evaluation.criteria.subCriteria.weight",
                    "evaluation.scoringScale", "evaluation.criteria.category"] {
            #expect(ClassificationTable.classify(key) == .material, "\(key)")
            #expect(SchemaKeys.all.contains(key), "\(key) is not a schema key")
        }
    }
}
