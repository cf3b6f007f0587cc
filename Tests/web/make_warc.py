#!/usr/bin/env python3
"""Builds test web archives with warcio (PyPI) from pages the test server serves: fetches each URL
through warcio's own HTTP capture and writes a .warc.gz (one gzip member per record) and a .warc.
Usage: make_warc.py OUT_PREFIX URL ...   → OUT_PREFIX.warc.gz, OUT_PREFIX.warc
"""
import sys

from warcio.capture_http import capture_http
import requests  # noqa: F401  (warcio's capture patches http.client, which requests uses)


def main():
    prefix, urls = sys.argv[1], sys.argv[2:]
    for name, gz in ((prefix + ".warc.gz", True), (prefix + ".warc", False)):
        with capture_http(name, gzip=gz, warc_version="1.1"):
            import requests as r
            for u in urls:
                r.get(u, headers={"Accept-Encoding": "gzip"})


if __name__ == "__main__":
    main()
