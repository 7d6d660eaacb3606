import TenderModel

struct PortalURLRule: SpecificationRule {
    static let description = RuleDescription(
        id: "contact.portal-url",
        severity: .error,
        summary: "The tendering portal's address is not a well-formed https address",
        rationale: """
            Bids go through the portal named in the pack, so its address must work when a \
            bidder follows it: a web address starting `https://` with a host name. An `http` \
            address sends bidders' documents unencrypted; a malformed one leads nowhere. \
            TenderPack shows the address as a link and never fetches it.
            """,
        triggering: [
            .fragment("""
                procurement:
                  portal:
                    name: In-Tend
                    url: ↓http://in-tendhost.co.uk/example
                """),
            .fragment("""
                procurement:
                  portal:
                    url: ↓https://council portal
                """),
        ],
        nonTriggering: [
            .fragment("""
                procurement:
                  portal:
                    name: In-Tend
                    url: https://in-tendhost.co.uk/example/aspx/Home
                """),
        ])

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let url = context.specification.procurement?.portal?.url, !Self.isHTTPS(url.value) else { return [] }
        return [finding(url.location, "`\(url.value.prefix(80))` is not a well-formed https address (like `https://www.find-tender.service.gov.uk/`)")]
    }

    /// `https://host[:port][/path][?query][#fragment]` with a dotted host name and no
    /// spaces, control characters or user name.
    static func isHTTPS(_ text: String) -> Bool {
        let prefix = "https://"
        guard text.lowercased().hasPrefix(prefix) else { return false }
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }),
              !text.contains("\\") else { return false }
        let rest = text.dropFirst(prefix.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.contains("@") else { return false }
        let hostAndPort = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard hostAndPort.count <= 2, let host = hostAndPort.first else { return false }
        if hostAndPort.count == 2 {
            let port = hostAndPort[1]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isNumber }) else { return false }
        }
        return ContactEmailRule.isDomain(host)
    }
}
