import Foundation
import Testing

/// The mutation script (`Tests/Mutation/run.py`) plants each bug of
/// `Tests/Mutation/mutations.json` by replacing an exact snippet. When the code moves on
/// and a snippet no longer occurs exactly once, that mutation silently stops testing
/// anything; this keeps the list honest in every run of the suite.
struct MutationListTests {
    @Test("every mutation's snippets occur exactly once in the file it names")
    func everySnippetStillApplies() throws {
        let root = TestSupport.packageRoot
        let data = try Data(contentsOf: root.appendingPathComponent("Tests/Mutation/mutations.json"))
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(list.count >= 40, "the issue asks for at least 40 mutations")
        for mutation in list {
            let id = mutation["id"] as? String ?? "?"
            let file = try #require(mutation["file"] as? String, "\(id) names no file")
            let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            guard let text else {
                Issue.record("\(id): \(file) does not exist")
                continue
            }
            var snippets = [mutation["original"] as? String ?? ""]
            for pair in mutation["more"] as? [[String]] ?? [] { snippets.append(pair.first ?? "") }
            for snippet in snippets {
                let count = text.components(separatedBy: snippet).count - 1
                #expect(!snippet.isEmpty && count == 1, "\(id): its snippet occurs \(count) times in \(file)")
            }
        }
    }
}
