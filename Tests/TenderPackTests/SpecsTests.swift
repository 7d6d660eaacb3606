import Foundation
import Testing
import TenderLoading
import TenderModel
import TenderValidation

/// The example specifications in Specs/ are what users read first: each must load
/// and validate with no errors, and say what the seeds say.
@Suite struct SpecsTests {
    static let specsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Specs")

    static func loadAll() throws -> ValidationReport {
        try ValidationRun.run(paths: [specsFolder.path])
    }

    @Test func everySpecValidatesWithoutErrors() throws {
        let report = try Self.loadAll()
        #expect(report.files.count >= 4)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location): \($0.message) [\($0.ruleID)]" })")
        #expect(report.specifications.count == report.files.count)
    }

    @Test func onlyTenderVersionsWarn() throws {
        let report = try Self.loadAll()
        // Illustrative values are flagged at `awarded` as at `tender` (the current services'
        // Hospital Link Worker areas, which the seed does not give).
        let tenderFiles = Set(report.specifications.filter { $0.status.value >= .tender }.map(\.file))
        let warnedFiles = Set(report.diagnostics.map(\.location.file))
        #expect(warnedFiles.isSubset(of: tenderFiles), "\(warnedFiles.subtracting(tenderFiles))")
        // Besides invented values: only the Norfolk tenders (2013, 2017), whose sources give
        // no social value weighting, are asked about it; and what a tender's source does not
        // give (the 2013 low-level service's hours, the 2026 move-on lot's hours); and the
        // 2017 re-tender's issue date, which its news item gives as October 2017 (OCDS
        // takes the 1st).
        let others = report.diagnostics.filter { $0.ruleID != "provenance.illustrative-at-tender" }
        #expect(others.allSatisfy {
            ($0.ruleID == "evaluation.social-value" && $0.location.file.contains("/norfolk-"))
                || $0.ruleID == "service.hours-missing" || $0.ruleID == "capacity.units-missing"
                || ($0.ruleID == "ocds.date-imprecise" && $0.location.file.hasSuffix("norfolk-mental-health-2017.yaml"))
        }, "\(others.map { "\($0.location): \($0.message) [\($0.ruleID)]" })")
    }

    @Test func illustrativeValuesOfOneElementAreOneWarning() throws {
        let warnings = try Self.loadAll().diagnostics.filter {
            $0.ruleID == "provenance.illustrative-at-tender" && $0.location.file.hasSuffix("norfolk-remodel-tender-2013.yaml")
        }
        let contract = try #require(warnings.first { $0.message.hasPrefix("Contract:") })
        #expect(contract.message.contains("Initial term, Extension 1, Extension 2, Annual value, Whole-life value, VAT and Procedure are illustrative"))
        #expect(contract.notes.count == 7)
        #expect(contract.notes.contains { $0.hasPrefix("Annual value at line \(contract.location.line + 2),") && $0.hasSuffix("£1,500,000") })
        let elements = warnings.map { $0.message.components(separatedBy: ":").first ?? "" }
        #expect(Set(elements).count == elements.count, "one warning per element: \(elements)")
    }

    func spec(_ id: String) throws -> Specification {
        try #require(try Self.loadAll().specifications.first { $0.id.value == id })
    }

    @Test func remodelAbsorbsTheThreeCurrentServicesIntoTwoLots() throws {
        for id in ["norfolk-remodel-consultation-2013", "norfolk-remodel-tender-2013"] {
            let remodel = try spec(id)
            #expect(Set(remodel.currentServices.map(\.id.value)) == ["floating-support", "hospital-link-workers", "active-outreach"])
            #expect(remodel.lots.count == 2)
            let absorbed = Dictionary(uniqueKeysWithValues: remodel.lots.map { ($0.id.value, Set($0.absorbs.map(\.value))) })
            #expect(absorbed["low-level-support"] == ["floating-support"])
            #expect(absorbed["complex-needs-support"] == ["hospital-link-workers", "active-outreach"])
            #expect(remodel.lots.allSatisfy { $0.areas.namedAreas == nil }, "both services cover all of Norfolk")
            #expect(remodel.areas.count == 7, "Norfolk's seven districts")
        }
    }

    @Test func consultationTimelineMatchesTheSeed() throws {
        let consultation = try spec("norfolk-remodel-consultation-2013")
        #expect(consultation.status.value == .consultation)
        let dates = Dictionary(consultation.timeline.map { ($0.kind.value, $0.date.value.description) }, uniquingKeysWith: { a, _ in a })
        #expect(dates[.consultationOpened] == "2013-07-01")
        #expect(dates[.consultationClosed] == "2013-07-15")
        #expect(dates[.resultsPublished] == "2013-07-22")
        #expect(dates[.feedbackPublished] == "2013-07-31")
        #expect(dates[.tenderIssued] == "2013-07")
    }

    @Test func tenderVersionHasWhatATenderNeeds() throws {
        let tender = try spec("norfolk-remodel-tender-2013")
        #expect(tender.status.value == .tender)
        #expect(tender.supersedes?.value == "norfolk-remodel-consultation-2013")
        #expect(tender.evaluation != nil)
        #expect(tender.contract?.annualValue?.provenance == .illustrative)
        #expect(tender.lots.flatMap(\.kpis).allSatisfy { $0.target?.provenance == .illustrative })
    }

    @Test func stagedModelHasThreeStagesWithTheSeedsHoursAndCover() throws {
        let staged = try spec("staged-model")
        #expect(staged.stages.map(\.number.value) == [1, 2, 3])
        #expect(staged.maximumSupportDuration?.value == Duration(2, .years))
        #expect(staged.maximumSupportDurationNorm?.flexible.value == true, "the seed: \"in practice this needs to be flexible\"")
        let stage1 = staged.lots.filter { $0.stage?.value == "stage-1" }
        #expect(stage1.contains { $0.setting.cover?.isTwentyFourSeven == true })
        let stage2Cover = staged.lots.compactMap { $0.stage?.value == "stage-2" ? $0.setting.cover : nil }.first
        #expect(stage2Cover?.daysPerWeek.value == 5)
        #expect(stage2Cover?.nightCover.value == false)
        let stage3Hours = staged.lots.first { $0.stage?.value == "stage-3" }?.intensity?.value.value.range
        #expect(stage3Hours?.minimum == nil, "\"up to 1-3 hours\" sets no minimum")
        #expect(stage3Hours?.ceilingFrom?.value == 1)
        #expect(stage3Hours?.maximum.value == 3)
        let entry1 = staged.stages[0].entryRoutes.map(\.endpoint.value)
        #expect(entry1 == [.place(.hospital), .place(.residentialCare), .place(.community)])
    }
}
