import ArgumentParser

/// `--ocid-prefix`: the prefix of the OCDS `ocid` that `build` and `check` write into
/// `ocds-release.json` and `diff --format ocds` into the amendment release.
enum OCIDPrefix {
    static let help: ArgumentHelp =
        "The prefix of the OCDS ocid, followed by the procurement reference (default: ocds-tenderpack-; a publisher uses its registered prefix, such as ocds-b5fd17-)."

    /// Letters, digits, `-`, `_` and `.`, 1 to 64 characters: what an ocid prefix is
    /// made of. Anything else is a usage error (exit 64).
    static func check(_ prefix: String) throws {
        let allowed = prefix.unicodeScalars.allSatisfy {
            $0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "-" || $0 == "_" || $0 == ".")
        }
        guard !prefix.isEmpty, prefix.count <= 64, allowed else {
            throw ValidationError("--ocid-prefix must be 1 to 64 letters, digits, '-', '_' or '.' (such as ocds-b5fd17-)")
        }
    }
}
