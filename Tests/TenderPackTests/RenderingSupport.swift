import Foundation
import TenderLoading
import TenderModel
import TenderRendering

/// Shared helpers for the rendering suites: the repository's folders and loading specs.
enum RenderingSupport {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let templates = repository.appendingPathComponent("Templates")
    static let specs = repository.appendingPathComponent("Specs")

    static func renderer() throws -> TenderPackRenderer {
        try TenderPackRenderer(templates: templates)
    }

    /// Loads YAML text and fails loudly on any error finding.
    static func load(_ text: String, file: String = "test.yaml") throws -> Specification {
        let result = SpecLoader.load(text: text, file: file)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let spec = result.specification, errors.isEmpty else {
            throw LoadFailure(messages: result.diagnostics.map { "\($0.location): \($0.message) [\($0.ruleID)]" })
        }
        return spec
    }

    static func loadSpec(named name: String) throws -> Specification {
        let url = specs.appendingPathComponent(name)
        return try load(String(decoding: try Data(contentsOf: url), as: UTF8.self), file: "Specs/" + name)
    }

    static func specFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    struct LoadFailure: Error, CustomStringConvertible {
        var messages: [String]
        var description: String { messages.joined(separator: "\n") }
    }
}
