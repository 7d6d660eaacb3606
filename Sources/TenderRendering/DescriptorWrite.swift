public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a whole buffer to an open file descriptor: the one loop behind the pack
/// writer's files and `diff --output`.
public enum DescriptorWrite {
    /// Writes every byte of `data` to `descriptor`, retrying after EINTR and short
    /// writes; 0, or the errno of the write that failed.
    public static func all(_ data: Data, to descriptor: Int32) -> Int32 {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
