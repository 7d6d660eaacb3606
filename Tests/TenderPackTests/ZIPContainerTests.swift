import Foundation
import Testing
import TenderRendering

/// The ZIP containers of the ODT and DOCX files: entries in the given order, stored,
/// fixed dates, the same bytes on every run.
struct ZIPContainerTests {
    static let container = ZIPContainer(entries: [
        .init(path: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8)),
        .init(path: "content.xml", data: Data("<a>\(String(repeating: "é", count: 5000))</a>".utf8)),
        .init(path: "META-INF/manifest.xml", data: Data("<m/>".utf8)),
    ])

    static func uint16(_ data: Data, _ offset: Int) -> Int {
        Int(data[data.startIndex + offset]) | Int(data[data.startIndex + offset + 1]) << 8
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        #expect(try Self.container.data() == Self.container.data())
    }

    @Test func mimetypeIsFirstStoredWithNoExtraField() throws {
        let data = try Self.container.data()
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(Self.uint16(data, 8) == 0, "compression method: stored")
        #expect(Self.uint16(data, 28) == 0, "extra field length")
        #expect(Self.uint16(data, 10) == 0 && Self.uint16(data, 12) == 0x21, "MS-DOS time 0, date 1980-01-01")
        let nameLength = Self.uint16(data, 26)
        #expect(String(decoding: data[30..<(30 + nameLength)], as: UTF8.self) == "mimetype")
        // ODF readers sniff the media type at byte 38.
        #expect(String(decoding: data[38..<(38 + 39)], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func unzipReadsEveryEntryInOrder() throws {
        guard let unzip = RenderingValidatorTests.tool("unzip") else {
            if RenderingValidatorTests.required { Issue.record("unzip is not installed (apt-get install unzip)") }
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tp-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.container.data().write(to: file)
        let test = try RenderingValidatorTests.run(unzip, ["-t", file.path])
        #expect(test.status == 0, "\(test.output)")
        let list = try RenderingValidatorTests.run(unzip, ["-Z1", file.path])
        #expect(list.output.split(separator: "\n") == ["mimetype", "content.xml", "META-INF/manifest.xml"])
        let content = try RenderingValidatorTests.run(unzip, ["-p", file.path, "content.xml"])
        #expect(content.output == "<a>\(String(repeating: "é", count: 5000))</a>")
    }
}
