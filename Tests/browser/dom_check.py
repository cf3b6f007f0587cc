#!/usr/bin/env python3
"""The browser's DOM as a referee for where scripts land.

Pages: every tree-construction input of the vendored html5lib-tests (document tests, scripting
on) with one marked external script spliced in at several points, plus the hand-written cases in
CASES. Each is served from 127.0.0.1 with `Content-Security-Policy: script-src 'none'` (scripting
is on, so the parser treats <noscript> as text, but nothing runs and nothing rewrites the DOM).
After load, a walk of the DOM — into template contents and declarative shadow roots — finds the
marked element (an element named "script" in any namespace) and records its namespace, whether
it is under <head>, and whether it is inside an ordinary (inert) template. scriptlint's model of
the same bytes (`--print-model`, the script whose start tag begins at the splice point) must
agree.

A script the model has and the DOM lacks is a disagreement, except when the page holds a
<frameset> that replaced the body after the script had been parsed (the browser has already run
such a script; listed apart).

Usage: dom_check.py --scriptlint PATH --chromium PATH [--limit N] [--points K]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import cdp as cdp_client

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "..", "Conformance", "html5lib-tests", "tree-construction")
MARK = '<script src="marked.js" data-scriptlint-mark></script>'

# Pages from issue reports and reviews: (html with {} where the marked script goes).
CASES = [
    "<body><svg></br>{}</svg><p>x", "<body><svg></p>{}</svg><p>x", "<body><math></br>{}</math><p>x",
    "<body><table><tr><td>x</table></body>{}", "<p>x</p>{}<xmp>visible</xmp>", "<head><template shadowrootmode=open>{}</template>",
    "<head><noscript><link rel=stylesheet href=a.css></noscript>{}", "<svg><title>Icon</title>{}</svg>", "<math><mi>x</mi>{}",
    "<table><caption><svg></table>{}", "<math><mi><mglyph>{}", "<svg></svg><frameset>{}", "<template><col>{}</template>",
    "<body><a><template shadowrootmode=open>{}</template></a>", "<body><table><tr><td><template shadowrootmode=open>{}</template>",
    "<body><div><template shadowrootmode=open></template><template shadowrootmode=open>{}</template></div>",
    "<head>\0{}", "<head>&#32;&#9;{}", "<head>&nbsp;{}", "<select>{}</select>", "<select><svg>{}</svg></select>",
    "<table>{}<tr><td>x</table>", "<table><tr>{}<td>x</table>", "<frameset>{}</frameset>", "<noscript>{}</noscript>",
    "<p><svg><foreignObject>{}</foreignObject></svg>", "<math><annotation-xml encoding=text/html>{}</annotation-xml></math>",
    "<math><annotation-xml>{}</annotation-xml></math>", "<svg><desc>{}</desc></svg>", "<svg><font color=red>{}</font></svg>",
    "<svg><font>{}</font></svg>", "</html>{}", "</body></html>{}", "<head></head>{}<body>", "<html><head></head><body></body></html>{}",
]

WALK = r"""
(() => {
  const found = [];
  function walk(node, inHead, inTemplate, inShadow) {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const head = inHead || (c.localName === 'head' && c.namespaceURI === 'http://www.w3.org/1999/xhtml');
      if (c.localName === 'script' && c.hasAttribute('data-scriptlint-mark')) {
        const ns = c.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg' : c.namespaceURI === 'http://www.w3.org/1998/Math/MathML' ? 'math' : 'html';
        found.push({ns, head, template: inTemplate, shadow: inShadow});
      }
      if (c.localName === 'template' && c.content) walk(c.content, head, true, inShadow);
      if (c.shadowRoot) walk(c.shadowRoot, head, inTemplate, true);
      walk(c, head, inTemplate, inShadow);
    }
  }
  walk(document, false, false, false);
  return JSON.stringify(found);
})()
"""


def tree_inputs():
    for name in sorted(os.listdir(SUITE)):
        if not name.endswith(".dat"):
            continue
        text = open(os.path.join(SUITE, name), encoding="utf-8").read()
        for index, chunk in enumerate(("\n" + text).split("\n#data\n")[1:]):
            lines = chunk.split("\n")
            if "#document-fragment" in lines or "#script-off" in lines:
                continue
            data = []
            for line in lines:
                if line.startswith("#") and line in ("#errors", "#new-errors", "#document", "#script-on"):
                    break
                data.append(line)
            yield f"{name} #{index}", "\n".join(data)


def splice_points(data, k, rng):
    """Offsets between characters where a tag may start: the start, the end, and before some '<'."""
    points = {0, len(data)}
    lts = [i for i, c in enumerate(data) if c == "<"]
    rng.shuffle(lts)
    points.update(lts[: max(0, k - 2)])
    return sorted(points)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--chromium", required=True)
    ap.add_argument("--limit", type=int, default=0, help="at most this many suite inputs (0: all)")
    ap.add_argument("--points", type=int, default=3, help="splice points per input")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    pages = []  # (label, bytes, offset)
    for label, case in [(f"case {i}", c) for i, c in enumerate(CASES)]:
        at = case.index("{}")
        html = case.replace("{}", MARK, 1)
        pages.append((f"{label}: {case!r}", html.encode("utf-8"), len(case[:at].encode("utf-8"))))
    inputs = list(tree_inputs())
    if args.limit:
        inputs = inputs[: args.limit]
    for label, data in inputs:
        for point in splice_points(data, args.points, rng):
            html = data[:point] + MARK + data[point:]
            pages.append((f"{label} @{point}: {data!r}", html.encode("utf-8"), len(data[:point].encode("utf-8"))))

    tmp = tempfile.mkdtemp(prefix="scriptlint-dom-")
    for i, (_, body, _) in enumerate(pages):
        with open(os.path.join(tmp, f"p{i}.html"), "wb") as f:
            f.write(body)

    # The model: one --print-model run over every page.
    paths = [os.path.join(tmp, f"p{i}.html") for i in range(len(pages))]
    model = {}
    for start in range(0, len(paths), 500):
        out = subprocess.run([args.scriptlint, "--print-model"] + paths[start:start + 500], capture_output=True, text=True).stdout
        for line in out.splitlines():
            s = json.loads(line)
            model.setdefault(s["path"], []).append(s)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            path = urllib.parse.urlparse(self.path).path.lstrip("/")
            local = os.path.join(tmp, os.path.basename(path))
            if path.endswith(".html") and os.path.isfile(local):
                body, ctype = open(local, "rb").read(), "text/html; charset=utf-8"
            else:
                body, ctype = b"", "text/css" if path.endswith(".css") else "text/javascript"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Security-Policy", "script-src 'none'")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    chrome, cdp = cdp_client.start(args.chromium, f"{tmp}/profile", [f"--host-resolver-rules=MAP * 127.0.0.1:{port}"])
    try:
        cdp.call("Page.enable")
        agree, disagree, removed = 0, [], []
        for i, (label, body, offset) in enumerate(pages):
            cdp.loaded = False
            cdp.call("Page.navigate", url=f"http://127.0.0.1:{port}/p{i}.html")
            cdp.wait_load()
            result = cdp.call("Runtime.evaluate", expression=WALK, returnByValue=True)
            dom = json.loads(result["result"]["result"]["value"])
            ours = [s for s in model.get(paths[i], []) if s["startOffset"] == offset and s["inert"] != "noscript"]
            mine = [{"ns": "svg" if s["svg"] else "math" if s["inert"] == "mathml" else "html", "head": s["placement"] == "head",
                     "template": s["inert"] == "template"} for s in ours]
            theirs = [{"ns": d["ns"], "head": d["head"], "template": d["template"]} for d in dom]
            if mine == theirs:
                agree += 1
            elif mine and not theirs and b"<frameset" in body.lower():
                removed.append(label)
                agree += 1
            else:
                disagree.append(f"{label}\n    chromium: {theirs}\n    model:    {mine}")
        total = len(pages)
        print(f"DOM check: {total} pages ({len(CASES)} hand-written, the rest html5lib-tests inputs with a marked script), "
              f"agreement {agree}/{total} ({100.0 * agree / total:.2f} %)")
        if removed:
            print(f"  {len(removed)} page(s): the script was parsed, then <frameset> replaced the body (counted as agreeing)")
        for line in disagree:
            print("  DISAGREEMENT: " + line)
        return 1 if disagree else 0
    finally:
        chrome.terminate()
        chrome.wait()
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
