/*
 * The few libxml2 functions scriptlint calls, declared here instead of including <libxml/...>:
 * Debian builds libxml2 with ICU, and its headers pull ICU's <unicode/...> into every Swift module
 * that imports this one — which then clashes with Foundation's own copy of ICU in the tests.
 * These declarations match libxml2 2.9 through 2.13.
 */
#ifndef SCRIPTLINT_LIBXML2_SHIM_H
#define SCRIPTLINT_LIBXML2_SHIM_H

typedef unsigned char xmlChar;
typedef struct _xmlCharEncodingHandler *xmlCharEncodingHandlerPtr;
typedef struct _xmlBuffer *xmlBufferPtr;

void xmlInitParser(void);

xmlCharEncodingHandlerPtr xmlFindCharEncodingHandler(const char *name);
int xmlCharEncCloseFunc(xmlCharEncodingHandlerPtr handler);
int xmlCharEncInFunc(xmlCharEncodingHandlerPtr handler, xmlBufferPtr out, xmlBufferPtr in);

xmlBufferPtr xmlBufferCreate(void);
void xmlBufferFree(xmlBufferPtr buf);
int xmlBufferAdd(xmlBufferPtr buf, const xmlChar *str, int len);
const xmlChar *xmlBufferContent(const xmlBufferPtr buf);
int xmlBufferLength(const xmlBufferPtr buf);
void xmlBufferEmpty(xmlBufferPtr buf);
int xmlBufferShrink(xmlBufferPtr buf, unsigned int len);

/* Errors: a structured handler (set per thread) keeps libxml2 from printing to stderr. */
typedef struct _xmlError *xmlErrorPtr;
typedef void (*xmlStructuredErrorFunc)(void *userData, xmlErrorPtr error);
void xmlSetStructuredErrorFunc(void *ctx, xmlStructuredErrorFunc handler);

#endif
