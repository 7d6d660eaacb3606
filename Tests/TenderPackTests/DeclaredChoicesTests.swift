import Foundation
import Testing
import TenderModel

/// Every case of every enumeration a declaration takes is a member of `Declared`, so a
/// case added to the model cannot be left out of the Swift declarations unnoticed.
struct DeclaredChoicesTests {
    static func names<E: CaseIterable>(_ type: E.Type) -> [String] {
        E.allCases.map { String(reflecting: $0).split(separator: ".").last.map(String.init) ?? "" }
    }

    static let enumerations: [(name: String, cases: [String])] = [
        ("Area.Kind", names(Area.Kind.self)), ("Capacity.Measure", names(Capacity.Measure.self)),
        ("Capacity.Qualifier", names(Capacity.Qualifier.self)), ("ContractTerms.Procedure", names(ContractTerms.Procedure.self)),
        ("ContractTerms.VAT", names(ContractTerms.VAT.self)),
        ("EvaluationCriterion.Category", names(EvaluationCriterion.Category.self)),
        ("Framework.CallOff", names(Framework.CallOff.self)), ("KPI.Direction", names(KPI.Direction.self)),
        ("KPI.Frequency", names(KPI.Frequency.self)), ("KPI.Kind", names(KPI.Kind.self)), ("KPI.Unit", names(KPI.Unit.self)),
        ("Milestone.Kind", names(Milestone.Kind.self)), ("NightCover", names(NightCover.self)),
        ("OutOfHoursCover", names(OutOfHoursCover.self)), ("Partner.Kind", names(Partner.Kind.self)),
        ("Partner.Role", names(Partner.Role.self)), ("PriceLine.Basis", names(PriceLine.Basis.self)),
        ("Procurement.Procedure", names(Procurement.Procedure.self)), ("Requirement.Strength", names(Requirement.Strength.self)),
        ("Setting.Kind", names(Setting.Kind.self)), ("Source.Kind", names(Source.Kind.self)), ("Status", names(Status.self)),
    ]

    @Test("every enumeration case has its member in Declared+Choices.swift", arguments: enumerations.map(\.name))
    func everyCase(_ name: String) throws {
        let url = TestSupport.packageRoot.appendingPathComponent("Sources/TenderDeclaration/Declared+Choices.swift")
        let text = try String(contentsOf: url, encoding: .utf8)
        let header = "extension Declared where Value == TenderModel.\(name) {"
        let start = try #require(text.range(of: header), "no extension for \(name)")
        let rest = text[start.upperBound...]
        let body = rest[..<(rest.range(of: "\n}")?.lowerBound ?? rest.endIndex)]
        let cases = try #require(Self.enumerations.first { $0.name == name }).cases
        for caseName in cases {
            let member = ["public", "default"].contains(caseName) ? "`\(caseName)`" : caseName
            #expect(body.contains("public static var \(member): Declared { Declared(.\(member)) }"), "\(name).\(caseName)")
        }
    }
}
