import TenderModel
internal import XMLKit

/// The whole pack as canonical XML (`tender-pack.xml`), described by
/// `Templates/schema/tender-pack.xsd`.
///
/// Ids and enumerations are attributes; every other value is an element that carries
/// `illustrative="true"` when the specification marks it invented. Element order
/// follows the specification's own order, so output is deterministic.
struct TenderPackXML {
    static let namespace = "urn:tenderpack:tender-pack:1"

    let spec: Specification
    let index: SpecificationIndex

    func document() -> XMLDocument {
        let doc = XMLDocument(root: "tenderPack", namespace: Self.namespace)
        let root = doc.root
        root.setAttribute("id", spec.id.value)
        root.setAttribute("status", spec.status.value.rawValue)
        root.addField("title", spec.title)
        root.addField("version", spec.version)
        root.addField("supersedes", spec.supersedes)
        root.addList("sources", spec.sources) { list, source in
            let element = list.addElement("source")
            element.setAttribute("id", source.id.value)
            element.setAttribute("kind", source.kind.value.rawValue)
            element.addField("title", source.title)
            element.addField("citation", source.citation)
        }
        root.addField("commissioner", spec.commissioner)
        root.addList("partners", spec.partners) { list, partner in
            let element = list.addElement("partner")
            element.setAttribute("id", partner.id.value)
            element.setAttribute("kind", partner.kind.value.rawValue)
            element.addField("name", partner.name)
            for role in partner.roles { element.addField("role", role) { $0.rawValue } }
        }
        if let funding = spec.funding {
            let element = root.addElement("funding")
            element.addFields("funder", funding.funders)
            element.addField("description", funding.description)
        }
        root.addList("areas", spec.areas) { list, area in
            let element = list.addElement("area")
            element.setAttribute("id", area.id.value)
            element.setAttribute("kind", area.kind.value.rawValue)
            element.addField("name", area.name)
            element.addFields("contains", area.contains)
            element.addField("parent", area.parent)
        }
        root.addList("timeline", spec.timeline) { list, milestone in
            let element = list.addElement("milestone")
            element.setAttribute("kind", milestone.kind.value.rawValue)
            if let id = milestone.id { element.setAttribute("id", id.value) }
            element.addField("name", milestone.name)
            element.addField("date", milestone.date) { $0.description }
            element.addField("time", milestone.time) { $0.description }
            element.addField("end", milestone.end) { $0.description }
            element.addField("label", milestone.label)
            element.addField("description", milestone.description)
        }
        root.addList("background", spec.background) { list, paragraph in list.addField("paragraph", paragraph) }
        root.addList("aims", spec.aims) { list, aim in list.addClause("aim", aim) }
        root.addField("maximumSupportDuration", spec.maximumSupportDuration) { $0.description }
        if let norm = spec.maximumSupportDurationNorm {
            let element = root.addElement("maximumSupportDurationNorm")
            element.addField("flexible", norm.flexible) { $0 ? "true" : "false" }
            element.addField("note", norm.note)
        }
        root.addList("currentServices", spec.currentServices) { list, service in addCurrentService(service, to: list) }
        if let consultation = spec.consultation { addConsultation(consultation, to: root) }
        if let framework = spec.outcomeFramework {
            let element = root.addElement("outcomeFramework")
            element.addField("name", framework.name)
            for domain in framework.domains {
                let domainElement = element.addElement("domain")
                domainElement.setAttribute("id", domain.id.value)
                domainElement.addField("name", domain.name)
                for outcome in domain.outcomes { domainElement.addClause("outcome", Clause(id: outcome.id, text: outcome.text, location: outcome.location)) }
            }
        }
        root.addList("lots", spec.lots) { list, lot in LotXML(lot: lot).add(to: list) }
        root.addList("stages", spec.stages) { list, stage in addStage(stage, to: list) }
        if let evaluation = spec.evaluation { addEvaluation(evaluation, to: root) }
        if let contract = spec.contract { addContract(contract, to: root) }
        root.addList("howToRespond", spec.howToRespond) { list, paragraph in list.addField("paragraph", paragraph) }
        if let procurement = spec.procurement { CommercialXML.addProcurement(procurement, to: root) }
        if let award = spec.award { CommercialXML.addAward(award, to: root) }
        if let pricing = spec.pricing { PricingXML.add(pricing, to: root) }
        return doc
    }

    private func addCurrentService(_ service: CurrentService, to list: XMLElement) {
        let element = list.addElement("currentService")
        element.setAttribute("id", service.id.value)
        element.addField("name", service.name)
        element.addField("description", service.description)
        if let setting = service.setting { SettingXML.add(setting, to: element) }
        if let durations = service.durations { SettingXML.add(durations, to: element) }
        if let areas = service.areas { SettingXML.add(areas, to: element) }
        element.addFields("partner", service.partners)
        element.addField("decommissioned", service.decommissioned)
        for position in index.lotsAbsorbing[service.id.value] ?? [] {
            element.addElement("absorbedInto").setAttribute("lot", spec.lots[position].id.value)
        }
    }

    private func addConsultation(_ consultation: Consultation, to root: XMLElement) {
        let element = root.addElement("consultation")
        element.addField("purpose", consultation.purpose)
        element.addFields("audience", consultation.audiences)
        element.addFields("interest", consultation.interests)
        element.addFields("developedWith", consultation.developedWith)
        element.addField("nextSteps", consultation.nextSteps)
    }

    private func addStage(_ stage: Stage, to list: XMLElement) {
        let element = list.addElement("stage")
        element.setAttribute("id", stage.id.value)
        element.setAttribute("number", String(stage.number.value))
        element.addField("name", stage.name)
        for clause in stage.remit { element.addClause("remit", clause) }
        if let durations = stage.durations { SettingXML.add(durations, to: element) }
        for route in stage.entryRoutes { SettingXML.add(route, as: "entryRoute", endpoint: "from", to: element) }
        for route in stage.moveOnRoutes { SettingXML.add(route, as: "moveOnRoute", endpoint: "to", to: element) }
    }

    private func addEvaluation(_ evaluation: Evaluation, to root: XMLElement) {
        let element = root.addElement("evaluation")
        element.addField("qualityWeight", evaluation.qualityWeight)
        element.addField("priceWeight", evaluation.priceWeight)
        element.addField("socialValueWeight", evaluation.socialValueWeight)
        element.addField("minimumSocialValue", evaluation.minimumSocialValue)
        for criterion in evaluation.criteria {
            let item = element.addElement("criterion")
            item.setAttribute("id", criterion.id.value)
            item.setAttribute("category", criterion.category.value.rawValue)
            item.addField("name", criterion.name)
            item.addField("weight", criterion.weight)
            item.addField("description", criterion.description)
            for sub in criterion.subCriteria {
                let subElement = item.addElement("subCriterion")
                subElement.setAttribute("id", sub.id.value)
                subElement.addField("name", sub.name)
                subElement.addField("weight", sub.weight)
                subElement.addField("description", sub.description)
            }
            for question in criterion.questions {
                let questionElement = item.addElement("question")
                questionElement.setAttribute("id", question.id.value)
                questionElement.addField("text", question.text)
                questionElement.addField("weight", question.weight)
                questionElement.addField("wordLimit", question.wordLimit) { String($0) }
            }
        }
        if !evaluation.scoringScale.isEmpty {
            let scale = element.addElement("scoringScale")
            for point in evaluation.scoringScale {
                let score = scale.addElement("score")
                score.addField("value", point.score)
                score.addField("label", point.label)
                score.addField("definition", point.definition)
            }
        }
    }

    private func addContract(_ contract: ContractTerms, to root: XMLElement) {
        let element = root.addElement("contract")
        element.addField("start", contract.start) { $0.description }
        element.addField("initialTerm", contract.initialTerm) { $0.description }
        for term in contract.extensions { element.addField("extension", term) { $0.description } }
        element.addField("annualValue", contract.annualValue)?.setAttribute("currency", "GBP")
        CommercialXML.addMoney(contract, to: element)
        element.addField("procedure", contract.procedure) { $0.rawValue }
        element.addFields("cpv", contract.cpvCodes)
    }
}
