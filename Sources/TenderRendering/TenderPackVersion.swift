/// The version of TenderPack: what `tenderpack --version` prints, what JSON and SARIF
/// reports carry and what every pack's manifest.json records — whether the command
/// line or the Swift library (`TenderPack.build`) built the pack.
public enum TenderPackVersion {
    public static let current = "0.1.0"
}
