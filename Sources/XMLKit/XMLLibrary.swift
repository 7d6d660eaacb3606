internal import CLibXML2

/// The one place libxml2's process-wide and per-thread state is set up.
///
/// Every XMLKit entry point calls `prepareThread()`, so callers never have to; a CLI
/// may still call `initialize()` on the main thread at start-up, as libxml2 prefers.
/// `xmlCleanupParser()` is never called: with other threads still using the library
/// it crashes, and a process may simply exit.
public enum XMLLibrary {
    /// The libxml2 version XMLKit was compiled against (e.g. "2.9.14").
    public static let version: String = LIBXML_DOTTED_VERSION

    /// Initialises libxml2 once per process; safe to call from any thread, any number of times.
    public static func initialize() {
        _ = initialised
    }

    private static let initialised: Void = {
        xmlInitParser()
        // No network, no path-based reads, no external entities: see ExternalResources.
        ExternalResources.install()
    }()

    /// Initialises the library if needed, then sets this thread's libxml2 state: no
    /// generic error output to stderr, and two-space indentation for formatted output.
    static func prepareThread() {
        initialize()
        tp_xmlSilenceGenericErrors()
        tp_xmlSetIndent(1)
    }
}
