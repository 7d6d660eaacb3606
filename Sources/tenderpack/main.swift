#if canImport(Glibc)
import Glibc
#endif
import TenderCLI

#if canImport(Glibc)
// No fast bins in glibc's allocator. A large build frees millions of small values and
// then asks for large buffers, and each large request made glibc consolidate the fast
// bins (`malloc_consolidate` and `unlink_chunk` were 17% of a k = 1000 build's samples
// under perf). Without them the k = 1000 `build --formats xml,html` takes about 12% less
// CPU (the same as running with GLIBC_TUNABLES=glibc.malloc.mxfast=0); validate and diff
// are unchanged. Only speed depends on this, never output. `mallopt` is looked up because
// Swift's Glibc module does not export <malloc.h>; M_MXFAST is 1 in glibc's ABI.
if let symbol = dlsym(nil, "mallopt") {
    typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
    _ = unsafeBitCast(symbol, to: MallOpt.self)(1 /* M_MXFAST */, 0)
}
#endif

// Synchronous at the top level on purpose (see `runBlocking`): no `await` here.
TenderPackCommand.runBlocking()
