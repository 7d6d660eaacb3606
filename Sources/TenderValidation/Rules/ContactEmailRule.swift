import TenderModel

struct ContactEmailRule: SpecificationRule {
    static let description = RuleDescription(
        id: "contact.email",
        severity: .error,
        summary: "The contact officer's email address is not an email address",
        rationale: """
            Bidders send clarification questions to the contact officer. An address that is \
            not shaped like one (no `@`, no domain, spaces) bounces, and questions go \
            unanswered before the deadline.
            """,
        triggering: [
            .fragment("""
                procurement:
                  contact:
                    name: Sam Jones
                    email: ↓sam.jones.example.gov.uk
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  contact:
                    name: Sam Jones
                    role: Commissioning officer
                    email: sam.jones@example.gov.uk
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let email = context.specification.procurement?.contact?.email, !Self.isEmail(email.value) else { return [] }
        return [finding(email.location, "`\(email.value.prefix(80))` is not an email address (like `name@council.gov.uk`)")]
    }

    /// One `@`, a local part without spaces, and a domain of at least two dot-separated
    /// labels of letters, digits and hyphens.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
              local.allSatisfy({ $0.isASCII && !$0.isWhitespace && !$0.isNewline && $0 != "<" && $0 != ">" }) else { return false }
        return isDomain(domain)
    }

    static func isDomain(_ domain: Substring) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
