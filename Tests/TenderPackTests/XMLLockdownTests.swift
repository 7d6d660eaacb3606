import Foundation
import Testing
import XMLKit

/// XMLKit itself, in process: whatever it parses or compiles, nothing is fetched from
/// the network and no local file is read except a schema's includes inside its folder.
@Suite("XML reading lockdown")
struct XMLLockdownTests {
    static let schemaHead = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">"

    func scratch() throws -> (URL, FaultSupport.LoopbackListener, URL, String) {
        let root = try TestSupport.makeTemporaryDirectory()
        let token = "XMLKIT-SECRET-\(UUID().uuidString)"
        let secret = root.appendingPathComponent("secret.txt")
        try Data(token.utf8).write(to: secret)
        return (root, try FaultSupport.LoopbackListener(), secret, token)
    }

    @Test("a document's external DTD, external entity and parameter entities are never fetched or expanded")
    func documentEntities() throws {
        let (root, listener, secret, token) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let documents = [
            "<!DOCTYPE r SYSTEM \"\(listener.url)/r.dtd\"><r/>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(secret.path)\">]><r>&x;</r>",
            "<!DOCTYPE r [<!ENTITY % f SYSTEM \"file://\(secret.path)\"><!ENTITY % d SYSTEM \"\(listener.url)/d.dtd\">%d;]><r/>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"\(listener.url)/x\">]><r>&x;</r>",
        ]
        for text in documents {
            if let document = try? XMLDocument(parsing: Data(text.utf8), url: root.appendingPathComponent("d.xml").path) {
                #expect(!(try document.xmlString()).contains(token))
            }
        }
        #expect(listener.connections().count == 0)
    }

    @Test("validating an instance naming a remote schema location fetches nothing")
    func instanceSchemaLocation() throws {
        let (root, listener, _, _) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let schema = try XMLSchema(data: Data((Self.schemaHead + "<xs:element name=\"r\"/></xs:schema>").utf8))
        let instance = "<r xmlns=\"urn:t\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:t \(listener.url)/t.xsd\"/>"
        #expect(try schema.validate(data: Data(instance.utf8)).isEmpty)
        #expect(listener.connections().count == 0)
    }

    @Test("a schema given no folder may include nothing, not even a file beside it")
    func noFolderNoIncludes() throws {
        let (root, listener, _, _) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data((Self.schemaHead + "</xs:schema>").utf8).write(to: root.appendingPathComponent("part.xsd"))
        let text = Self.schemaHead + "\n<xs:include schemaLocation=\"part.xsd\"/></xs:schema>"
        do {
            _ = try XMLSchema(data: Data(text.utf8), url: root.appendingPathComponent("main.xsd").path)
            Issue.record("the include was read")
        } catch XMLKitError.refused(let issues) {
            #expect(issues.first?.line == 2)
            #expect(issues.first?.message.contains("no templates folder") == true)
        }
        #expect(listener.connections().count == 0)
    }

    @Test("a schema file includes from its own folder, and only from there")
    func includesFromItsFolder() throws {
        let (root, listener, secret, token) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((Self.schemaHead + "<xs:element name=\"r\"/></xs:schema>").utf8).write(to: folder.appendingPathComponent("part.xsd"))
        let good = folder.appendingPathComponent("good.xsd")
        try Data((Self.schemaHead + "<xs:include schemaLocation=\"part.xsd\"/></xs:schema>").utf8).write(to: good)
        let schema = try XMLSchema(contentsOf: good)
        #expect(try schema.validate(data: Data("<r xmlns=\"urn:t\"/>".utf8)).isEmpty)

        let bad = folder.appendingPathComponent("bad.xsd")
        try Data((Self.schemaHead + "<xs:include schemaLocation=\"../secret.txt\"/><xs:import namespace=\"urn:x\" schemaLocation=\"\(listener.url)/x.xsd\"/></xs:schema>").utf8)
            .write(to: bad)
        do {
            _ = try XMLSchema(contentsOf: bad)
            Issue.record("the schema compiled")
        } catch XMLKitError.refused(let issues) {
            #expect(issues.count >= 1)
            #expect(issues.first?.line == 1)
            #expect(!issues.map(\.description).joined().contains(token))
        }
        #expect(listener.connections().count == 0)
        _ = secret
    }

    @Test("a schema file that is a FIFO is refused without blocking")
    func schemaFIFO() throws {
        let (root, _, _, _) = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("pipe.xsd")
        try FaultSupport.mkfifo(fifo)
        #expect(throws: XMLKitError.self) { _ = try XMLSchema(contentsOf: fifo) }
    }
}
