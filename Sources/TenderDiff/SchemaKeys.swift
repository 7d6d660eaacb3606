/// Every schema key a specification's values can have (`FieldRecord.fieldKey`): what a
/// policy file may name. A test walks the example specifications to keep it complete.
public enum SchemaKeys {
    public static let all: Set<String> = Set(
        ["id", "title", "version", "status", "supersedes", "commissioner", "background", "maximumSupportDuration",
         "maximumSupportDuration.flexible", "maximumSupportDuration.note",
         "howToRespond"]
        + group("sources", ["kind", "title", "citation"])
        + group("partners", ["name", "kind", "roles"])
        + ["funding", "funding.funders", "funding.description"]
        + group("areas", ["name", "kind", "contains", "parent"])
        + group("timeline", ["name", "date", "time", "end", "label", "description"])
        + group("aims", ["text"])
        + group("currentServices", ["name", "description", "areas", "partners", "decommissioned"]
            + setting("setting") + durations("durations"))
        + ["consultation"] + ["purpose", "audiences", "interests", "developedWith", "nextSteps"].map { "consultation." + $0 }
        + ["outcomeFramework", "outcomeFramework.name", "outcomeFramework.domains", "outcomeFramework.domains.name",
           "outcomeFramework.domains.outcomes", "outcomeFramework.domains.outcomes.text"]
        + group("lots", ["number", "title", "summary", "clientGroup", "areas", "absorbs", "stage", "outcomes"]
            + group("aims", ["text"]) + group("eligibility", ["text"]) + group("exclusions", ["text"])
            + group("referralSources", ["name", "partner"]) + setting("setting")
            + group("capacity", ["amount", "qualifier", "note"]) + group("overlaps", ["reason"])
            + group("intensity", ["minimum", "maximum", "ceilingFrom", "hours", "note"]) + durations("durations")
            + group("partnerships", ["description"]) + group("requirements", ["strength", "text"])
            + group("kpis", ["indicator", "unit", "target", "direction", "frequency", "evidence", "outcome", "kind"]))
        + group("stages", ["number", "name"] + group("remit", ["text"]) + durations("durations")
            + group("entryRoutes", ["from", "note"]) + group("moveOnRoutes", ["to", "note"]))
        + group("evaluation", ["quality", "price", "socialValue", "minimumSocialValue"]
            + group("criteria", ["name", "category", "weight", "description"]
                + group("subCriteria", ["name", "weight", "description"])
                + group("questions", ["question", "weight", "wordLimit"]))
            + group("scoringScale", ["label", "definition"]))
        + group("pricing", ["note"] + group("lines", ["lot", "item", "basis", "cap", "note"]
            + group("volume", ["hours", "units", "people", "weeks", "years"])))
        + group("contract", ["start", "initialTerm", "extensions", "annualValue", "procedure", "cpv"])
        + commercial
    )

    private static func group(_ name: String, _ children: [String]) -> [String] {
        [name] + children.map { name + "." + $0 }
    }

    private static func setting(_ name: String) -> [String] {
        group(name, ["kind", "jointlyFundedBy"] + group("cover", ["daysPerWeek", "nightCover", "outOfHours", "hours", "night", "outOfHoursCover"]))
    }

    private static func durations(_ name: String) -> [String] {
        group(name, ["maximum", "expectedMoveOn", "typical", "note"])
    }
}
