import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the hostile-input and fault corpus: a loopback listener that proves no
/// connection was made, a bounded run of the binary, and scratch template folders.
enum FaultSupport {
    /// A TCP listener on 127.0.0.1 (an ephemeral port, loopback only). Any connection a
    /// run attempts completes in the kernel's backlog even though nobody accepts it, so
    /// after the run `connections()` reports it without a thread or a wait.
    final class LoopbackListener {
        let port: Int
        private let descriptor: Int32

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure("socket: \(String(cString: strerror(errno)))") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(descriptor, 16) == 0 else {
                close(descriptor)
                throw Failure("bind/listen: \(String(cString: strerror(errno)))")
            }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }

        /// How many connections were made since the last call, and what they sent.
        func connections() -> (count: Int, received: String) {
            var count = 0
            var received = Data()
            while true {
                let client = accept(descriptor, nil, nil)
                if client < 0 { break }
                count += 1
                _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
                var buffer = [UInt8](repeating: 0, count: 4096)
                let got = recv(client, &buffer, buffer.count, 0)
                if got > 0 { received.append(contentsOf: buffer[0..<got]) }
                close(client)
            }
            return (count, String(decoding: received, as: UTF8.self))
        }

        var url: String { "http://127.0.0.1:\(port)" }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// What a bounded run produced; `timedOut` when it had to be killed.
    struct BoundedResult: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
        var seconds: Double

        var description: String {
            "exit \(status)\(timedOut ? " (killed after timeout)" : "") in \(String(format: "%.2f", seconds)) s\n--- stdout\n\(stdout.prefix(3_000))\n--- stderr\n\(stderr.prefix(3_000))"
        }
    }

    /// Runs the binary (optionally as the unprivileged user `nobody` when the tests run
    /// as root, so that permissions mean something), killing it after `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 20,
                    unprivileged: Bool = false, stdin: FileHandle? = nil) throws -> BoundedResult {
        guard let executable = TestSupport.executableURL else { throw TestSupport.ExecutableNotFound() }
        let process = Process()
        if unprivileged && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? TestSupport.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin ?? FileHandle.nullDevice
        let started = Date()
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        group.wait()
        return BoundedResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self), timedOut: timedOut,
                             seconds: Date().timeIntervalSince(started))
    }

    /// A fresh copy of the package's Templates/ in `root`.
    static func templatesCopy(in root: URL, name: String = "T") throws -> URL {
        let folder = root.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Templates"), to: folder)
        return folder
    }

    /// Inserts `markup` just inside the `<xs:schema …>` start tag of a schema file.
    static func insertIntoSchema(_ file: URL, _ markup: String) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        guard let start = text.range(of: "<xs:schema"), let end = text[start.upperBound...].range(of: ">") else {
            throw Failure("no xs:schema start tag in \(file.path)")
        }
        text.insert(contentsOf: markup, at: end.upperBound)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    /// The 1-based line `needle` first appears on in `file`.
    static func line(of needle: String, in file: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        guard let range = text.range(of: needle) else { throw Failure("\(needle) not in \(file.path)") }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    static func mkfifo(_ url: URL) throws {
        guard Glibc.mkfifo(url.path, 0o644) == 0 else { throw Failure("mkfifo: \(String(cString: strerror(errno)))") }
    }

    static func symlink(_ url: URL, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Every byte under `folder`, for checking that a secret never leaked into output.
    static func allBytes(under folder: URL) -> Data {
        var data = Data()
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return data }
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let contents = try? Data(contentsOf: url) {
                data.append(contents)
            }
        }
        return data
    }
}
