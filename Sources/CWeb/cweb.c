#include "cweb.h"
#include <curl/curl.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <zlib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* libcurl is loaded when the first URL is fetched, not linked: linting files must not need it (the
   wheel ships without it), and its ABI has been libcurl.so.4 since 2006. Only its headers are needed
   to build. */
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_reset)(CURL *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    const char *(*easy_strerror)(CURLcode);
    char *(*version)(void);
} curl;
static char load_error[512];

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void global_init(void) {
#ifdef __APPLE__
    static const char *names[] = { "libcurl.4.dylib", "libcurl.dylib", NULL };
#else
    static const char *names[] = { "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", NULL };
#endif
    void *lib = NULL;
    for (const char **n = names; *n && !lib; n++) {
        lib = dlopen(*n, RTLD_NOW | RTLD_LOCAL);
        const char *why = dlerror();
        if (!lib && n == names) snprintf(load_error, sizeof load_error, "%s", why ? why : names[0]);
    }
    if (!lib) return;
#define LOAD(field, symbol) if (!(*(void **)&curl.field = dlsym(lib, symbol))) { \
        snprintf(load_error, sizeof load_error, "libcurl has no %s (too old?)", symbol); curl.easy_init = NULL; return; }
    LOAD(global_init, "curl_global_init")
    LOAD(easy_reset, "curl_easy_reset")
    LOAD(easy_setopt, "curl_easy_setopt")
    LOAD(easy_perform, "curl_easy_perform")
    LOAD(easy_getinfo, "curl_easy_getinfo")
    LOAD(easy_strerror, "curl_easy_strerror")
    LOAD(version, "curl_version")
    LOAD(easy_init, "curl_easy_init")
#undef LOAD
    curl.global_init(CURL_GLOBAL_DEFAULT);
}

const char *sl_curl_load_error(void) {
    pthread_once(&once, global_init);
    return curl.easy_init ? NULL : load_error;
}

typedef struct {
    sl_fetch_result *r;
    size_t body_cap, headers_cap;
    size_t max_body;
} sink;

static int grow(void **buf, size_t *cap, size_t need) {
    if (need <= *cap) return 1;
    size_t n = *cap ? *cap : 16384;
    while (n < need) n *= 2;
    void *p = realloc(*buf, n);
    if (!p) return 0;
    *buf = p;
    *cap = n;
    return 1;
}

static size_t on_body(char *data, size_t size, size_t n, void *user) {
    sink *s = user;
    size_t len = size * n;
    if (s->r->body_len + len > s->max_body) { s->r->too_large = 1; return 0; }
    if (!grow((void **)&s->r->body, &s->body_cap, s->r->body_len + len)) return 0;
    memcpy(s->r->body + s->r->body_len, data, len);
    s->r->body_len += len;
    return len;
}

static size_t on_header(char *data, size_t size, size_t n, void *user) {
    sink *s = user;
    size_t len = size * n;
    if (s->r->headers_len + len > (1 << 20)) return len;   // keep at most 1 MiB of headers
    if (!grow((void **)&s->r->headers, &s->headers_cap, s->r->headers_len + len + 1)) return 0;
    memcpy(s->r->headers + s->r->headers_len, data, len);
    s->r->headers_len += len;
    s->r->headers[s->r->headers_len] = 0;
    return len;
}

int sl_fetch(const char *url, long timeout_ms, long max_bytes, long max_redirects, const char *user_agent,
             sl_fetch_result *r) {
    pthread_once(&once, global_init);
    memset(r, 0, sizeof *r);
    /* One handle per thread, reset between fetches: its connection cache keeps connections to a
       host open (keep-alive), so a crawl does not connect again for every page. */
    if (!curl.easy_init) {
        r->final_url = strdup(url);
        r->content_type = strdup("");
        r->error = strdup(load_error);
        return r->curl_code = CURLE_FAILED_INIT;
    }
    static __thread CURL *cached;
    if (cached) curl.easy_reset(cached); else cached = curl.easy_init();
    CURL *c = cached;
    if (!c) {
        r->final_url = strdup(url);
        r->content_type = strdup("");
        r->error = strdup("cannot start libcurl");
        return r->curl_code = CURLE_FAILED_INIT;
    }
    sink s = { r, 0, 0, (size_t)max_bytes };
    char errbuf[CURL_ERROR_SIZE] = { 0 };
    curl.easy_setopt(c, CURLOPT_URL, url);
    curl.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(c, CURLOPT_MAXREDIRS, max_redirects);
    curl.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl.easy_setopt(c, CURLOPT_USERAGENT, user_agent);
    curl.easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    curl.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_bytes);
    curl.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(c, CURLOPT_WRITEDATA, &s);
    curl.easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(c, CURLOPT_HEADERDATA, &s);
    curl.easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    int code = curl.easy_perform(c);
    if (code == CURLE_FILESIZE_EXCEEDED) r->too_large = 1;
    curl.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
    char *final = NULL, *type = NULL;
    curl.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final);
    curl.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
    r->final_url = strdup(final ? final : url);
    r->content_type = strdup(type ? type : "");
    r->error = strdup(errbuf[0] ? errbuf : curl.easy_strerror(code));
    return r->curl_code = code;
}

void sl_fetch_free(sl_fetch_result *r) {
    free(r->body);
    free(r->headers);
    free(r->final_url);
    free(r->content_type);
    free(r->error);
    r->body = NULL;
    r->headers = NULL;
    r->final_url = r->content_type = r->error = NULL;
}

const char *sl_curl_version(void) { return sl_curl_load_error() ? NULL : curl.version(); }

/* A web archive's bytes, decompressed gzip member by gzip member so that every decompressed byte
   can be traced to the member that holds it: Common Crawl's index addresses a record by the
   compressed offset and length of its member. Plain (uncompressed) input is passed through. */
typedef struct {
    int fd;
    int owns_fd;
    int gzip;            /* -1 not yet known, 0 plain, 1 gzip */
    int in_member;       /* a member has begun and not ended */
    int at_eof;
    z_stream z;
    unsigned char in[1 << 17];
    long long in_offset; /* compressed offset of in[0] */
    long long member_start;
    char error[200];
} sl_member_stream;

void *sl_ms_open(const char *path) {
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
    if (fd < 0) return NULL;
    sl_member_stream *s = calloc(1, sizeof *s);
    if (!s) { if (fd) close(fd); return NULL; }
    s->fd = fd;
    s->owns_fd = fd != 0;
    s->gzip = -1;
    if (inflateInit2(&s->z, 16 + 15) != Z_OK) { if (s->owns_fd) close(fd); free(s); return NULL; }
    return s;
}

/* Refills the input when it is empty: 0 at the end of the input, -1 on a read error. */
static int ms_refill(sl_member_stream *s) {
    if (s->z.avail_in > 0) return 1;
    if (s->at_eof) return 0;
    s->in_offset += (long long)(s->z.next_in ? s->z.next_in - s->in : 0);
    ssize_t n;
    do { n = read(s->fd, s->in, sizeof s->in); } while (n < 0 && errno == EINTR);
    if (n < 0) { snprintf(s->error, sizeof s->error, "cannot read: %s", strerror(errno)); return -1; }
    s->z.next_in = s->in;
    s->z.avail_in = (uInt)n;
    if (n == 0) { s->at_eof = 1; return 0; }
    return 1;
}

static long long ms_position(sl_member_stream *s) { return s->in_offset + (long long)(s->z.next_in - s->in); }

long sl_ms_read(void *handle, unsigned char *buffer, size_t len, long long *member_start, long long *member_end) {
    sl_member_stream *s = handle;
    *member_end = -1;
    int r = ms_refill(s);
    if (r < 0) return -1;
    if (s->gzip < 0) {
        if (r == 0) return 0;
        /* Only the first byte may be here: a one-byte read still decides by the magic's first byte. */
        s->gzip = s->z.next_in[0] == 0x1f && (s->z.avail_in < 2 || s->z.next_in[1] == 0x8b);
    }
    if (!s->gzip) {
        *member_start = ms_position(s);
        if (r == 0) return 0;
        size_t n = s->z.avail_in < len ? s->z.avail_in : len;
        memcpy(buffer, s->z.next_in, n);
        s->z.next_in += n;
        s->z.avail_in -= (uInt)n;
        return (long)n;
    }
    if (!s->in_member) {
        if (r == 0) return 0;                       /* the end, between members */
        s->member_start = ms_position(s);
        s->in_member = 1;
    }
    *member_start = s->member_start;
    s->z.next_out = buffer;
    s->z.avail_out = (uInt)len;
    while (s->z.avail_out > 0) {
        if (s->z.avail_in == 0) {
            r = ms_refill(s);
            if (r < 0) return -1;
            if (r == 0) {
                snprintf(s->error, sizeof s->error, "truncated gzip member starting at compressed byte %lld", s->member_start);
                return -1;
            }
        }
        int ret = inflate(&s->z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            *member_end = ms_position(s);
            s->in_member = 0;
            inflateReset(&s->z);
            break;
        }
        if (ret != Z_OK && ret != Z_BUF_ERROR) {
            snprintf(s->error, sizeof s->error, "corrupt gzip data in the member starting at compressed byte %lld (%s)",
                     s->member_start, s->z.msg ? s->z.msg : "inflate failed");
            return -1;
        }
    }
    return (long)(len - s->z.avail_out);
}

int sl_ms_is_gzip(void *handle) { return ((sl_member_stream *)handle)->gzip == 1; }

const char *sl_ms_error(void *handle) { return ((sl_member_stream *)handle)->error; }

void sl_ms_close(void *handle) {
    sl_member_stream *s = handle;
    inflateEnd(&s->z);
    if (s->owns_fd) close(s->fd);
    free(s);
}

long sl_inflate(const unsigned char *in, size_t in_len, unsigned char **out, size_t max_out) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) return -1;   // gzip or zlib, detected
    size_t cap = in_len * 4 + 1024, len = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) { inflateEnd(&z); return -1; }
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)in_len;
    int ret;
    do {
        if (len == cap) {
            if (cap >= max_out) { free(buf); inflateEnd(&z); return -2; }
            cap = cap * 2 > max_out ? max_out : cap * 2;
            unsigned char *p = realloc(buf, cap);
            if (!p) { free(buf); inflateEnd(&z); return -1; }
            buf = p;
        }
        z.next_out = buf + len;
        z.avail_out = (uInt)(cap - len);
        ret = inflate(&z, Z_NO_FLUSH);
        len = cap - z.avail_out;
        if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR) { free(buf); inflateEnd(&z); return -1; }
        if (ret == Z_BUF_ERROR && z.avail_in == 0) break;
    } while (ret != Z_STREAM_END);
    inflateEnd(&z);
    if (ret != Z_STREAM_END) { free(buf); return -1; }
    *out = buf;
    return (long)len;
}

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

static void quiet(void *ctx, xmlErrorPtr e) { (void)ctx; (void)e; }

/* The first error of a parse (libxml2's last error is often a consequence of the first). */
static __thread int first_set, first_line, first_column;
static __thread char first_message[512];

static void first_error(void *ctx, xmlErrorPtr e) {
    (void)ctx;
    if (first_set || !e || e->level < XML_ERR_ERROR) return;
    first_set = 1;
    first_line = e->line;
    first_column = e->int2;
    strncpy(first_message, e->message ? e->message : "not well-formed", sizeof first_message - 1);
    first_message[sizeof first_message - 1] = 0;
}

static int is_named(xmlNodePtr n, const char *name) {
    return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

static int has_content_after(xmlNodePtr n) {
    for (xmlNodePtr p = n; p && !is_named(p, "body") && !is_named(p, "html"); p = p->parent) {
        for (xmlNodePtr s = p->next; s; s = s->next) {
            if (s->type == XML_TEXT_NODE || s->type == XML_CDATA_SECTION_NODE) {
                for (const xmlChar *c = s->content; c && *c; c++) if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return 1;
            } else if (s->type == XML_ELEMENT_NODE && !is_named(s, "script")) {
                return 1;
            }
        }
    }
    return 0;
}

static void walk(xmlNodePtr n, int in_head, int in_body, sl_xml_result *r, size_t *cap) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        int head = in_head || (is_named(n, "head"));
        int body = in_body || (is_named(n, "body"));
        if (is_named(n, "script")) {
            if (r->count == *cap) {
                *cap = *cap ? *cap * 2 : 16;
                r->scripts = realloc(r->scripts, *cap * sizeof *r->scripts);
            }
            const char *ns = n->ns && n->ns->href ? (const char *)n->ns->href : "";
            sl_xml_script *s = &r->scripts[r->count++];
            s->in_head = head && !body;
            s->namespace_kind = (!*ns || strcmp(ns, "http://www.w3.org/1999/xhtml") == 0) ? 0 : strcmp(ns, "http://www.w3.org/2000/svg") == 0 ? 1 : 2;
            s->at_end_of_body = body && !has_content_after(n);
            s->has_text = n->children != NULL;
        }
        walk(n->children, head, body, r, cap);
    }
}

void sl_xml_scripts(const unsigned char *data, size_t len, sl_xml_result *r) {
    memset(r, 0, sizeof *r);
    first_set = 0;
    xmlSetStructuredErrorFunc(NULL, first_error);
    xmlDocPtr doc = xmlReadMemory((const char *)data, (int)len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    xmlSetStructuredErrorFunc(NULL, quiet);   /* never printed on standard error */
    if (!doc || first_set) {
        r->well_formed = 0;
        r->error_line = first_set ? first_line : 0;
        r->error_column = first_set ? first_column : 0;
        r->error_message = strdup(first_set ? first_message : "not well-formed");
        size_t n = strlen(r->error_message);
        while (n > 0 && (r->error_message[n - 1] == '\n' || r->error_message[n - 1] == ' ')) r->error_message[--n] = 0;
        if (doc) xmlFreeDoc(doc);
        return;
    }
    r->well_formed = 1;
    size_t cap = 0;
    walk(xmlDocGetRootElement(doc), 0, 0, r, &cap);
    xmlFreeDoc(doc);
}

void sl_xml_free(sl_xml_result *r) {
    free(r->error_message);
    free(r->scripts);
    r->error_message = NULL;
    r->scripts = NULL;
}

#include <libxml/xmlreader.h>

long sl_sitemap_locs(const unsigned char *data, size_t len, long max_urls, char ***urls, int *is_index) {
    *urls = NULL;
    *is_index = 0;
    xmlSetStructuredErrorFunc(NULL, quiet);
    xmlTextReaderPtr r = xmlReaderForMemory((const char *)data, (int)len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!r) return -1;
    long count = 0, cap = 0;
    int in_loc = 0, ret, depth_root = 1;
    char **out = NULL;
    while ((ret = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        const xmlChar *name = xmlTextReaderConstLocalName(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            if (depth_root) {
                depth_root = 0;
                if (name && strcmp((const char *)name, "sitemapindex") == 0) *is_index = 1;
            }
            in_loc = name && strcmp((const char *)name, "loc") == 0 && !xmlTextReaderIsEmptyElement(r);
        } else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) && in_loc && count < max_urls) {
            const xmlChar *v = xmlTextReaderConstValue(r);
            if (v) {
                if (count == cap) { cap = cap ? cap * 2 : 64; out = realloc(out, cap * sizeof *out); }
                const char *s = (const char *)v;
                while (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') s++;
                char *copy = strdup(s);
                size_t n = strlen(copy);
                while (n > 0 && (copy[n - 1] == ' ' || copy[n - 1] == '\n' || copy[n - 1] == '\r' || copy[n - 1] == '\t')) copy[--n] = 0;
                out[count++] = copy;
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            in_loc = 0;
        }
    }
    xmlFreeTextReader(r);
    xmlSetStructuredErrorFunc(NULL, quiet);
    if (ret < 0) { sl_sitemap_free(out, count); return -1; }
    *urls = out;
    return count;
}

void sl_sitemap_free(char **urls, long count) {
    for (long k = 0; k < count; k++) free(urls[k]);
    free(urls);
}
