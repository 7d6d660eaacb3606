import Foundation
internal import TenderDocument

extension TenderPackRenderer {
    /// The ODT and DOCX files of every pack, in the order `render` returns them.
    public static let wordProcessingFileNames = [
        "tender-pack.odt", "tender-pack.docx", "outcome-schedule.odt", "outcome-schedule.docx",
    ]

    /// The tender pack and the outcome schedule as ODT (every part validated against ODF
    /// 1.3 first) and DOCX, from the same trees as the HTML.
    /// Only the ODT files when `docx` is false, only the DOCX when `odt` is.
    func wordProcessingFiles(tenderPack: Document, outcomeSchedule: Document, odt makesODT: Bool = true,
                             docx makesDOCX: Bool = true) throws -> [RenderedFile] {
        let odt = makesODT ? ODTWriter(schemas: try templates.odf(), labels: templates.labels) : nil
        let docx = DOCXWriter(labels: templates.labels)
        var files: [RenderedFile] = []
        for (tree, name) in [(tenderPack, "tender-pack"), (outcomeSchedule, "outcome-schedule")] {
            if let odt { files.append(RenderedFile(path: name + ".odt", data: try odt.write(tree, file: name + ".odt"))) }
            if makesDOCX { files.append(RenderedFile(path: name + ".docx", data: try docx.write(tree, file: name + ".docx"))) }
        }
        return files
    }
}
