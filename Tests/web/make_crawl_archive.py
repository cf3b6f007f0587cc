#!/usr/bin/env python3
"""Writes a Common-Crawl-shaped web archive with warcio (PyPI) from the HTML pages given: for each
page a request, a response and a metadata record (WARC/1.0, one gzip member per record, as Common
Crawl writes them), and around them the records a real crawl holds: a response with a chunked body,
one with a gzip-encoded body, a revisit, a non-HTML response (an image), an oversize page, a
response whose HTTP head is broken, and a warcinfo record first.

Usage: make_crawl_archive.py OUT.warc.gz PAGE.html ... [--whole OUT2.warc.gz] [--oversize BYTES]
  (@FILE reads arguments from FILE, one a line.)
  --whole: also write the same records compressed as one gzip stream (not addressable per record).
Prints one JSON line per HTML response written: {"uri", "recordId", "expect": "page"|"error"}.
"""
import argparse
import gzip
import io
import json
import os

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def http_headers(content_type, extra=()):
    return StatusAndHeaders("200 OK", [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def records(pages, oversize):
    """(uri, type, payload bytes, http headers or None, expect) for every record, in order."""
    out = []
    for k, path in enumerate(pages):
        body = open(path, "rb").read()
        uri = "https://site%d.example/%s" % (k % 7, os.path.basename(path))
        out.append((uri, "request", b"", StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True), None))
        out.append((uri, "response", body, http_headers("text/html; charset=utf-8"), "page"))
        out.append((uri, "metadata", b"fetchTimeMs: 120\r\n", None, None))
        if k == 1:
            chunked = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 500]), body[i:i + 500]) for i in range(0, len(body), 500)) + b"0\r\n\r\n"
            out.append((uri + "?chunked", "response", chunked,
                        http_headers("text/html", [("Transfer-Encoding", "chunked")]), "page"))
        if k == 2:
            out.append((uri + "?gzip", "response", gzip.compress(body),
                        http_headers("text/html", [("Content-Encoding", "gzip")]), "page"))
            out.append((uri + "?image", "response", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, http_headers("image/png"), None))
        if k == 3:
            big = b"<!doctype html><html><head><script src=/big.js></script></head><body>" + b"x" * oversize + b"</body></html>"
            out.append((uri + "?oversize", "response", big, http_headers("text/html"), "error"))
            out.append((uri + "?broken", "response", b"", None, "error"))
        if k == 4:
            out.append((uri, "revisit", b"", None, None))
    return out


def write(path, items, per_record):
    written = []
    raw = io.BytesIO()
    with open(path, "wb") as f:
        writer = WARCWriter(f if per_record else raw, gzip=per_record, warc_version="1.0")
        info = writer.create_warcinfo_record(os.path.basename(path), {"software": "scriptlint tests"})
        writer.write_record(info)
        for uri, kind, payload, headers, expect in items:
            if kind == "revisit":
                record = writer.create_revisit_record(uri, "sha1:AAAA", uri, "2026-01-01T00:00:00Z")
            elif headers is None and kind == "response":
                # A response whose block is no HTTP message at all.
                # A response whose block is no HTTP message at all (written as a resource, then
                # retyped, since warcio parses the HTTP head of a response it writes).
                record = writer.create_warc_record(uri, "resource", payload=io.BytesIO(b"garbage\r\n\r\n"),
                                                   warc_content_type="application/http; msgtype=response")
                record.rec_headers.replace_header("WARC-Type", "response")
            elif headers is None:
                record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), warc_content_type="text/plain")
            else:
                record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)
            if kind == "response" and expect:
                written.append({"uri": uri, "recordId": record.rec_headers.get_header("WARC-Record-ID"), "expect": expect})
        if not per_record:
            f.write(gzip.compress(raw.getvalue()))
    return written


def main():
    parser = argparse.ArgumentParser(fromfile_prefix_chars="@")
    parser.add_argument("out")
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--whole")
    parser.add_argument("--oversize", type=int, default=2 << 20)
    a = parser.parse_args()
    items = records(a.pages, a.oversize)
    for line in write(a.out, items, True):
        print(json.dumps(line))
    if a.whole:
        write(a.whole, items, False)


if __name__ == "__main__":
    main()
