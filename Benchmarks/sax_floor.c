/*
 * The benchmark's floor: parse every file with libxml2's HTML SAX interface, with empty
 * callbacks and no tree, single-threaded — the least any libxml2-based linter must pay.
 * Options as a linter would set them: recover, no network, no errors or warnings printed.
 * With --memchr, the lowest floor instead: read every file and find each '<' with memchr, nothing
 * else — what any HTML reader pays before it looks at a single tag.
 * Usage: sax_floor [--memchr] FILE-LIST   (one path per line)
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) { (void)ctx; (void)name; (void)atts; }
static void on_end(void *ctx, const xmlChar *name) { (void)ctx; (void)name; }
static void on_chars(void *ctx, const xmlChar *ch, int len) { (void)ctx; (void)ch; (void)len; }
static void on_comment(void *ctx, const xmlChar *value) { (void)ctx; (void)value; }
static void on_error(void *ctx, const xmlError *error) { (void)ctx; (void)error; }
static void quiet(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

int main(int argc, char **argv) {
    int memchr_only = argc == 3 && strcmp(argv[1], "--memchr") == 0;
    if (argc != 2 && !memchr_only) { fprintf(stderr, "usage: %s [--memchr] FILE-LIST\n", argv[0]); return 2; }
    const char *list_path = argv[argc - 1];
    FILE *list = fopen(list_path, "r");
    if (!list) { perror(list_path); return 2; }
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, quiet);
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_chars;
    sax.cdataBlock = on_chars;
    sax.ignorableWhitespace = on_chars;
    sax.comment = on_comment;
    sax.serror = (xmlStructuredErrorFunc)on_error;
    sax.initialized = XML_SAX2_MAGIC;
    char path[4096];
    long files = 0, tags = 0;
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        if (!*path) continue;
        FILE *f = fopen(path, "rb");
        if (!f) { perror(path); continue; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc(size > 0 ? size : 1);
        size_t got = fread(buf, 1, size, f);
        fclose(f);
        if (memchr_only) {
            for (char *p = buf, *end = buf + got; (p = memchr(p, '<', end - p)); p++) tags++;
        } else if (got > 0) {
            htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buf, (int)got);
            if (ctxt) {
                memcpy(ctxt->sax, &sax, sizeof sax);
                ctxt->userData = NULL;
                htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
                htmlParseDocument(ctxt);
                htmlFreeParserCtxt(ctxt);
            }
        }
        free(buf);
        files++;
    }
    fclose(list);
    if (memchr_only) printf("%ld files, %ld '<'\n", files, tags); else printf("%ld files\n", files);
    return 0;
}
