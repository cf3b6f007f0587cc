// libcurl (loaded at run time) and zlib behind plain C functions: Swift cannot call
// curl_easy_setopt (variadic), and the fetch's callbacks are simplest in C.
#ifndef CWEB_H
#define CWEB_H
#include <stddef.h>

typedef struct {
    unsigned char *body;
    size_t body_len;
    /// Every response header line of every hop, in order (status lines included).
    char *headers;
    size_t headers_len;
    long status;
    int too_large;
    int curl_code;
    /// Owned strings, never NULL after sl_fetch (freed by sl_fetch_free).
    char *final_url;
    char *content_type;
    char *error;
} sl_fetch_result;

/// GETs `url` (http and https only), following up to `max_redirects` redirects, accepting every
/// content encoding libcurl decodes, with no cookies kept and proxies from the environment. The
/// body stops at `max_bytes` decoded bytes (`too_large` is then set). Returns libcurl's code.
int sl_fetch(const char *url, long timeout_ms, long max_bytes, long max_redirects, const char *user_agent,
             sl_fetch_result *result);
void sl_fetch_free(sl_fetch_result *result);
/// Loads libcurl (once): NULL when it is there, otherwise why it could not be loaded.
const char *sl_curl_load_error(void);
/// libcurl's version string, or NULL when it cannot be loaded.
const char *sl_curl_version(void);

/// A web archive (`-`: standard input), gzip (one or many members) or plain, read as one
/// decompressed stream whose bytes are traced to their gzip member.
void *sl_ms_open(const char *path);
/// Reads up to `len` bytes, never across the end of a gzip member; 0 at the end of the input;
/// -1 on a read error, corrupt data or a truncated member (`sl_ms_error` says which, where).
/// `*member_start`: the compressed offset where the member holding these bytes begins (plain
/// input: where these bytes are). `*member_end`: the offset after that member when these bytes end
/// it, else -1.
long sl_ms_read(void *stream, unsigned char *buffer, size_t len, long long *member_start, long long *member_end);
/// Whether the input is gzip (known after the first read).
int sl_ms_is_gzip(void *stream);
const char *sl_ms_error(void *stream);
void sl_ms_close(void *stream);

/// Inflates gzip or zlib data (a `Content-Encoding` stored in an archive) up to `max_out` bytes.
/// Returns the length, or -1 when the data is corrupt, -2 when the output would exceed `max_out`.
long sl_inflate(const unsigned char *in, size_t in_len, unsigned char **out, size_t max_out);
#endif

/// One script element of an XML document, in document order.
typedef struct {
    int in_head;
    /// Nothing but whitespace, comments and other scripts follows it in <body>.
    int at_end_of_body;
    /// 0 XHTML (or no namespace), 1 SVG, 2 another namespace (never runs).
    int namespace_kind;
    int has_text;
} sl_xml_script;

typedef struct {
    int well_formed;
    int error_line;
    int error_column;
    char *error_message;
    sl_xml_script *scripts;
    size_t count;
} sl_xml_result;

/// Parses an XML document with libxml2 (no network, no DTD or external entity loading, libxml2's
/// limits against entity expansion) and lists its script elements.
void sl_xml_scripts(const unsigned char *data, size_t len, sl_xml_result *result);
void sl_xml_free(sl_xml_result *result);

/// The `<loc>` URLs of a sitemap or sitemap index, read with libxml2's streaming XML reader (no
/// network, no DTD, no external entities; libxml2's limits refuse entity-expansion bombs).
/// `*is_index` is set for a `<sitemapindex>`. Returns the count, or -1 when the XML is not well formed.
/// The strings are freed by sl_sitemap_free.
long sl_sitemap_locs(const unsigned char *data, size_t len, long max_urls, char ***urls, int *is_index);
void sl_sitemap_free(char **urls, long count);
