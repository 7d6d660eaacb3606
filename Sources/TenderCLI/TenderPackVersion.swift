/// The version TenderPack reports in JSON and SARIF output.
public enum TenderPackVersion {
    public static let current = "0.1.0"
}
