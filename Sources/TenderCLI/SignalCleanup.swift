import Dispatch
import Foundation
import TenderRendering
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT, SIGTERM and SIGHUP during a run that writes output: remove what is half
/// written (see `UnfinishedOutput`), say so, and exit with 128 + the signal's number
/// (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP), as a shell reports a killed command.
enum SignalCleanup {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "tenderpack.signals")

    /// Installs the handlers once; later calls do nothing.
    static func install() {
        _ = installed
    }

    private static let installed: Void = {
        for number in signals {
            // The default action would kill the process at once; ignore it here and let
            // the dispatch source (which sees it regardless) clean up first.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { SignalCleanup.handle(number) }
            source.resume()
            sources.append(source)
        }
    }()

    private static func handle(_ number: Int32) -> Never {
        let removed = UnfinishedOutput.abandon()
        let name = number == SIGINT ? "SIGINT" : number == SIGTERM ? "SIGTERM" : number == SIGHUP ? "SIGHUP" : "signal \(number)"
        var message = "tenderpack: interrupted by \(name)"
        message += removed.isEmpty ? "; nothing was half-written\n" : "; removed unfinished output: \(removed.joined(separator: ", "))\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        _exit(128 + number)
    }
}
