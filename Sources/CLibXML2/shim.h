#ifndef RASD_CLIBXML2_SHIM_H
#define RASD_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its encoding.h pulls in system ICU headers that clash
   with Foundation's ICU module. Undefine before any other libxml include. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer: not concurrency-safe to touch from Swift 6. */
static inline void rasd_xml_free(void *p) { xmlFree(p); }
#endif
