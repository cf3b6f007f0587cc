#!/usr/bin/env python3
"""Compares scriptlint's blocking findings with what headless Chromium does.

Every page (Fixtures/ and generated ones) is served from 127.0.0.1; Chromium maps every host name
to that server (--host-resolver-rules), so third-party script URLs are answered locally too and
nothing leaves the machine. Scripts answer after a short delay, so blocking is observable.

For each script request the trace event ResourceSendRequest carries Chrome's own classification,
`renderBlocking` ("blocking", "in_body_parser_blocking", "non_blocking", …). A script scriptlint
reports as render-blocking-script must be "blocking", and one Chrome calls "blocking" must be
reported. A script Chrome calls "in_body_parser_blocking" must be reported as
parser-blocking-script-in-body unless scriptlint's model has it at the end of <body> (the rule
exempts those: nothing is left to block). Chrome's label comes from its preload scanner, which
only calls a script "in body" after a literal <body> or <img> tag; where the spec puts a script
in <body> earlier (after text, or an unknown element), Chrome still says "blocking": the spec
wins, and such cases are listed as "Chrome label differs (spec followed)".
For render-blocking scripts, the check also asks whether the first paint really waited for them.

Usage: browser_check.py --scriptlint PATH --chromium PATH PAGE-DIR...
"""
import argparse
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import websocket

SCRIPT_DELAY = 0.3


def make_handler(root):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = urllib.parse.urlparse(self.path).path
            host = self.headers.get("Host", "")
            local = os.path.normpath(os.path.join(root, path.lstrip("/")))
            if host.startswith("pages.test") and local.startswith(root) and os.path.isfile(local) and local.endswith((".html", ".htm")):
                body = open(local, "rb").read()
                ctype = "text/html"
            elif path.endswith((".css",)):
                time.sleep(SCRIPT_DELAY)
                body, ctype = b"/* */", "text/css"
            elif path.endswith((".json",)):
                body, ctype = b"{}", "application/json"
            else:
                # Everything else is answered as a slow script, whatever the URL looks like.
                time.sleep(SCRIPT_DELAY)
                body, ctype = b"/* served by browser_check.py */", "text/javascript"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
    return Handler


def serve(root, port, context=None):
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(root))
    if context:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class CDP:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.next_id = 0

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        return self.next_id

    def wait(self, until):
        while True:
            msg = json.loads(self.ws.recv())
            if until(msg):
                return msg


def trace_page(cdp, url):
    events = []
    cdp.send("Tracing.start", categories="devtools.timeline,loading,blink.user_timing,disabled-by-default-devtools.timeline",
             transferMode="ReportEvents")
    cdp.wait(lambda m: m.get("id") == cdp.next_id)
    cdp.send("Page.enable")
    cdp.send("Page.navigate", url=url)
    cdp.wait(lambda m: m.get("method") == "Page.loadEventFired")
    time.sleep(0.3)
    cdp.send("Tracing.end")
    def collect(m):
        if m.get("method") == "Tracing.dataCollected":
            events.extend(m["params"]["value"])
        return m.get("method") == "Tracing.tracingComplete"
    cdp.wait(collect)
    return events


def chrome_facts(events, page_url):
    """Per script URL: Chrome's renderBlocking label, and whether first paint came after it finished."""
    requests, finish, first_paint = {}, {}, None
    for e in events:
        name = e.get("name")
        data = (e.get("args") or {}).get("data") or {}
        if name == "ResourceSendRequest" and data.get("url") != page_url:
            requests.setdefault(data.get("requestId"), (data.get("url"), data.get("renderBlocking"), data.get("resourceType")))
        elif name == "ResourceChangeRenderBlockingBehavior":
            rid = data.get("requestId")
            if rid in requests:
                url, _, kind = requests[rid]
                requests[rid] = (url, data.get("renderBlocking"), kind)
        elif name == "ResourceFinish":
            finish[data.get("requestId")] = e.get("ts")
        elif name in ("firstPaint", "firstContentfulPaint") and first_paint is None:
            first_paint = e.get("ts")
    facts = {}
    for rid, (url, label, kind) in requests.items():
        if url and not url.endswith(".css"):
            waited = None
            if first_paint is not None and rid in finish:
                waited = finish[rid] <= first_paint
            facts.setdefault(url, (label, waited))
    return facts, first_paint is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--chromium", required=True)
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()

    pages = []
    for d in args.dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith((".html", ".htm")):
                pages.append(os.path.abspath(os.path.join(d, f)))
    root = os.path.commonpath([os.path.dirname(p) for p in pages])

    tmp = tempfile.mkdtemp(prefix="scriptlint-browser-")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", f"{tmp}/key.pem", "-out", f"{tmp}/cert.pem"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{tmp}/cert.pem", f"{tmp}/key.pem")
    http_port, https_port, debug_port = free_port(), free_port(), free_port()
    serve(root, http_port)
    serve(root, https_port, context)

    chrome = subprocess.Popen([
        args.chromium, "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={debug_port}",
        f"--host-resolver-rules=MAP *:443 127.0.0.1:{https_port}, MAP * 127.0.0.1:{http_port}",
        "--ignore-certificate-errors", "--no-first-run", "--disable-background-networking", "--disable-extensions",
        "--disable-component-update", "--disable-sync", "--metrics-recording-only", f"--user-data-dir={tmp}/profile",
        "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{debug_port}/json"))
                break
            except Exception:
                time.sleep(0.1)
        ws_url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
        cdp = CDP(ws_url)

        model = subprocess.run([args.scriptlint, "--print-model"] + pages, capture_output=True, text=True).stdout
        report = json.loads(subprocess.run([args.scriptlint, "--format", "json", "--rule", "analytics-not-async=off"] + pages,
                                           capture_output=True, text=True).stdout)
        stats = {"pages": 0, "scripts": 0, "render agree": 0, "parser agree": 0, "paint waited": 0, "reported": 0, "paint unknown": 0}
        problems, spec_followed = [], []
        for page, file_report in zip(pages, report["files"]):
            rel = os.path.relpath(page, root)
            url = f"http://pages.test:{80}/{urllib.parse.quote(rel)}"
            events = trace_page(cdp, url.replace(":80", ""))
            facts, painted = chrome_facts(events, url.replace(":80", ""))
            stats["pages"] += 1
            scripts = [json.loads(l) for l in model.splitlines() if json.loads(l)["path"] == page]
            diags = {}
            for d in file_report["diagnostics"]:
                diags.setdefault(d["startOffset"], set()).add(d["ruleId"])
            base = url.replace(":80", "")
            for s in scripts:
                if not s["external"] or s["inert"] or s["kind"] not in ("classic",) or s["svg"] or s["unterminated"] or s["selfClosing"]:
                    continue
                absolute = urllib.parse.urljoin(base, s["src"].strip())
                if absolute not in facts:
                    continue
                label, waited = facts[absolute]
                stats["scripts"] += 1
                rules = diags.get(s["startOffset"], set())
                ours_render = "render-blocking-script" in rules
                ours_parser = "parser-blocking-script-in-body" in rules
                where = f"{rel}:{s['line']}:{s['column']} {s['src']}"
                if label == "blocking" and s.get("blockingRender"):
                    # blocking="render": the author asked for exactly this; the rule exempts it by design.
                    stats["render agree"] += 1
                    spec_followed.append(f"{where}: blocking=\"render\" — Chrome blocks as asked; not reported by design")
                elif (label == "blocking") == ours_render:
                    stats["render agree"] += 1
                    if ours_render:
                        stats["reported"] += 1
                    if ours_render and waited:
                        stats["paint waited"] += 1
                    elif ours_render and waited is None:
                        stats["paint unknown"] += 1
                    elif ours_render and painted and waited is False:
                        problems.append(f"{where}: reported render-blocking, but the first paint did not wait for it")
                elif label == "blocking" and s["placement"] != "head":
                    spec_followed.append(f"{where}: Chrome says blocking; the spec puts it in <body> ({s['placement']})")
                else:
                    problems.append(f"{where}: render-blocking-script {'reported' if ours_render else 'not reported'}, Chrome says {label}")
                if label == "in_body_parser_blocking":
                    if ours_parser or s["atEndOfBody"]:
                        stats["parser agree"] += 1
                    else:
                        problems.append(f"{where}: Chrome says in_body_parser_blocking, scriptlint reports nothing")
                elif ours_parser:
                    if label == "blocking" and s["placement"] != "head":
                        stats["parser agree"] += 1
                    else:
                        problems.append(f"{where}: parser-blocking-script-in-body reported, Chrome says {label}")
                else:
                    stats["parser agree"] += 1
        print(f"browser check: {stats['pages']} pages, {stats['scripts']} external classic scripts compared")
        print(f"  render-blocking-script agrees with Chrome on {stats['render agree']}/{stats['scripts']}; "
              f"the first paint waited for {stats['paint waited']} of the {stats['reported']} reported "
              f"({stats['paint unknown']} on pages that never painted or whose request did not finish)")
        print(f"  parser-blocking-script-in-body agrees on {stats['parser agree']}/{stats['scripts']}")
        for line in spec_followed:
            print("  Chrome label differs (spec or SPEC followed): " + line)
        for line in problems:
            print("  DISAGREEMENT: " + line)
        return 1 if problems else 0
    finally:
        chrome.terminate()
        chrome.wait()


if __name__ == "__main__":
    import urllib.request
    sys.exit(main())
