import Foundation
import Testing
import TenderDiff
import TenderModel
import TenderOpenData
import TenderRendering
import XMLKit

/// The OCDS release in each tender and awarded pack, and `diff --format ocds`: judged by
/// libcoveocds and jsonschema (the lots extension's patch over the 1.1.5 schema), and
/// read for what a user notices (values, lots, weightings, periods).
@Suite(.serialized)
struct OCDSReleaseTests {
    /// `../shared/schemas/ocds/` beside the repository (CI clones main with shared/ beside it).
    static let schemas = RenderingSupport.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/ocds").standardizedFileURL
    static let standardZip = schemas.appendingPathComponent("standard-1__1__5.zip")
    static let lotsPatch = schemas.appendingPathComponent("lots-extension/release-schema.json")
    static let script = RenderingSupport.repository.appendingPathComponent("Tests/OCDS/validate_releases.py")

    static let tenderSpecs = ["accommodation-pathway-2026", "norfolk-mental-health-2017",
                              "norfolk-remodel-awarded-2014", "norfolk-remodel-tender-2013"]

    static func release(_ name: String, prefix: String? = nil) throws -> (data: Data, json: [String: Any]) {
        var renderer = try RenderingSupport.renderer()
        if let prefix { renderer.ocidPrefix = prefix }
        let files = try renderer.render(try RenderingSupport.loadSpec(named: name + ".yaml"))
        let data = try #require(files.first { $0.path == "ocds-release.json" }?.data, "\(name) has no ocds-release.json")
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let releases = try #require(package["releases"] as? [[String: Any]])
        #expect(releases.count == 1)
        return (data, releases[0])
    }

    static func amendment(_ old: String, _ new: String) throws -> (package: JSONValue, diff: SpecificationDiff) {
        let oldSpec = try RenderingSupport.loadSpec(named: old + ".yaml")
        let newSpec = try RenderingSupport.loadSpec(named: new + ".yaml")
        let diff = SpecificationDiff(old: oldSpec, new: newSpec)
        let package = try #require(OCDSAmendment(diff: diff, old: oldSpec, new: newSpec).package())
        return (package, diff)
    }

    // MARK: The standard's own tools

    @Test func libcoveocdsAndTheLotsSchemaAcceptEveryReleaseAndAmendment() throws {
        let fileManager = FileManager.default
        guard RenderingValidatorTests.tool("libcoveocds") != nil, let python = RenderingValidatorTests.tool("python3"),
              fileManager.fileExists(atPath: Self.standardZip.path), fileManager.fileExists(atPath: Self.lotsPatch.path) else {
            if RenderingValidatorTests.required {
                Issue.record("libcoveocds (pip install libcoveocds jsonschema) or the OCDS schema at \(Self.standardZip.path) is missing")
            }
            return
        }
        let folder = fileManager.temporaryDirectory.appendingPathComponent("tp-ocds-\(UUID().uuidString)")
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: folder) }
        var written: [String] = []
        let renderer = try RenderingSupport.renderer()
        for name in RenderingSupport.specFiles() {
            let spec = try RenderingSupport.loadSpec(named: name)
            for file in try renderer.render(spec) where file.path == "ocds-release.json" {
                let url = folder.appendingPathComponent(spec.id.value + ".json")
                try file.data.write(to: url)
                written.append(url.path)
            }
        }
        for (old, new) in [("norfolk-remodel-consultation-2013", "norfolk-remodel-tender-2013"),
                           ("norfolk-remodel-tender-2013", "norfolk-remodel-awarded-2014")] {
            let url = folder.appendingPathComponent("\(old)-to-\(new).json")
            try Self.amendment(old, new).package.data.write(to: url)
            written.append(url.path)
        }
        #expect(written.count == Self.tenderSpecs.count + 2, "\(written)")
        let result = try RenderingValidatorTests.run(python, [Self.script.path, Self.standardZip.path, Self.lotsPatch.path] + written)
        #expect(result.status == 0, "validators:\n\(result.output)")
        let start = try #require(result.output.firstIndex(of: "{"), "no JSON result:\n\(result.output)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output[start...].utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [String: [String: Any]])
        #expect(Set(files.keys) == Set(written))
        for (path, entry) in files {
            #expect(entry["validationErrors"] as? Int == 0, "\(path): \(entry)")
            #expect(entry["closedCodelistViolations"] as? Int == 0, "\(path): \(entry)")
            #expect(entry["lotsExtensionErrors"] as? Int == 0, "\(path): \(entry)")
            #expect((entry["lots"] as? Int ?? 0) >= 2, "\(path): tender.lots was not checked")
        }
    }

    @Test func theValidatorScriptReportsABrokenRelease() throws {
        guard RenderingValidatorTests.tool("libcoveocds") != nil, let python = RenderingValidatorTests.tool("python3"),
              FileManager.default.fileExists(atPath: Self.standardZip.path) else {
            if RenderingValidatorTests.required { Issue.record("libcoveocds or the OCDS schema is missing") }
            return
        }
        let (data, _) = try Self.release("norfolk-remodel-tender-2013")
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"status\": \"active\"", with: "\"status\": \"open\"")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tp-ocds-broken-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try RenderingValidatorTests.run(python, [Self.script.path, Self.standardZip.path, Self.lotsPatch.path, url.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("\"closedCodelistViolations\": 1"), "\(result.output)")
        #expect(result.output.contains("tender.lots 0/status"), "\(result.output)")
    }

    // MARK: What a user reads

    @Test func theAccommodationTenderSaysItsLotsValuesProcedureAndDates() throws {
        let (_, release) = try Self.release("accommodation-pathway-2026")
        #expect(release["ocid"] as? String == "ocds-tenderpack-EBC-ASC-2026-007")
        #expect(release["tag"] as? [String] == ["tender"])
        #expect(release["date"] as? String == "2026-02-16T00:00:00+00:00")
        let tender = try #require(release["tender"] as? [String: Any])
        #expect(tender["id"] as? String == "EBC-ASC-2026-007")
        #expect(tender["status"] as? String == "active")
        #expect(tender["mainProcurementCategory"] as? String == "services")
        #expect(tender["procurementMethod"] as? String == "selective")
        #expect((tender["procurementMethodDetails"] as? String)?.hasPrefix("Competitive flexible procedure (Procurement Act 2023") == true)
        #expect((tender["value"] as? [String: Any])?["amount"] as? Int == 14_400_000)
        let lots = try #require(tender["lots"] as? [[String: Any]])
        #expect(lots.map { $0["id"] as? String } == ["high-needs", "medium-needs", "move-on-flats"])
        #expect(lots.map { ($0["value"] as? [String: Any])?["amount"] as? Int } == [6_600_000, 5_400_000, 2_400_000])
        #expect((tender["lotDetails"] as? [String: Any])?["maximumLotsAwardedPerSupplier"] as? Int == 2)
        let items = try #require(tender["items"] as? [[String: Any]])
        #expect(items.map { $0["relatedLot"] as? String } == ["high-needs", "medium-needs", "move-on-flats"])
        #expect(items.allSatisfy { ($0["classification"] as? [String: Any])?["id"] as? String == "85311000" })
        let criteria = try #require(tender["awardCriteriaDetails"] as? String)
        #expect(criteria.contains("quality 70%, price 20%, social value 10%"))
        #expect(criteria.contains("Safeguarding practice 10%"))
        #expect(criteria.contains("Pass/fail minimum standards"))
        // 10 April 2026 is in British Summer Time; 27 March 2026 is not (clocks go forward on the 29th).
        #expect((tender["tenderPeriod"] as? [String: Any])?["endDate"] as? String == "2026-04-10T12:00:00+01:00")
        #expect((tender["enquiryPeriod"] as? [String: Any])?["endDate"] as? String == "2026-03-27T12:00:00+00:00")
        let contract = try #require(tender["contractPeriod"] as? [String: Any])
        #expect(contract["startDate"] as? String == "2026-11-01T00:00:00+00:00")
        #expect(contract["endDate"] as? String == "2029-10-31T23:59:59+00:00")
        #expect(contract["maxExtentDate"] as? String == "2032-10-31T23:59:59+00:00")
        let documents = try #require(tender["documents"] as? [[String: Any]])
        #expect(Set(documents.compactMap { $0["id"] as? String }) == Set(TenderPackRenderer.fileNames))
        let buyer = try #require((release["parties"] as? [[String: Any]])?.first)
        #expect(buyer["roles"] as? [String] == ["buyer", "procuringEntity", "funder"])
        #expect((buyer["contactPoint"] as? [String: Any])?["email"] as? String == "commissioning@example.org")
    }

    @Test func theAwardedReleaseNamesTheSupplierOfEachLot() throws {
        let (_, release) = try Self.release("norfolk-remodel-awarded-2014")
        #expect(release["ocid"] as? String == "ocds-tenderpack-NCC-ASC-2013-CMHSS")
        #expect(release["tag"] as? [String] == ["award"])
        #expect((release["tender"] as? [String: Any])?["status"] as? String == "complete")
        let awards = try #require(release["awards"] as? [[String: Any]])
        #expect(awards.map { $0["relatedLots"] as? [String] } == [["low-level-support"], ["complex-needs-support"]])
        #expect(awards.allSatisfy { (($0["suppliers"] as? [[String: Any]])?.first?["name"] as? String) == "Together for Mental Wellbeing" })
        // The annual values (600,000 and 900,000) over the 5-year term.
        #expect(awards.map { ($0["value"] as? [String: Any])?["amount"] as? Int } == [3_000_000, 4_500_000])
        let parties = try #require(release["parties"] as? [[String: Any]])
        // Norfolk County Council buys and is one of the three funders.
        #expect(parties.first?["roles"] as? [String] == ["buyer", "procuringEntity", "funder"])
        #expect(parties.filter { ($0["roles"] as? [String])?.contains("funder") == true }.count == 3)
        #expect(parties.contains { $0["roles"] as? [String] == ["supplier"] && $0["name"] as? String == "Together for Mental Wellbeing" })
    }

    @Test func onlyTenderAndRecordedAwardPacksHoldARelease() throws {
        let renderer = try RenderingSupport.renderer()
        var holders: [String] = []
        for name in RenderingSupport.specFiles() {
            let spec = try RenderingSupport.loadSpec(named: name)
            let paths = try renderer.render(spec).map(\.path)
            #expect(paths == TenderPackRenderer.fileNames(for: spec))
            if paths.contains("ocds-release.json") { holders.append(spec.id.value) }
        }
        #expect(holders.sorted() == Self.tenderSpecs)
    }

    @Test func theReleaseIsByteIdenticalAcrossBuildsAndTakesThePrefixAsked() throws {
        let first = try Self.release("norfolk-mental-health-2017")
        let second = try Self.release("norfolk-mental-health-2017")
        #expect(first.data == second.data)
        let prefixed = try Self.release("norfolk-mental-health-2017", prefix: "ocds-b5fd17-")
        #expect(prefixed.json["ocid"] as? String == "ocds-b5fd17-NCC-ASC-2017-MHHRS")
        // The October 2017 issue date starts on its first day; no clock is read.
        #expect(first.json["date"] as? String == "2017-10-01T00:00:00+01:00")
    }

    // MARK: The amendment

    @Test func theAmendmentListsTheNoticesMaterialChanges() throws {
        let (package, diff) = try Self.amendment("norfolk-remodel-consultation-2013", "norfolk-remodel-tender-2013")
        let object = try #require(try JSONSerialization.jsonObject(with: package.data) as? [String: Any])
        let release = try #require((object["releases"] as? [[String: Any]])?.first)
        #expect(release["tag"] as? [String] == ["tenderAmendment"])
        #expect(release["ocid"] as? String == "ocds-tenderpack-NCC-ASC-2013-CMHSS")
        let tender = try #require(release["tender"] as? [String: Any])
        let amendment = try #require((tender["amendments"] as? [[String: Any]])?.first)
        #expect(amendment["date"] as? String == "2013-07-31T00:00:00+01:00")
        #expect((amendment["rationale"] as? String)?.contains("section 31 of the Procurement Act 2023") == true)
        let description = try #require(amendment["description"] as? String)
        let material = diff.materialChanges
        #expect(!material.isEmpty)
        #expect(description.hasPrefix("\(material.count) material changes"))
        // Every change the clarification notice lists, by its reference, and nothing editorial.
        let notice = String(decoding: try ClarificationNotice.xml(diff, schema: nil), as: UTF8.self)
        for change in diff.changes {
            #expect(description.contains(change.fingerprint) == (change.classification == .material), "\(change.path)")
            if change.classification == .material { #expect(notice.contains(change.fingerprint)) }
        }
        #expect(description.contains(". Changed: Lot 2 · Requirement 2.4 · Strength (2.4 (was 2.3)): \"should\" → \"must\""))
        #expect(amendment["relatedLots"] as? [String] == ["low-level-support", "complex-needs-support"])
        // The consultation had no release to amend; the awarded version amends the tender's.
        #expect(amendment["amendsReleaseID"] == nil)
        let awarded = try Self.amendment("norfolk-remodel-tender-2013", "norfolk-remodel-awarded-2014").package
        let awardedJSON = try #require(try JSONSerialization.jsonObject(with: awarded.data) as? [String: Any])
        let awardedRelease = try #require((awardedJSON["releases"] as? [[String: Any]])?.first)
        let awardedAmendment = try #require(((awardedRelease["tender"] as? [String: Any])?["amendments"] as? [[String: Any]])?.first)
        #expect(awardedAmendment["amendsReleaseID"] as? String == "norfolk-remodel-tender-2013-2.0")
    }

    @Test func diffFormatOCDSWritesTheAmendmentAndChecksThePrefix() throws {
        let result = try TestSupport.runTenderpack(["diff", DiffCommandTests.consultation, DiffCommandTests.tender, "--format", "ocds"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(((object["releases"] as? [[String: Any]])?.first?["id"] as? String) == "norfolk-remodel-tender-2013-2.0-amendment")
        let again = try TestSupport.runTenderpack(["diff", DiffCommandTests.consultation, DiffCommandTests.tender, "--format", "ocds"])
        #expect(again.stdout == result.stdout)
        for bad in ["", "ocds tenderpack", "ocds/x-"] {
            let refused = try TestSupport.runTenderpack(["diff", DiffCommandTests.consultation, DiffCommandTests.tender,
                                                          "--format", "ocds", "--ocid-prefix", bad])
            #expect(refused.status == 64, "\(bad): \(refused)")
        }
        let prefixed = try TestSupport.runTenderpack(["diff", DiffCommandTests.consultation, DiffCommandTests.tender,
                                                       "--format", "ocds", "--ocid-prefix", "ocds-b5fd17-"])
        #expect(prefixed.stdout.contains("\"ocid\": \"ocds-b5fd17-NCC-ASC-2013-CMHSS\""))
        // A draft with no tender-issued milestone states no date for a release.
        let undated = try TestSupport.runTenderpack(["diff", "Specs/staged-model.yaml", "Specs/staged-model.yaml", "--format", "ocds"])
        #expect(undated.status == 1, "\(undated)")
        #expect(undated.stdout.isEmpty)
        #expect(undated.stderr.contains("add a `tender-issued` milestone"))
    }

    @Test func buildWritesTheReleaseWithThePrefixAskedAndCheckComparesIt() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = TestSupport.specsURL.appendingPathComponent("accommodation-pathway-2026.yaml").path
        let templates = RenderingSupport.templates.path
        let built = try TestSupport.runTenderpack(["build", spec, "--output", root.path, "--templates", templates,
                                                   "--ocid-prefix", "ocds-b5fd17-"])
        #expect(built.status == 0, "\(built)")
        let release = try Data(contentsOf: root.appendingPathComponent("accommodation-pathway-2026/ocds-release.json"))
        #expect(String(decoding: release, as: UTF8.self).contains("\"ocid\": \"ocds-b5fd17-EBC-ASC-2026-007\""))
        // The same prefix is up to date; the default prefix would write another ocid.
        let same = try TestSupport.runTenderpack(["build", spec, "--output", root.path, "--templates", templates,
                                                  "--ocid-prefix", "ocds-b5fd17-", "--check"])
        #expect(same.status == 0, "\(same)")
        let other = try TestSupport.runTenderpack(["build", spec, "--output", root.path, "--templates", templates, "--check"])
        #expect(other.status == 1, "\(other)")
        #expect((other.stdout + other.stderr).contains("ocds-release.json"))
        let refused = try TestSupport.runTenderpack(["build", spec, "--output", root.path, "--ocid-prefix", "two words"])
        #expect(refused.status == 64, "\(refused)")
    }

    // MARK: Dates and JSON

    @Test func datesTakeTheUKOffsetOfTheirDay() {
        #expect(OCDSDate.start(CalendarDate(year: 2026, month: 3, day: 28)) == "2026-03-28T00:00:00+00:00")
        #expect(OCDSDate.start(CalendarDate(year: 2026, month: 3, day: 29)) == "2026-03-29T00:00:00+01:00")
        #expect(OCDSDate.end(CalendarDate(year: 2026, month: 10, day: 24)) == "2026-10-24T23:59:59+01:00")
        #expect(OCDSDate.end(CalendarDate(year: 2026, month: 10, day: 25)) == "2026-10-25T23:59:59+00:00")
        #expect(OCDSDate.end(CalendarDate(year: 2014)) == "2014-12-31T23:59:59+00:00")
        #expect(OCDSDate.end(CalendarDate(year: 2013, month: 9, day: 6), time: TimeOfDay(minutes: 12 * 60)) == "2013-09-06T12:00:00+01:00")
        #expect(OCDSDate.lastDay(of: CalendarDate(year: 2014, month: 1), plusMonths: 36) == CalendarDate(year: 2016, month: 12, day: 31))
        #expect(OCDSDate.lastDay(of: CalendarDate(year: 2018, month: 3, day: 1), plusMonths: 36) == CalendarDate(year: 2021, month: 2, day: 28))
        #expect(OCDSDate.lastDay(of: CalendarDate(year: 2020, month: 1, day: 31), plusMonths: 1) == CalendarDate(year: 2020, month: 2, day: 28))
        #expect(OCDSDate.lastDay(of: CalendarDate(year: 2014, month: 1), plusMonths: 1.5) == nil)
    }

    @Test func hostileTextRoundTripsThroughTheJSON() throws {
        var spec = try RenderingSupport.loadSpec(named: "norfolk-remodel-tender-2013.yaml")
        let hostile = "\"quoted\" \\ back\u{0001}slash\nnew line \u{2028} </script> £ ünïcode"
        spec.title.value = hostile
        let data = try #require(OCDSRelease(spec).package()?.data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let release = try #require((object["releases"] as? [[String: Any]])?.first)
        #expect((release["tender"] as? [String: Any])?["title"] as? String == hostile)
        #expect(JSONValue.object([("a", .number(1_500_000)), ("b", .number(24.5)), ("c", .number(.infinity))]).text
                    == "{\n  \"a\": 1500000,\n  \"b\": 24.5,\n  \"c\": 0\n}")
    }
}
