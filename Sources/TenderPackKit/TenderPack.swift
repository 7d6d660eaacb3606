@_exported public import TenderDeclaration
public import TenderModel
public import TenderDiff
public import Foundation
import TenderLoading
import TenderValidation
import TenderRendering

/// The library entry points: validate a specification, build its tender pack, diff two
/// versions — the same findings, files and changes as `tenderpack validate`, `build` and
/// `diff`, returned as values.
///
/// A specification comes from a Swift declaration (`Specification`, from
/// `TenderDeclaration`) or a YAML file (``load(contentsOf:displayPath:)``); both give the
/// same model, so the same rules and renderers apply.
public enum TenderPack {
    /// A specification with its findings: what the loader or the declaration found,
    /// then what every rule found, sorted as the command line sorts them.
    public struct Validation: Sendable {
        /// The model, when there is one (a YAML file that does not parse has none).
        public var specification: TenderModel.Specification?
        public var findings: [Diagnostic]
        /// What the specification was read from, for the pack's manifest.json.
        var origin: Origin = .model

        public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { findings.filter { $0.severity == .warning } }
        /// Whether a pack may be built: a model and no errors.
        public var isValid: Bool { specification != nil && errors.isEmpty }

        /// The findings as `tenderpack validate` prints them (without colour):
        /// `file:line:column: error: message [rule-id]`, one a line.
        public var text: String {
            findings.map { "\($0.location): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]\n" }.joined()
        }
    }

    /// Where a validated specification came from: a YAML file, YAML text, or a Swift
    /// declaration (or a model made in code).
    enum Origin: Sendable {
        case file(URL)
        case text(String)
        case model
    }

    /// What a build did.
    public struct Build: Sendable {
        /// The pack's folder: `<output>/<specification id>`.
        public var folder: URL
        /// The files written, in the order the renderer gives them, then `manifest.json`.
        public var files: [String]
        public var outcome: PackWriter.Outcome
    }

    /// Why a pack was not built.
    public enum BuildError: Error, Sendable, CustomStringConvertible {
        /// The specification has errors (or no model): nothing is written.
        case invalid(Validation)
        /// The templates could not be read or rendering failed.
        case rendering(String)
        /// The output folder could not be written; what was there is untouched.
        case writing(PackWriter.WriteError)

        public var description: String {
            switch self {
            case .invalid(let validation): return "the specification has \(validation.errors.count) error(s):\n" + validation.text
            case .rendering(let reason): return reason
            case .writing(let error): return error.description
            }
        }
    }

    /// Loads a YAML specification file, as `tenderpack validate FILE` reads it.
    public static func load(contentsOf url: URL, displayPath: String? = nil) throws(UnreadablePathError) -> Validation {
        let result = try SpecLoader.load(contentsOf: url, displayPath: displayPath ?? url.path)
        var validation = validate(result.specification, found: result.diagnostics)
        validation.origin = .file(url)
        return validation
    }

    /// Loads a YAML specification from text; `file` names it in findings.
    public static func load(yaml text: String, file: String) -> Validation {
        let result = SpecLoader.load(text: text, file: file)
        var validation = validate(result.specification, found: result.diagnostics)
        validation.origin = .text(text)
        return validation
    }

    /// The findings of a Swift declaration: its own (an id's spelling, a date that does
    /// not parse) and every rule's, located at the Swift lines that declare the values.
    public static func validate(_ declaration: TenderDeclaration.Specification) -> Validation {
        validate(declaration.model, found: declaration.findings)
    }

    /// Every rule's findings on a model.
    public static func validate(_ specification: TenderModel.Specification) -> Validation {
        validate(specification, found: [])
    }

    static func validate(_ specification: TenderModel.Specification?, found: [Diagnostic]) -> Validation {
        guard let specification else { return Validation(specification: nil, findings: found.sorted()) }
        return Validation(specification: specification, findings: (found + Validator.validate(specification)).sorted())
    }

    /// Validates `declaration` and, when it has no errors, writes its pack into
    /// `<output>/<id>/` with the same atomic writer as `tenderpack build`: the folder
    /// is either as it was or wholly new, never a mix. The pack holds `manifest.json`
    /// as a command-line build's does; it records the specification as the Swift file
    /// that declares it and the SHA-256 of its declaration as `tenderpack convert --to
    /// swift` writes it.
    ///
    /// - Parameters:
    ///   - declaration: the specification declared in Swift.
    ///   - output: the folder packs go in (`Output/`); made if it is missing.
    ///   - templates: the `Templates/` folder (stylesheet, labels, schemas).
    /// - Returns: the pack's folder, its files and whether it was created, updated or unchanged.
    /// - Throws: ``BuildError`` when the specification has errors (nothing is written),
    ///   rendering fails or the folder cannot be written.
    @discardableResult
    public static func build(_ declaration: TenderDeclaration.Specification, into output: URL,
                             templates: URL) throws(BuildError) -> Build {
        try build(validate(declaration), into: output, templates: templates)
    }

    /// Builds the pack of a loaded or declared specification once validated: refuses one
    /// with errors, as `tenderpack build` does.
    ///
    /// The pack folder holds `manifest.json`, written by the same code as `tenderpack
    /// build`'s: the tool's version, the SHA-256 of the specification, of every template
    /// read and of every file written. For a specification loaded with
    /// ``load(contentsOf:displayPath:)`` it records the file by `displayPath` (relative
    /// to the current directory when inside it), so the manifest is byte for byte the
    /// one `tenderpack build PATH --formats xml,html,ocds,odt,docx` writes, and
    /// `tenderpack verify` run from that directory re-renders and accepts the pack. YAML
    /// given as text is recorded by its `file` name and the text's bytes; a Swift
    /// declaration (or a model made in code) by its declaring file and the SHA-256 of the
    /// declaration `tenderpack convert --to swift` would write for it, which verify cannot
    /// re-render.
    ///
    /// - Parameters:
    ///   - validation: a ``Validation`` from ``load(contentsOf:displayPath:)`` or `validate`.
    ///   - output: the folder packs go in (`Output/`); made if it is missing.
    ///   - templates: the `Templates/` folder (stylesheet, labels, schemas).
    /// - Returns: the pack's folder, its files and whether it was created, updated or unchanged.
    /// - Throws: ``BuildError``.
    @discardableResult
    public static func build(_ validation: Validation, into output: URL, templates: URL) throws(BuildError) -> Build {
        guard validation.isValid, let specification = validation.specification else { throw .invalid(validation) }
        let files: [RenderedFile]
        do {
            let renderer = try TenderPackRenderer(templates: templates)
            let rendered = try renderer.render(specification)
            files = try renderer.addingManifest(to: rendered, pack: specification.id.value,
                                                specificationPath: specification.file,
                                                specification: try source(of: validation, specification))
        } catch let error as BuildError {
            throw error
        } catch {
            throw .rendering("\(error)")
        }
        let writer = PackWriter(outputFolder: output)
        do {
            try writer.prepareFolder()
            let lock = try OutputLock(folder: output, waiting: {})
            defer { withExtendedLifetime(lock) {} }
            writer.removeStaleStaging()
            let outcome = try writer.write(files, pack: specification.id.value)
            return Build(folder: output.appendingPathComponent(specification.id.value, isDirectory: true),
                         files: files.map(\.path), outcome: outcome)
        } catch let error as PackWriter.WriteError {
            throw .writing(error)
        } catch {
            throw .writing(.io(path: output.path, reason: "\(error)"))
        }
    }

    /// The specification's bytes as manifest.json records them: the file's, the text's, or
    /// for a declaration its canonical Swift declaration.
    static func source(of validation: Validation, _ specification: TenderModel.Specification) throws(BuildError) -> Data {
        switch validation.origin {
        case .file(let url):
            do {
                return try Data(contentsOf: url)
            } catch {
                throw .writing(.io(path: url.path, reason: "cannot read the specification to record it in \(PackManifest.fileName)"))
            }
        case .text(let text):
            return Data(text.utf8)
        case .model:
            do {
                return Data(try SwiftDeclarationWriter.source(of: specification).utf8)
            } catch {
                throw .rendering("cannot record the specification in \(PackManifest.fileName): \(error.description)")
            }
        }
    }

    /// The changes from `old` to `new`, classified as `tenderpack diff` classifies them.
    public static func diff(old: TenderModel.Specification, new: TenderModel.Specification,
                            policy: DiffPolicy = DiffPolicy()) -> SpecificationDiff {
        SpecificationDiff(old: old, new: new, policy: policy)
    }

    /// The changes between two Swift declarations.
    public static func diff(old: TenderDeclaration.Specification, new: TenderDeclaration.Specification,
                            policy: DiffPolicy = DiffPolicy()) -> SpecificationDiff {
        SpecificationDiff(old: old.model, new: new.model, policy: policy)
    }
}
