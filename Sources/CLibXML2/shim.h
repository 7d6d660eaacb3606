#ifndef TENDERPACK_CLIBXML2_SHIM_H
#define TENDERPACK_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers then clash with Foundation's ICU
// ("UErrorCode has different definitions"). Hide ICU before including anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLtree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xmlIO.h>
#include <libxml/xpath.h>

// xmlFree is a global function pointer; Swift 6 refuses to call it directly.
static inline void tp_xmlFree(void *p) { xmlFree(p); }

// Indentation settings are thread-local macros Swift cannot see.
static inline void tp_xmlSetIndent(int on) {
    xmlIndentTreeOutput = on;
    xmlTreeIndentString = "  ";
}
// xmlGenericErrorFunc is variadic, which Swift cannot write. Without a handler libxml2
// prints some messages straight to stderr; XMLKit captures structured errors itself and
// installs this no-op for the generic channel on each thread that uses the library.
static inline void tp_xmlIgnoreGenericError(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}
static inline void tp_xmlSilenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, tp_xmlIgnoreGenericError);
}
#endif
