import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A test seam in the pack writer: a place between staging and the swap where a write
/// can be made to fail or to stop, so that atomicity is proven deterministically (the
/// old pack is whole and nothing partial is left) instead of by killing a build at a
/// random moment.
///
/// Off unless a test asks for it: in-process by setting `PackWriter.fault`, or for
/// the built binary with the environment variable `TENDERPACK_TEST_FAULT=POINT:ACTION`
/// (for example `staged:stop`). Nothing else reads it.
public struct WriteFault: Sendable, Hashable {
    public enum Point: String, Sendable, Hashable, CaseIterable {
        /// The first file of the pack is written into the staging folder.
        case fileWritten = "file-written"
        /// Every file is staged; the swap has not happened.
        case staged
        /// Without an atomic swap (forced by this point): the old pack has been moved
        /// aside and the new one not yet moved in.
        case movedAside = "moved-aside"
    }

    public enum Action: String, Sendable, Hashable {
        /// The write fails there, as a full disk would make it.
        case fail
        /// The process stops itself (SIGSTOP) there, for a test to look and then kill it.
        case stop
    }

    public static let environmentVariable = "TENDERPACK_TEST_FAULT"

    public var point: Point
    public var action: Action

    public init(point: Point, action: Action) {
        self.point = point
        self.action = action
    }

    /// `staged:stop` → (staged, stop); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let point = Point(rawValue: String(parts[0])),
              let action = Action(rawValue: String(parts[1])) else { return nil }
        self.init(point: point, action: action)
    }

    static var fromEnvironment: WriteFault? {
        ProcessInfo.processInfo.environment[environmentVariable].flatMap(WriteFault.init)
    }

    /// Fails or stops when `point` is this fault's point.
    func trigger(at point: Point, path: String) throws {
        guard point == self.point else { return }
        switch action {
        case .fail:
            throw PackWriter.WriteError.io(path: path, reason: "cannot write: injected fault at \(point.rawValue) (\(WriteFault.environmentVariable))")
        case .stop:
            raise(SIGSTOP)
        }
    }
}
