import TenderLoading
import TenderModel
import TenderOpenData

/// The JSON Schema (draft 2020-12) of the specification format, as Docs/SpecFormat.md
/// describes it: every key, its type, and its allowed values (taken from the model's
/// enums, so the two cannot drift). It is what an editor needs to complete and check
/// a specification; TenderPack's own loader and rules check more (ranges between
/// keys, references, rules), with located findings.
///
/// YAML is read as the YAML language server reads it (YAML 1.2 core types): text may
/// be written as a number or `true`, as the loader reads any scalar as text; a year
/// `2014` is a whole number. Every single value may also be written in the long form
/// `{value: …, provenance: source-id}`, and every mapping may set `provenance:`.
/// `!illustrative` tags any value (configure the editor's custom tags; see README).
enum SpecSchema {
    static let id = "tenderpack-spec.schema.json"

    // MARK: Scalars

    /// A scalar, or its long form `{value: scalar, provenance: id}`.
    static func scalar(_ inner: JSONValue, _ description: String? = nil) -> JSONValue {
        JS.anyOf([inner, JS.object("The long form: the value and its own provenance.", [
            ("value", inner), ("provenance", JS.ref("provenance")),
        ], required: ["value"])], description)
    }

    static func text(_ description: String? = nil) -> JSONValue { JS.ref("text", description) }
    static func id(_ description: String? = nil) -> JSONValue { JS.ref("id", description) }
    static func ids(_ description: String? = nil) -> JSONValue { JS.array(id(), description) }
    static func date(_ description: String? = nil) -> JSONValue { JS.ref("date", description) }
    static func duration(_ description: String? = nil) -> JSONValue { JS.ref("duration", description) }
    static func money(_ description: String? = nil) -> JSONValue { JS.ref("money", description) }
    static func boolean(_ description: String? = nil) -> JSONValue { scalar(JS.boolean(), description) }
    static func texts(_ description: String? = nil) -> JSONValue { JS.array(text(), description) }
    static func paragraphs(_ description: String? = nil) -> JSONValue {
        JS.anyOf([text(), texts()], description ?? "A paragraph, or a list of paragraphs.")
    }
    static func number(_ description: String? = nil, minimum: Double? = nil, maximum: Double? = nil) -> JSONValue {
        scalar(JS.number(minimum: minimum ?? -1e15, maximum: maximum ?? 1e15), description)
    }
    static func whole(_ description: String? = nil, minimum: Double, maximum: Double) -> JSONValue {
        scalar(JS.integer(minimum: minimum, maximum: maximum), description)
    }
    static func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ description: String? = nil) -> JSONValue
    where E.RawValue == String {
        scalar(JS.enumeration(type.allCases.map(\.rawValue)), description)
    }
    static func list(_ name: String, _ description: String? = nil) -> JSONValue { JS.array(JS.ref(name), description) }

    /// A mapping: its keys, and `provenance:` (which any mapping may set).
    static func mapping(_ description: String?, _ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        JS.object(description, properties + [("provenance", JS.ref("provenance"))], required: required)
    }

    // MARK: The document

    static var schema: JSONValue {
        JS.document(
            id: id, title: "TenderPack specification (format 1)",
            description: "A specification of commissioned support services (Docs/SpecFormat.md). Single values may be "
                + "tagged `!illustrative` (invented for the example) or written as `{value: …, provenance: source-id}`; "
                + "any mapping may set `provenance:`. Produced by `tenderpack schema`.",
            root: root, defs: definitions)
    }

    static var root: JSONValue {
        mapping(nil, [
            ("tenderpack", JS.constant(.number(1), "The format version.")),
            ("id", id("The specification's id; the output folder is Output/<id>/.")),
            ("title", text()),
            ("version", text("The specification's version, e.g. \"1.0\".")),
            ("status", choice(Status.self, "Where the specification is in its life.")),
            ("supersedes", id("The id of the version this one revises.")),
            ("sources", list("source", "The documents and public facts values come from.")),
            ("commissioner", id("The lead commissioner: a partner id.")),
            ("partners", list("partner")),
            ("funding", JS.ref("funding")),
            ("areas", list("area", "The geography.")),
            ("timeline", list("milestone")),
            ("background", paragraphs()),
            ("aims", list("clause")),
            ("maximumSupportDuration", JS.anyOf([duration(), mapping("A norm that may bend.", [
                ("upTo", duration()), ("flexible", boolean("A norm some people may exceed, not a cap.")), ("note", text()),
            ], required: ["upTo"])], "The longest anyone is supported.")),
            ("currentServices", list("currentService", "What the specification replaces.")),
            ("consultation", JS.ref("consultation")),
            ("outcomeFramework", JS.ref("outcomeFramework")),
            ("lots", list("lot", "The services to be commissioned.")),
            ("stages", list("stage", "A staged pathway.")),
            ("evaluation", JS.ref("evaluation", "How tenders are scored (required at tender).")),
            ("contract", JS.ref("contract", "Required at tender.")),
            ("howToRespond", paragraphs("Paragraphs for the invitation.")),
            ("procurement", JS.ref("procurement")),
            ("award", JS.ref("award", "Who won which lot, when and for how much (required at awarded).")),
            ("pricing", JS.ref("pricing", "What bidders price for each lot.")),
        ], required: ["id", "title", "version", "status", "provenance", "sources", "commissioner", "partners", "areas", "lots"])
    }

    static var definitions: [(String, JSONValue)] {
        [
            ("text", scalar(JS.described(.object([("type", .array([.string("string"), .string("number"), .string("boolean")]))]),
                                         "Text (a number or true/false written bare reads as its text)."))),
            ("id", scalar(JS.anyOf([
                JS.string(pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: Identifier.maximumLength),
                JS.integer(minimum: 0),
            ]), "Lowercase letters, digits and hyphens, starting with a letter or digit; at most \(Identifier.maximumLength) characters.")),
            ("provenance", JS.string("`illustrative`, or the id of a source under `sources:`.",
                                     pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: Identifier.maximumLength)),
            ("date", scalar(JS.anyOf([
                JS.string(pattern: "^[0-9]{4}(-((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?|02(-(0[1-9]|1[0-9]|2[0-9]))?))?$"), JS.integer(minimum: 1000, maximum: 9999),
            ]), "2013-07-01, 2013-07 (a month) or 2014 (a year): as precise as the source is. (29 February in a year that has none is left to tenderpack validate.)")),
            ("duration", scalar(JS.string(pattern: "^ *[0-9]+(\\.[0-9]+)? +[A-Za-z]+ *$"),
                                "A number and a unit: days, weeks, months or years (\"6 months\", \"2 years\"); 0 to 100 years.")),
            ("money", number("Pounds.", minimum: 0, maximum: 1e12)),
            ("clause", mapping("A clause.", [("id", id()), ("text", text())], required: ["id", "text"])),
            ("source", mapping("A seed document the specification restates, or a public fact (which needs a citation).", [
                ("id", id()), ("kind", choice(Source.Kind.self)), ("title", text()), ("citation", text("Required for a public source.")),
            ], required: ["id", "kind", "title"])),
            ("partner", mapping("An organisation.", [
                ("id", id()), ("name", text()), ("kind", choice(Partner.Kind.self)),
                ("roles", JS.array(choice(Partner.Role.self))),
            ], required: ["id", "name", "kind"])),
            ("funding", mapping("Who funds the services.", [("funders", ids("Partner ids.")), ("description", text())])),
            ("area", mapping("An area; areas form a hierarchy through contains and parent.", [
                ("id", id()), ("name", text()), ("kind", choice(Area.Kind.self)),
                ("contains", ids("The areas this one is made of.")), ("parent", id("The area this one is in.")),
            ], required: ["id", "name", "kind"])),
            ("milestone", mapping("A step in the timeline.", [
                ("milestone", choice(Milestone.Kind.self)), ("id", id()), ("name", text("The council's own name for the step.")),
                ("date", date()),
                ("time", scalar(JS.string(pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|12 noon)$"), "HH:MM (24-hour) or `12 noon`.")),
                ("end", date("The last day of a step that is a period.")),
                ("label", text("The source's wording of an imprecise date.")), ("description", text()),
            ], required: ["milestone", "date"])),
            ("durations", mapping("How long support lasts.", [
                ("maximum", JS.anyOf([duration(), scalar(JS.constant(.string("none")))], "A duration, or none (no time limit).")),
                ("expectedMoveOn", duration()), ("typical", duration()), ("note", text()),
            ])),
            ("currentService", mapping("A service the specification replaces: absorbed by one lot, or decommissioned.", [
                ("id", id()), ("name", text()), ("description", text()), ("setting", JS.ref("setting")),
                ("durations", JS.ref("durations")), ("areas", JS.ref("areaSelection")), ("partners", ids("Partner ids.")),
                ("decommissioned", text("Why the service ends.")),
            ], required: ["id", "name"])),
            ("consultation", mapping("The consultation.", [
                ("purpose", text()), ("audiences", texts()), ("interests", texts()), ("developedWith", texts()),
                ("nextSteps", text()),
            ])),
            ("outcomeFramework", mapping("Outcome domains and their outcomes.", [
                ("name", text()),
                ("domains", JS.array(mapping("An outcome domain.", [
                    ("id", id()), ("name", text()), ("outcomes", list("clause", "Outcomes: {id, text}.")),
                ], required: ["id", "name"]))),
            ], required: ["name", "domains"])),
            ("areaSelection", JS.anyOf([scalar(JS.constant(.string("all"))), ids()], "`all`, or a list of area ids.")),
            ("setting", JS.anyOf([choice(Setting.Kind.self), mapping("A service type with its cover.", [
                ("type", choice(Setting.Kind.self)), ("cover", JS.ref("cover")), ("jointlyFundedBy", texts()),
            ], required: ["type"])], "A service type, or {type, cover, jointlyFundedBy}.")),
            ("cover", JS.anyOf([scalar(JS.constant(.string("24/7"))), mapping("Staffing cover.", [
                ("daysPerWeek", whole("Days a week staff are on site.", minimum: 1, maximum: 7)),
                ("hours", scalar(JS.string(pattern: "^([0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]|24-hours)$"),
                                 "Staffed hours on those days: 09:00-18:00 or 24-hours.")),
                ("night", choice(NightCover.self, "The kind of night cover.")),
                ("nightCover", boolean("Night cover at all (version-1 key); required unless night is given.")),
                ("outOfHoursCover", choice(OutOfHoursCover.self, "What happens outside the staffed hours.")),
                ("outOfHours", text("The source's words for it.")),
            ], required: ["daysPerWeek"])], "`24/7`, or a mapping.")),
            ("hours", JS.anyOf([scalar(JS.constant(.string("varies-with-need"))), mapping("Hours per person per week.", [
                ("min", number(minimum: 0, maximum: 168)), ("max", number(minimum: 0, maximum: 168)),
                ("upTo", JS.anyOf([number(minimum: 0, maximum: 168),
                                   JS.array(number(minimum: 0, maximum: 168), "Up to a band: [1, 3].", minItems: 2)],
                                  "A ceiling; without min and max.")),
                ("variesWithNeed", boolean()),
            ])], "{min, max}, {max}, {upTo}, varies-with-need, or {variesWithNeed: true, min, max}.")),
            ("kpi", mapping("A key performance indicator.", [
                ("id", id()), ("indicator", text()), ("unit", choice(KPI.Unit.self)),
                ("target", number(minimum: 0, maximum: 1e9)), ("direction", choice(KPI.Direction.self)),
                ("frequency", choice(KPI.Frequency.self)), ("evidence", text()),
                ("outcome", id("The outcome an outcome KPI evidences.")), ("kind", choice(KPI.Kind.self)),
            ], required: ["id", "indicator"])),
            ("capacity", mapping("How much of the service there is.", [
                ("measure", choice(Capacity.Measure.self)), ("amount", number(minimum: 0, maximum: 1e7)),
                ("qualifier", choice(Capacity.Qualifier.self)), ("note", text()),
            ], required: ["measure", "amount"])),
            ("lot", lot),
            ("route", JS.anyOf([id("A place or a stage id."), mapping("A route with a note.", [
                ("from", id("Entry: a place or a stage id.")), ("to", id("Move-on: a place or a stage id.")), ("note", text()),
            ])], "A place (\(RouteEndpoint.Place.allCases.map(\.rawValue).joined(separator: ", "))) or a stage id, or {from|to, note}.")),
            ("stage", mapping("A stage of the pathway.", [
                ("id", id()), ("number", whole(minimum: 1, maximum: 9999)), ("name", text()), ("remit", list("clause")),
                ("durations", JS.ref("durations")), ("entryRoutes", list("route")), ("moveOnRoutes", list("route")),
            ], required: ["id", "name"])),
            ("evaluation", evaluation),
            ("contract", mapping("The contract.", [
                ("start", date()), ("initialTerm", duration()), ("extensions", JS.array(duration())),
                ("annualValue", money("The whole contract's estimated value per year.")),
                ("procedure", choice(ContractTerms.Procedure.self, "The OCDS procurement method.")),
                ("cpv", texts("CPV codes.")),
                ("wholeLifeValue", money("The estimated value over the initial term and every extension.")),
                ("vat", choice(ContractTerms.VAT.self, "Whether the values include VAT.")),
                ("wholeLifeValueIncludingVAT", money()),
            ])),
            ("procurement", procurement),
            ("award", mapping("The award: {date, contracts}, or {notStated}.", [
                ("date", date()),
                ("notStated", text("For a service let long ago whose source records no award.")),
                ("contracts", JS.array(mapping("An awarded contract.", [
                    ("lot", id()), ("supplier", text()), ("companyNumber", text("A Companies House number.")),
                    ("date", date()), ("annualValue", money()), ("wholeLifeValue", money()),
                ], required: ["lot", "supplier"]))),
            ])),
            ("pricing", mapping("The pricing schedule.", [
                ("note", text("How prices are evaluated or paid.")),
                ("lines", JS.array(mapping("A price line.", [
                    ("id", id()), ("lot", id()), ("item", text("What is priced.")),
                    ("basis", choice(PriceLine.Basis.self, "What the price is per.")),
                    ("volume", mapping("The quantities the council multiplies the price by.",
                                       Volume.Quantity.allCases.map { ($0.rawValue, number(minimum: 0)) })),
                    ("cap", money("The most the council will pay per basis.")), ("note", text()),
                ], required: ["id", "lot", "item", "basis"]))),
            ], required: ["lines"])),
        ]
    }

    static var lot: JSONValue {
        mapping("A lot: a service to be commissioned.", [
            ("id", id()), ("number", whole("Default: the lot's position, from 1.", minimum: 1, maximum: 9999)),
            ("title", text()), ("summary", text()), ("aims", list("clause")), ("clientGroup", text()),
            ("eligibility", list("clause")), ("exclusions", list("clause")),
            ("referralSources", JS.array(mapping("A referral source.", [
                ("id", id()), ("name", text()), ("partner", id()),
            ], required: ["id", "name"]))),
            ("setting", JS.ref("setting")), ("hoursPerWeek", JS.ref("hours")),
            ("hoursNote", text("The source's wording of the hours.")), ("durations", JS.ref("durations")),
            ("areas", JS.ref("areaSelection")),
            ("partnerships", JS.array(mapping("A partnership.", [("partner", id()), ("description", text())], required: ["partner"]))),
            ("absorbs", ids("Current-service ids.")), ("stage", id("A stage id.")),
            ("requirements", JS.array(mapping("A requirement.", [
                ("id", id()), ("strength", choice(Requirement.Strength.self)), ("text", text()),
            ], required: ["id", "strength", "text"]))),
            ("outcomes", ids("Outcome ids.")), ("kpis", list("kpi")), ("capacity", list("capacity")),
            ("overlaps", JS.array(mapping("A lot whose areas this lot shares on purpose.", [
                ("lot", id()), ("reason", text()),
            ], required: ["lot", "reason"]))),
            ("annualValue", money("The lot's estimated annual value.")),
            ("wholeLifeValue", money("The lot's estimated value over the initial term and every extension.")),
            ("worksWith", JS.array(mapping("Another lot whose provider this lot's provider must work with.", [
                ("lot", id()), ("description", text()),
            ], required: ["lot"]))),
        ], required: ["id", "title", "setting", "areas"])
    }

    static var evaluation: JSONValue {
        let weight = number(minimum: 0, maximum: 100)
        return mapping("How tenders are scored.", [
            ("quality", number("The quality share, in percent.", minimum: 0, maximum: 100)),
            ("price", number("The price share.", minimum: 0, maximum: 100)),
            ("socialValue", number("The social value share.", minimum: 0, maximum: 100)),
            ("minimumSocialValue", number("The least social value share the council's policy asks for.", minimum: 0, maximum: 100)),
            ("criteria", JS.array(mapping("An evaluation criterion.", [
                ("id", id()), ("name", text()), ("category", choice(EvaluationCriterion.Category.self)),
                ("weight", JS.described(weight, "Percent of the whole score; left out for pass-fail.")),
                ("description", text()),
                ("subCriteria", JS.array(mapping("A sub-criterion.", [
                    ("id", id()), ("name", text()), ("weight", weight), ("description", text()),
                ], required: ["id", "name"]))),
                ("questions", JS.array(mapping("A method statement question.", [
                    ("id", id()), ("question", text()), ("weight", weight),
                    ("wordLimit", whole(minimum: 0, maximum: 1_000_000)),
                ], required: ["id", "question"]))),
            ], required: ["id", "name", "category"]), "In the order bidders read them (required at tender).")),
            ("scoringScale", JS.array(mapping("A score.", [
                ("score", number()), ("label", text()), ("definition", text()),
            ], required: ["score"]), "Lowest first.")),
        ], required: ["quality", "price"])
    }

    static var procurement: JSONValue {
        mapping("Reference, notice, contact, portal, procedure (all optional).", [
            ("reference", text("The council's procurement reference.")),
            ("notice", text("The Find a Tender or Contracts Finder notice number.")),
            ("contact", mapping("The contact officer.", [("name", text()), ("role", text()), ("email", text())])),
            ("portal", mapping("The tendering portal (never fetched).", [("name", text()), ("url", text("An https:// address."))])),
            ("procedure", choice(Procurement.Procedure.self, "The procedure under the Procurement Act 2023.")),
            ("lightTouch", boolean("The contract is under the light-touch regime.")),
            ("stages", JS.array(mapping("A stage of a competitive flexible procedure.", [
                ("id", id()), ("name", text()), ("description", text()),
            ], required: ["id", "name"]))),
            ("framework", mapping("A framework.", [
                ("suppliersPerLot", whole(minimum: 1, maximum: 1e6)),
                ("callOff", JS.array(choice(Framework.CallOff.self))), ("term", duration()),
            ])),
            ("dynamicMarket", mapping("The dynamic market the contract is awarded through.", [("name", text()), ("reference", text())])),
            ("lotLimits", mapping("Limits on bids and awards per supplier.", [
                ("maximumBids", whole(minimum: 1, maximum: 1e6)), ("maximumAwards", whole(minimum: 1, maximum: 1e6)),
            ])),
        ])
    }
}
