public import TenderModel

/// The documents of a pack as trees: each is built here once and written by every writer.
public enum PackDocuments {
    /// `tender-pack`: cover, document control, the invitation, the staged pathway, a
    /// service specification per lot, sources and the glossary.
    public static func tenderPack(_ spec: Specification, index: SpecificationIndex, wording: Wording) -> Document {
        TenderPackBuilder(context: BuildContext(spec: spec, index: index, wording: wording)).document()
    }

    /// `outcome-schedule`: one table per outcome domain, unassigned and contract-management KPIs.
    public static func outcomeSchedule(_ schedule: OutcomeSchedule, wording: Wording) -> Document {
        OutcomeScheduleBuilder(schedule: schedule,
                               context: BuildContext(spec: schedule.spec, index: schedule.index, wording: wording)).document()
    }
}
