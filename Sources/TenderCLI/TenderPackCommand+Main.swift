import ArgumentParser
import Dispatch

/// The entry point `main.swift` calls.
extension TenderPackCommand {
    /// Parses the command line on the main thread and runs the command there when it is
    /// synchronous (`--help`, `--version`, usage errors, `synth`, `rules`…). A command whose
    /// `run` is async (`validate`, `build`, `diff`, `check`, `verify`, `approve`: they may
    /// await git through swift-subprocess) runs in a detached task while the main thread
    /// waits on a semaphore.
    ///
    /// This is what `main.swift` calls rather than an async top level (`await main()`):
    /// an async `main.swift` makes Swift park the main thread in `dispatch_main`, which
    /// starts the concurrency runtime and libdispatch's main queue for every run (even
    /// `--help`), and parks that thread in `sigsuspend`, which valgrind (3.19) cannot follow, so
    /// `valgrind --tool=callgrind tenderpack …` crashed and instructions could not be counted.
    /// Exit statuses and messages are those of `AsyncParsableCommand.main()`: parse or
    /// run errors go through `exit(withError:)` of this root command.
    public static func runBlocking() {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        guard let asyncCommand = command as? any AsyncParsableCommand else {
            var command = command
            do {
                try command.run()
            } catch {
                exit(withError: error)
            }
            return
        }
        let run = AsyncRun(asyncCommand)
        Task.detached { await run.start() }
        run.done.wait()
        if let error = run.error { exit(withError: error) }
    }
}

/// One async command run from the synchronous entry point: the task writes `error` and
/// then signals `done`; the main thread reads `error` only after `done`, so the two never
/// touch it at the same time.
private final class AsyncRun: @unchecked Sendable {
    private var command: any AsyncParsableCommand
    private(set) var error: (any Error)?
    let done = DispatchSemaphore(value: 0)

    init(_ command: any AsyncParsableCommand) {
        self.command = command
    }

    func start() async {
        do {
            try await command.run()
        } catch {
            self.error = error
        }
        done.signal()
    }
}
