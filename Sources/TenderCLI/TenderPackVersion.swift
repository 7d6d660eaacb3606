public import TenderRendering

/// The version TenderPack reports in `--version`, JSON and SARIF output: one constant,
/// kept in TenderRendering so that the library's builds record it in manifest.json too.
public typealias TenderPackVersion = TenderRendering.TenderPackVersion
