/// Sentences of realistic length and vocabulary for synthetic clauses.
struct Prose {
    static let subjects = [
        "The provider", "The service", "Support workers", "The support plan", "Each person supported",
        "The team", "The lead worker", "Staff", "The housing-related support offer", "The provider's manager",
    ]
    static let verbs = [
        "must agree", "should review", "will record", "must help people to maintain", "should work with",
        "must arrange", "will support", "should offer", "must make sure of", "will provide",
    ]
    static let objects = [
        "a written support plan within ten working days of referral",
        "the person's tenancy and rent account while they are in hospital",
        "benefit checks so that people receive the correct welfare benefits",
        "joint visits with the community mental health team where risks are high",
        "advice about paying bills, budgeting and looking after the home",
        "links with local groups, training, education and volunteering",
        "a planned move on to independent accommodation when the person is ready",
        "risk management plans that are shared with the care coordinator",
        "contact within two working days of a discharge from an acute ward",
        "involvement of the person in every review of their support",
        "support in the evenings and at weekends when it is identified as needed",
        "information in plain English and in other formats on request",
    ]
    static let tails = [
        "", " in every part of the area", " and record the outcome", " with the person's agreement",
        " as agreed with the commissioner", " at least every three months",
    ]

    static func sentence(_ random: inout SeededGenerator) -> String {
        "\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects))\(random.pick(tails))."
    }

    static func paragraph(_ random: inout SeededGenerator, sentences: Int) -> String {
        (0..<sentences).map { _ in sentence(&random) }.joined(separator: " ")
    }
}
