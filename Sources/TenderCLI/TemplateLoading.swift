import ArgumentParser
import TenderRendering

/// Loading the templates a command renders with, and its exit codes.
enum TemplateLoading {
    /// A renderer reading `templates`; exits 78 on an unusable template (located, with
    /// its id) and 66 when one cannot be read.
    /// `formats`: what the build makes (the ODF schemas are compiled only for ODT).
    static func renderer(_ templates: TemplateSet, formats: Set<PackFormat> = PackFormat.all) throws -> TenderPackRenderer {
        do {
            return try TenderPackRenderer(templates: templates, formats: formats)
        } catch RenderError.invalidTemplate(let problem) {
            Terminal.writeError("tenderpack: \(problem)\n")
            throw ExitCode(ExitStatus.badTemplate)
        } catch {
            let folder = templates.overrides?.relativePath ?? "the built-in templates"
            Terminal.writeError("tenderpack: cannot read templates at \(folder): \(error)\n")
            throw ExitCode(ExitStatus.unreadable)
        }
    }
}
