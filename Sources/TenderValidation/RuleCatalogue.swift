public import TenderModel
import TenderLoading

/// Every rule TenderPack knows, in one place: what `rules` lists, what `explain`
/// prints, what SARIF describes and what the example tests run.
public enum RuleCatalogue {
    /// The rules checked on loaded specifications, in catalogue order.
    static let specificationRules: [any SpecificationRule] = [
        DuplicateIDRule(), AreaReferenceRule(), PartnerReferenceRule(), CurrentServiceReferenceRule(),
        StageReferenceRule(), OutcomeReferenceRule(), SourceReferenceRule(),
        UnaccountedCurrentServiceRule(), DoublyAbsorbedServiceRule(), UncoveredAreaRule(),
        HoursOrderRule(), HoursBandRule(), MoveOnDurationRule(), SpecificationDurationRule(),
        RouteTargetRule(), UnreachableStageRule(), MissingMoveOnRule(), TimelineOrderRule(),
        TenderEvaluationRule(), TenderContractRule(), TenderKPITargetRule(), TenderTimelineRule(),
        EvaluationWeightsRule(), EvaluationSplitRule(), IncompleteKPIRule(), KPITargetRangeRule(),
        IllustrativeAtTenderRule(), UncitedSourceRule(), InvalidXMLCharacterRule(),
        BidirectionalControlRule(), CoverSettingRule(), ContractStartRule(),
        SocialValueRule(), PassFailWeightRule(), MethodStatementSumRule(), WordLimitRule(), ScoringScaleRule(),
        ScoringScaleMissingRule(),
        // The service language: capacity, cover, service types.
        CapacityUnitsRule(), CapacityMissingRule(), CoverHoursOrderRule(), CoverNightRule(), CoverOutOfHoursRule(),
        ServiceHoursRule(), OverlapReferenceRule(), AreaHierarchyReferenceRule(), AreaHierarchyCycleRule(),
        LotOverlapRule(), ManagementKPIOutcomeRule(),
        // Money, procedure, lots, contact and award (issue 8).
        ValueLotSumRule(), ValueWholeLifeRule(), ValueVATRule(), LightTouchThresholdRule(), ThresholdUnknownRule(),
        OCDSMethodRule(), ProcedureStagesRule(), FrameworkRule(), LotLimitsRule(), LotDependencyRule(),
        ContactEmailRule(), PortalURLRule(), ContactMissingRule(), AwardRequiredRule(), AwardIncompleteRule(),
        AwardLotReferenceRule(), AwardSupplierCountRule(), AwardExceedsEstimateRule(), AwardDateRule(), ProcedureBeforeActRule(),
        AwardDateMismatchRule(), AwardStatusRule(),
        // The evaluation language: times and periods in the timeline.
        TimeNeedsDayRule(), PeriodEndRule(),
        PricingLotRule(), PricingVolumeRule(), PricingBasisRule(), PricingLotCoverageRule(), PricingCapacityRule(),
        // What the OCDS release (ocds-release.json) needs from a tender.
        OCDSReferenceRule(), OCDSClassificationRule(), OCDSEnquiryPeriodRule(), OCDSValueRule(), OCDSDatePrecisionRule(),
    ]

    /// Every rule's description, sorted by id.
    public static let all: [RuleDescription] = (LoaderRules.all
        + specificationRules.map { type(of: $0).description }).sorted { $0.id < $1.id }

    private static let byID: [String: RuleDescription] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    public static func rule(id: String) -> RuleDescription? { byID[id] }

    /// The id closest to a mistyped one, for "did you mean".
    public static func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, in: all.map(\.id))
    }
}

/// Runs every rule over a specification.
public enum Validator {
    public static func validate(_ specification: Specification) -> [Diagnostic] {
        validateIndexed(specification).diagnostics
    }

    /// The findings, and the index the rules used, for rendering to reuse.
    public static func validateIndexed(_ specification: Specification) -> (diagnostics: [Diagnostic], index: SpecificationIndex) {
        let fields = specification.allFields()
        let context = ValidationContext(SpecificationIndex(specification, fields: fields), fields: fields)
        return (RuleCatalogue.specificationRules.flatMap { $0.check(context) }.sorted(), context.index)
    }
}
