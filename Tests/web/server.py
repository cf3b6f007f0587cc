#!/usr/bin/env python3
"""A test web server on 127.0.0.1 only, started by the tests: prints its port on the first line,
then serves until killed. Routes:

  /page.html                a page with a render-blocking script
  /r301 /r302 /r307 /r308   redirect chains ending at /page.html (/r301 → /r302 → /page.html)
  /loop                     a redirect loop
  /gzip.html /br.html       a compressed page (gzip; brotli when the brotli module exists, else gzip)
  /charset.html             windows-1251 bytes served with charset=windows-1251 while <meta> says utf-8
  /404 /500                 error statuses
  /slow.html                answers after 3 s
  /big.html                 5 MB
  /data.json                not HTML
  /page.xhtml /broken.xhtml application/xhtml+xml, well-formed and not
  /site/...                 a site to crawl: /site/index.html links to a0..a9 (relative, <base>,
                            absolute, fragment, other origin, disallowed), robots.txt disallows
                            /site/private/, sitemap.xml is an index naming sitemap-pages.xml.gz
  /stats                    the most connections open at once so far; /stats/reset resets it
  DELAY=ms in the environment: every /site/ and /bench/ page answers after that long
  /bench/N.html             page N of a 2000-page site, each linking to the next ten
"""
import gzip
import socket
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = b'<!DOCTYPE html><html><head><title>t</title><script src="/app.js"></script></head><body><p>x</p></body></html>'
CYRILLIC = '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/\u0441\u043a\u0440\u0438\u043f\u0442.js"></script></head><body>\u043f\u0440\u0438\u0432\u0435\u0442</body></html>'
XHTML = (b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>\n'
         b'<script src="/a.js"/>\n<script src="/b.js" async="async" defer="defer"></script></head>\n<body><p>x</p></body></html>\n')
BROKEN = b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<script src="/a.js"></head></html>\n'
lock = threading.Lock()
active = [0, 0]   # now, most at once


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def setup(self):
        super().setup()
        # Headers and body go out in two writes: without this, Nagle's algorithm and the client's
        # delayed ACK hold every keep-alive response back by 40 ms.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def send(self, status, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        try:
            self.route()
        finally:
            with lock:
                active[0] -= 1

    def route(self):
        p = self.path.split("?")[0]
        if p == "/page.html":
            return self.send(200, PAGE)
        redirects = {"/r301": (301, "/r302"), "/r302": (302, "/page.html"), "/r307": (307, "/r308"), "/r308": (308, "/page.html"),
                     "/loop": (302, "/loop2"), "/loop2": (302, "/loop")}
        if p in redirects:
            status, to = redirects[p]
            return self.send(status, b"", headers=[("Location", to)])
        if p in ("/gzip.html", "/br.html"):
            encoding, data = "gzip", gzip.compress(PAGE)
            if p == "/br.html":
                try:
                    import brotli
                    encoding, data = "br", brotli.compress(PAGE)
                except ImportError:
                    pass
            return self.send(200, data, headers=[("Content-Encoding", encoding)])
        if p == "/charset.html":
            return self.send(200, CYRILLIC.encode("windows-1251"), "text/html; charset=windows-1251")
        if p == "/404":
            return self.send(404, b"<p>not here</p>")
        if p == "/500":
            return self.send(500, b"<p>broken</p>")
        if p == "/slow.html":
            time.sleep(3)
            return self.send(200, PAGE)
        if p == "/big.html":
            return self.send(200, PAGE + b"<p>" + b"x" * (5 << 20) + b"</p>")
        if p == "/data.json":
            return self.send(200, b'{"a": 1}', "application/json")
        if p == "/page.xhtml":
            return self.send(200, XHTML, "application/xhtml+xml")
        if p == "/broken.xhtml":
            return self.send(200, BROKEN, "application/xhtml+xml")
        if p == "/stats":
            return self.send(200, ("%d" % active[1]).encode(), "text/plain")
        if p == "/stats/reset":
            active[1] = 0
            return self.send(200, b"ok", "text/plain")
        if p.startswith("/site/") or p.startswith("/bench/") or p in ("/robots.txt", "/sitemap.xml", "/sitemap-pages.xml.gz"):
            return self.site(p)
        self.send(404, b"no such page")


    def site(self, p):
        delay = int(os.environ.get("DELAY", "0"))
        if delay and (p.startswith("/site/") or p.startswith("/bench/")):
            time.sleep(delay / 1000)
        if p == "/robots.txt":
            return self.send(200, b"User-agent: *\nDisallow: /site/private/\nAllow: /site/private/ok.html\n", "text/plain")
        if p == "/sitemap.xml":
            return self.send(200, b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                  b'<sitemap><loc>http://127.0.0.1:%d/sitemap-pages.xml.gz</loc></sitemap></sitemapindex>' % self.server.server_address[1],
                             "application/xml")
        if p == "/sitemap-pages.xml.gz":
            port = self.server.server_address[1]
            xml = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + b"".join(
                b"<url><loc>http://127.0.0.1:%d/site/only-in-sitemap%d.html</loc></url>" % (port, k) for k in range(2)) + b"</urlset>"
            return self.send(200, gzip.compress(xml), "application/gzip")
        if p.startswith("/bench/"):
            n = int(p[len("/bench/"):].split(".")[0] or 0)
            links = "".join(f'<a href="/bench/{m}.html">{m}</a>' for m in range(n * 10 + 1, min(n * 10 + 11, 2000)))
            return self.send(200, f'<!DOCTYPE html><html><head><script src="/b.js"></script></head><body>{links}</body></html>'.encode())
        if p == "/site/index.html":
            port = self.server.server_address[1]
            links = ('<a href="a0.html">0</a><a href="./a1.html#top">1</a><a href="/site/a2.html">2</a>'
                     f'<a href="http://127.0.0.1:{port}/site/a3.html">3</a><a href="a0.html#again">0 again</a>'
                     '<a href="http://example.invalid/x.html">elsewhere</a><a href="private/secret.html">secret</a>'
                     '<a href="private/ok.html">allowed</a><a href="sub/b.html">sub</a><a href="mailto:x@example.invalid">mail</a>')
            return self.send(200, f'<!DOCTYPE html><html><head><script src="/app.js"></script></head><body>{links}</body></html>'.encode())
        if p == "/site/sub/b.html":
            return self.send(200, b'<!DOCTYPE html><html><head><base href="/site/deep/"></head><body><a href="c.html">c</a></body></html>')
        if p.startswith("/site/private/") and p != "/site/private/ok.html":
            return self.send(200, b"<p>robots.txt says no; a crawler that comes here is wrong</p>")
        return self.send(200, b'<!DOCTYPE html><html><head><title>x</title></head><body><p>x</p></body></html>')


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
