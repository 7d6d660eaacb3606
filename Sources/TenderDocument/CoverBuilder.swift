import TenderModel

/// The cover: the council, the title, what the document is, and the facts a bidder looks
/// for first — version, status, procurement reference and notice, issue date, deadline,
/// contact officer and tendering portal.
struct CoverBuilder {
    let context: BuildContext

    private var spec: Specification { context.spec }
    private var wording: Wording { context.wording }
    private var procurement: Procurement? { spec.procurement }

    /// The council's partner entry, when the commissioner is one.
    static func council(_ spec: Specification) -> Partner? {
        spec.partners.first { $0.id.value == spec.commissioner.value }
    }

    /// The day the document is issued: the tender's issue date at tender status and
    /// after, the consultation's opening at consultation; nil when the timeline has neither.
    static func issueDate(_ spec: Specification) -> Field<CalendarDate>? {
        let kind: Milestone.Kind = spec.status.value >= .tender ? .tenderIssued : .consultationOpened
        return spec.milestone(kind)?.date
    }

    static func metadata(_ context: BuildContext, kind: DocumentKind, title: String, subtitle: String?) -> DocumentMetadata {
        let spec = context.spec
        let procurement = spec.procurement
        return DocumentMetadata(
            kind: kind, title: title, subtitle: subtitle, council: council(spec)?.name.value,
            reference: procurement?.reference?.value ?? spec.id.value, issueDate: issueDate(spec)?.value,
            version: spec.version.value, status: spec.status.value,
            contact: procurement?.contact.map { ContactDetails(name: $0.name?.value, role: $0.role?.value, email: $0.email?.value) },
            portal: procurement?.portal.map { PortalDetails(name: $0.name?.value, url: $0.url?.value) },
            specificationID: spec.id.value)
    }

    /// The council line above the title.
    func council() -> [Inline] {
        CoverBuilder.council(spec).map { context.value($0.name) } ?? []
    }

    func facts(metadata: DocumentMetadata) -> DefinitionList {
        var items: [Definition] = []
        items.append(context.term(wording["cover.version"], context.value(spec.version)))
        items.append(context.term(wording["cover.status"], [.text(Formatting.capitalised(spec.status.value.rawValue))]))
        if let reference = procurement?.reference {
            items.append(context.term(wording["cover.reference"], [.code(context.value(reference))]))
        } else {
            items.append(context.term(wording["cover.reference"], [.code([.text(spec.id.value)])]))
        }
        if let notice = procurement?.notice {
            items.append(context.term(wording["cover.notice"], [.code(context.value(notice))]))
        }
        if let supersedes = spec.supersedes {
            items.append(context.term(wording["cover.supersedes"], [.code([.text(supersedes.value)])]))
        }
        if let issued = CoverBuilder.issueDate(spec) {
            items.append(context.term(wording["cover.issued"], context.value(issued) { $0.longForm }))
        }
        if spec.status.value >= .tender, let deadline = spec.milestone(.tenderDeadline) {
            var runs = context.value(deadline.date) { $0.longForm }
            if let time = deadline.time {
                runs.append(.text(", "))
                runs += context.value(time) { $0.longForm }
            }
            items.append(context.term(wording["cover.deadline"], runs))
        }
        let commercial = CommercialBuilder(context: context)
        if let contact = procurement?.contact { items.append(context.term(wording["cover.contact"], commercial.contactRuns(contact))) }
        if let portal = procurement?.portal { items.append(context.term(wording["cover.portal"], commercial.portalRuns(portal))) }
        return DefinitionList(items, role: BlockRole(rawValue: "cover-facts"))
    }
}
