import Foundation
import Testing
@testable import TenderRendering
import TenderDiff
import TenderTemplates
import XMLKit

/// The XML schemas TenderPack ships (built into the binary from `Templates/schema/`,
/// written out by `tenderpack templates export`) are read by integrators: every
/// declaration in them says in words what it holds, and each schema carries a version
/// that is the one its documents' namespace carries.
@Suite("XSD documentation and versions", .serialized)
struct XSDDocumentationTests {
    static let xs = "http://www.w3.org/2001/XMLSchema"

    /// Every shipped XSD and the namespace its writer puts on the documents it checks.
    static let writers: [String: String] = [
        "schema/tender-pack.xsd": TenderPackXML.namespace,
        "schema/outcome-schedule.xsd": OutcomeScheduleXML.namespace,
        ClarificationNotice.schemaPath: ClarificationNotice.namespace,
    ]

    static func schema(_ path: String) throws -> XMLDocument {
        let data = try #require(BuiltInTemplates.data(path), "\(path) is not built in")
        return try XMLDocument(parsing: data, url: path)
    }

    /// The declarations of `element` and below that have no non-empty
    /// `xs:annotation/xs:documentation` of their own, each named by its path.
    static func undocumented(in element: XMLElement, path: String) -> [String] {
        var missing: [String] = []
        for child in element.children where child.namespaceURI == xs {
            var childPath = path
            if let name = child.attribute("name") {
                let step: String
                switch child.name {
                case "element": step = name
                case "attribute": step = "@" + name
                default: step = "\(child.name)(\(name))"
                }
                childPath = path + "/" + step
                // Elements and attributes anywhere, and the schema's named types and groups.
                let declares = ["element", "attribute"].contains(child.name)
                    || (element.name == "schema" && ["complexType", "simpleType", "attributeGroup"].contains(child.name))
                if declares && !hasDocumentation(child) { missing.append(childPath) }
            }
            missing += undocumented(in: child, path: childPath)
        }
        return missing
    }

    static func hasDocumentation(_ declaration: XMLElement) -> Bool {
        declaration.children.contains { annotation in
            annotation.namespaceURI == xs && annotation.name == "annotation" && annotation.children.contains {
                $0.namespaceURI == xs && $0.name == "documentation"
                    && !$0.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        }
    }

    @Test("every shipped XSD is one this suite knows the writer of")
    func everyXSDIsListed() {
        let shipped = BuiltInTemplates.paths.filter { $0.hasSuffix(".xsd") }
        #expect(Set(shipped) == Set(Self.writers.keys),
                "a new XSD needs its line in XSDDocumentationTests.writers (and documentation)")
    }

    @Test("every element, attribute and named type of every shipped XSD has xs:documentation",
          arguments: writers.keys.sorted())
    func everyDeclarationIsDocumented(_ path: String) throws {
        let document = try Self.schema(path)
        #expect(document.root.descendants(named: "element").count > 10, "\(path) declares elements")
        let missing = Self.undocumented(in: document.root, path: "")
        #expect(missing.isEmpty, "\(path): no xs:documentation for \(missing.joined(separator: ", "))")
    }

    @Test("each XSD's version is the number that ends its namespace, the namespace its writer uses",
          arguments: writers.sorted { $0.key < $1.key }.map { [$0.key, $0.value] })
    func versionMatchesNamespace(_ pair: [String]) throws {
        let (path, namespace) = (pair[0], pair[1])
        let root = try Self.schema(path).root
        #expect(root.attribute("targetNamespace") == namespace, "\(path) describes another namespace than its writer's")
        let version = try #require(root.attribute("version"), "\(path) has no version attribute")
        let suffix = try #require(namespace.split(separator: ":").last.map(String.init))
        #expect(!version.isEmpty && version == suffix, "\(path): version \(version), namespace \(namespace)")
    }
}
