extension SchemaKeys {
    /// The schema keys of money, the procurement and the award.
    static let commercial: [String] =
        ["contract.wholeLifeValue", "contract.vat", "contract.wholeLifeValueIncludingVAT",
         "lots.annualValue", "lots.wholeLifeValue", "lots.worksWith", "lots.worksWith.lot", "lots.worksWith.description"]
        + nest("procurement", ["reference", "notice", "procedure", "lightTouch"]
            + nest("contact", ["name", "role", "email"]) + nest("portal", ["name", "url"])
            + nest("stages", ["name", "description"]) + nest("framework", ["suppliersPerLot", "callOff", "term"])
            + nest("dynamicMarket", ["name", "reference"]) + nest("lotLimits", ["maximumBids", "maximumAwards"]))
        + nest("award", ["date", "notStated"]
            + nest("contracts", ["lot", "supplier", "companyNumber", "date", "annualValue", "wholeLifeValue"]))

    private static func nest(_ name: String, _ children: [String]) -> [String] {
        [name] + children.map { name + "." + $0 }
    }
}
