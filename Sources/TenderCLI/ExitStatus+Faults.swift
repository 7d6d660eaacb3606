import ArgumentParser

/// Exit codes for faults that are not about a specification (sysexits.h values).
extension ExitStatus {
    /// A usage error: an unknown option, or an empty path where a path is required.
    static let usage: Int32 = 64
    /// An output (a pack folder, `diff --output FILE`) cannot be written: exists as the
    /// wrong kind of file, read-only or immutable folder, full disk, another build's lock.
    static let cannotWrite: Int32 = 73
    /// A template under `Templates/` (or `--templates DIR`) is there but unusable: a
    /// stylesheet that would end its `<style>` element, a label XML cannot hold, a schema
    /// that asks for the network, a DTD or a file outside the folder, a FIFO or device.
    static let badTemplate: Int32 = 78
}

/// Refuses an empty string where a path is required (`--output ""` would otherwise
/// mean the current folder): a usage error, exit 64.
func requireNonEmptyPath(_ value: String?, option: String) throws {
    if let value, value.isEmpty {
        throw ValidationError("\(option) needs a path; an empty one is not allowed")
    }
}
