import Foundation
internal import CLibXML2

extension XMLDocument {
    /// The document as UTF-8 XML with an XML declaration, indented by two spaces.
    ///
    /// Deterministic: the same tree gives the same bytes on every run and machine.
    public func xmlData() throws -> Data {
        try xmlData(indented: true)
    }

    /// The document as UTF-8 XML with an XML declaration; with `indented: false` not one
    /// whitespace character is added between elements, as formats where whitespace is
    /// content need (an ODF paragraph turns a line break between two spans into a space).
    public func xmlData(indented: Bool) throws -> Data {
        XMLLibrary.prepareThread()
        guard let buffer = xmlBufferCreate() else { throw XMLKitError.serialisation("out of memory") }
        defer { xmlBufferFree(buffer) }
        guard let save = xmlSaveToBuffer(buffer, "UTF-8", indented ? Int32(XML_SAVE_FORMAT.rawValue) : 0) else {
            throw XMLKitError.serialisation("could not create a save context")
        }
        let written = xmlSaveDoc(save, pointer)
        let closed = xmlSaveClose(save)
        guard written >= 0, closed >= 0, let content = xmlBufferContent(buffer) else {
            throw XMLKitError.serialisation("libxml2 failed to write the document")
        }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// `xmlData()` as a string.
    public func xmlString() throws -> String {
        String(decoding: try xmlData(), as: UTF8.self)
    }

    /// The document as HTML5: `<!DOCTYPE html>`, raw UTF-8 text (no `&eacute;`), indented
    /// where libxml2's HTML writer can do so without changing the text.
    ///
    /// Use it for documents made with `XMLDocument.html(lang:)`; add the
    /// `<meta charset="utf-8">` element yourself (libxml2 does not insert one here).
    public func htmlData() throws -> Data {
        XMLLibrary.prepareThread()
        guard let output = xmlAllocOutputBuffer(nil) else { throw XMLKitError.serialisation("out of memory") }
        htmlDocContentDumpFormatOutput(output, pointer, "UTF-8", 1)
        xmlOutputBufferFlush(output)
        let error = output.pointee.error
        var data = Data()
        if let content = xmlOutputBufferGetContent(output) {
            data = Data(bytes: content, count: Int(xmlOutputBufferGetSize(output)))
        }
        xmlOutputBufferClose(output)
        guard error == 0 else { throw XMLKitError.serialisation("libxml2 HTML writer error \(error)") }
        return data
    }

    /// `htmlData()` as a string.
    public func htmlString() throws -> String {
        String(decoding: try htmlData(), as: UTF8.self)
    }
}
