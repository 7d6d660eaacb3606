public import TenderModel
public import Foundation

/// What loading one file produced: the specification when the file is a usable one,
/// and every finding about it.
public struct LoadResult: Sendable {
    public var file: String
    /// Nil whenever the loader reported an error: rules only ever see whole specifications.
    public var specification: Specification?
    public var diagnostics: [Diagnostic]
    /// The decoded text, when the file was text: for showing the line under a finding.
    public var text: String?

    public init(file: String, specification: Specification?, diagnostics: [Diagnostic], text: String? = nil) {
        self.file = file
        self.specification = specification
        self.diagnostics = diagnostics
        self.text = text
    }
}

/// A path that could not be read at all (missing, a permissions problem): not a
/// finding about a specification but a reason the command cannot run.
public struct UnreadablePathError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): cannot read: \(reason)" }
}

/// Reads specification files into the model.
public enum SpecLoader {
    /// Loads a file from disk; `displayPath` is how findings name it.
    public static func load(contentsOf url: URL, displayPath: String) throws(UnreadablePathError) -> LoadResult {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw UnreadablePathError(path: displayPath, reason: Self.reason(for: error))
        }
        return load(data: data, file: displayPath)
    }

    public static func load(data: Data, file: String) -> LoadResult {
        switch SourceText.decode(data, file: file) {
        case .failure(let diagnostic):
            return LoadResult(file: file, specification: nil, diagnostics: [diagnostic])
        case .success(let source):
            return load(text: source.text, file: file)
        }
    }

    public static func load(text: String, file: String) -> LoadResult {
        var result = lower(text: text, file: file)
        result.text = text
        return result
    }

    static func lower(text: String, file: String) -> LoadResult {
        let document = YAMLReader.read(text: text, file: file)
        if !document.diagnostics.isEmpty {
            return LoadResult(file: file, specification: nil, diagnostics: document.diagnostics)
        }
        guard let node = document.node else {
            let diagnostic = Diagnostic(ruleID: LoaderRuleID.fileEmpty, severity: .error, location: .start(of: file),
                                        message: "file has no YAML content; a specification needs at least an id, a title and its lots")
            return LoadResult(file: file, specification: nil, diagnostics: [diagnostic])
        }
        let lowerer = Lowerer(file: file)
        var specification: Specification?
        do {
            specification = try lowerer.specification(lowerer.root(node))
        } catch let limit as ExpansionLimitExceeded {
            let diagnostic = Diagnostic(
                ruleID: LoaderRuleID.yamlExpansionLimit, severity: .error, location: limit.location,
                message: "document expands to more than \(Lowerer.maximumVisits) values through anchors and aliases; refusing to read it")
            return LoadResult(file: file, specification: nil, diagnostics: [diagnostic])
        } catch {
            let diagnostic = Diagnostic(ruleID: LoaderRuleID.yamlSyntax, severity: .error, location: .start(of: file),
                                        message: "could not read the document: \(error)")
            return LoadResult(file: file, specification: nil, diagnostics: [diagnostic])
        }
        let diagnostics = lowerer.diagnostics.sorted()
        return LoadResult(file: file, specification: diagnostics.isEmpty ? specification : nil, diagnostics: diagnostics)
    }

    static func reason(for error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
