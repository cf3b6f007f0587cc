#!/usr/bin/env python3
"""JSX <script> elements as scriptlint's source model places them, against the HTML React itself
renders from the same files (react_render.js: Debian's React 18 server renderer after TypeScript's
JSX transform), read by scriptlint as the served page. Every JSX <script> of a document, root layout
or page whose placement the model knows must be in the rendered page with the same src, kind,
placement, async, defer and nomodule, and the same end-of-body status where the model knows it;
every script of the rendered page must come from one of them (Next's own __NEXT_DATA__ aside).
Debian's React is 18: the App Router's React 19 hoists `<script async src>` into <head>, which
React 18 does not, so those scripts of `app/` files are left out on both sides (the model's
hoisting is tested in FrameworkTests).

usage: react_check.py SCRIPTLINT FILE_OR_FOLDER...
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
scriptlint, *paths = sys.argv[1:]
files = []
for p in paths:
    if os.path.isdir(p):
        for root, dirs, names in os.walk(p):
            dirs[:] = [d for d in dirs if d != "node_modules"]
            files += [os.path.join(root, n) for n in names if n.endswith((".jsx", ".tsx", ".js")) and ".config." not in n]
    else:
        files.append(p)
files.sort()


def model(path):
    out = subprocess.run([scriptlint, "--print-model", path], capture_output=True, text=True)
    if out.returncode != 0 or out.stderr:
        sys.exit(f"scriptlint --print-model {path} failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def key(s):
    return (s["kind"], s["placement"], s["async"], s["defer"], s["nomodule"])


env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
compared = rendered_pages = 0
problems = []
with tempfile.TemporaryDirectory() as out:
    result = subprocess.run(["node", os.path.join(here, "react_render.js"), out, *files], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"react_render.js failed: {result.stderr}")
    for line in result.stdout.splitlines():
        r = json.loads(line)
        if "html" not in r:
            continue
        rendered_pages += 1
        app_router = "/app/" in r["file"].replace(os.sep, "/")
        hoisted = lambda s: app_router and s["async"] and s["src"]
        source = [s for s in model(r["file"]) if s.get("call") == "<script>" and s["placement"] != "unknown" and not hoisted(s)]
        page = [s for s in model(r["html"]) if s["id"] != "__NEXT_DATA__" and not hoisted(s)]
        # Literal sources first, then those written as expressions (`src={…}`).
        for s in sorted(source, key=lambda s: (s["src"] or "").startswith("{")):
            dynamic = (s["src"] or "").startswith("{")
            match = next((p for p in page if key(p) == key(s) and (dynamic or p["src"] == s["src"])
                          and (s["endOfBodyUnknown"] or p["atEndOfBody"] == s["atEndOfBody"])), None)
            if match is None:
                problems.append(f"{r['file']}:{s['line']}: {s['src'] or 'inline script'} {key(s)} end={s['atEndOfBody']} is not in React's page: "
                                + "; ".join(f"{p['src']} {key(p)} end={p['atEndOfBody']}" for p in page))
                continue
            page.remove(match)
            compared += 1
        for p in page:
            problems.append(f"{r['file']}: React's page has {p['src'] or 'an inline script'} {key(p)}, which the model does not place")
for p in problems:
    print(p)
print(f"{len(files)} files, {rendered_pages} rendered by React, {compared} JSX scripts agree, {len(problems)} disagree")
sys.exit(0 if not problems and compared else 1)
