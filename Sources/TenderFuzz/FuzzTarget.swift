import Foundation
import TenderDiff
import TenderLoading
import TenderValidation

/// The fuzz target: bytes through everything that reads a file — the loader and the
/// rules, as `tenderpack validate` runs them, and the policy reader — checking that
/// every result is a whole, located report: never a crash, a hang or a finding
/// outside the file.
///
/// Built with `-D TENDERPACK_FUZZ -sanitize=fuzzer,address`, libFuzzer drives
/// `LLVMFuzzerTestOneInput`; see `Tests/Fuzz/run.sh`. Built normally, the same code
/// runs each file named on the command line once (to replay a crash or a corpus).
enum FuzzTarget {
    static func run(_ data: Data) {
        let result = SpecLoader.load(data: data, file: "fuzz.yaml")
        var diagnostics = result.diagnostics
        if let specification = result.specification {
            diagnostics += Validator.validate(specification)
        }
        // Every finding is located inside the input: line 1 up to one past the last
        // line break of any kind libyaml counts (CR, LF, NEL, LS, PS).
        let breaks = String(decoding: data, as: UTF8.self).unicodeScalars.reduce(0) { count, scalar in
            count + (["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) ? 1 : 0)
        }
        for finding in diagnostics {
            precondition(finding.location.line >= 1 && finding.location.line <= breaks + 2,
                         "finding outside the input: \(finding.ruleID) at \(finding.location.line)")
            precondition(finding.location.column >= 1, "finding at column \(finding.location.column)")
            precondition(!finding.message.isEmpty && finding.message.utf8.count < 4_000,
                         "message of \(finding.message.utf8.count) bytes for \(finding.ruleID)")
        }
        _ = DiffPolicy.parse(data: data, file: "fuzz-policy.yaml")
    }
}

#if TENDERPACK_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    FuzzTarget.run(data)
    return 0
}
#else
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                exit(66)
            }
            FuzzTarget.run(data)
            print("\(path): ok")
        }
    }
}
#endif
