// Only TenderDeclaration is imported: its declarations share names with the model's types.
import Testing
import TenderDeclaration

/// Provenance is inherited as a YAML mapping's is: from the declaration a value is
/// written in, and from a declaration made by a function the body calls.
struct DeclarationProvenanceTests {
    static func lot(_ id: String) -> Lot {
        Lot(Declared(id), title: "Made by a function", setting: Setting(.floatingSupport), areas: .all)
    }

    @Test("values inherit the provenance of the declarations around them, and say where they differ")
    func inheritance() throws {
        let stored = Lot("stored", title: "Made beforehand", setting: Setting(.floatingSupport), areas: .all)
        let declaration = Specification("inheritance", title: "T", version: "1", status: .draft, commissioner: "council",
                                        provenance: .source("seed")) {
            Source("seed", kind: .seed, title: "Seed")
            Lot("inner", title: "Inner", setting: Setting(.floatingSupport), areas: .all, provenance: .source("other")) {
                Requirement("r1", .must, "Inherits the lot's.")
                Requirement("r2", .must, .illustrative("Its own."))
            }
            Self.lot("from-function")
            stored
        }
        let lots = declaration.model.lots
        #expect(lots.map(\.id.value) == ["inner", "from-function", "stored"])
        #expect(lots.map(\.number.value) == [1, 2, 3])
        #expect(lots[0].title.provenance == .source("other"))
        #expect(lots[0].requirements[0].text.provenance == .source("other"))
        #expect(lots[0].requirements[1].text.provenance == .illustrative)
        #expect(lots[0].requirements[1].strength.provenance == .source("other"))
        #expect(lots[1].title.provenance == .source("seed"))
        #expect(lots[2].title.provenance == .illustrative)
        #expect(declaration.model.provenanceStatements.map(\.value).sorted() == ["illustrative", "other", "seed"])
    }
}
