#!/usr/bin/env python3
"""Differential test: scriptlint's script model against html5lib, a WHATWG-conformant parser.

html5lib 1.1 predates <template> in head (it treats it as an unknown element that closes the
head), so the generator puts templates only in body. A seeded generator writes random but plausible pages — scripts in head, body, after </body> and
</html>, inside template/noscript/svg/math, pages without <html>/<head>/<body> tags, unknown
elements and stray text in head, tables with </body> in cells, self-closing scripts, raw-text
elements — and for every script compares, by its id, what scriptlint says (`--print-model`) with
what html5lib builds: whether the element exists, head vs body, inert (template), SVG/MathML, and
"at end of body". Any disagreement prints the page and the script, and the exit status is 1.

Usage: html5lib_diff.py --scriptlint PATH [--pages N] [--seed S] [--keep DIR]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

import html5lib

HTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
MATH = "{http://www.w3.org/1998/Math/MathML}"


class Page:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.noscript_ids = set()
        self.body_tag = False

    def sid(self):
        self.n += 1
        return f"s{self.n}"

    def script(self, inline=None):
        r = self.rng
        attrs = [f'id="{self.sid()}"']
        if inline is None:
            inline = r.random() < 0.3
        if not inline:
            # The query makes each URL unique, so the browser check can tell the requests apart.
            attrs.append(f'src="/js/{r.choice(["a", "b", "jquery", "app"])}.js?{self.n}"')
        for a in ("async", "defer"):
            if r.random() < 0.2:
                attrs.append(a)
        if r.random() < 0.1:
            attrs.append(r.choice(['type="module"', 'type="text/javascript"', 'type="application/ld+json"']))
        r.shuffle(attrs)
        body = ""
        if inline:
            body = r.choice(["x()", "document.write('</head><body>')", "var s = '</div>';",
                             "<!-- document.write('<script>y()</scr' + 'ipt>') -->", "if (a < b) {}"])
        return f"<script {' '.join(attrs)}>{body}</script>"

    def ws(self):
        return self.rng.choice(["", "\n", "\n  ", " ", "\r\n", "\t"])

    def head_item(self):
        r = self.rng
        c = r.random()
        if c < 0.35:
            return self.script()
        options = [
            "<title>T &amp; t</title>", '<meta charset="utf-8">', '<link rel="stylesheet" href="/a.css">',
            "<style>p { color: red }</style>", "<!-- comment <script>x</script> -->",
            f"<noscript><link rel=stylesheet href=n.css></noscript>",
            "<base href='/'>",
        ]
        if r.random() < 0.08:
            options += ["<my-widget></my-widget>", "<svg></svg>", "<input type=text>", "<picture></picture>",
                        "stray text", "<div>block</div>", "<select><option>1</select>"]
        return r.choice(options)

    def body_item(self, depth=0):
        r = self.rng
        c = r.random()
        if c < 0.3:
            return self.script()
        options = [
            "<p>Para</p>", "<div class=x>Text <b>bold</b></div>", '<img src="a.png" alt="">',
            "<input type=hidden name=t value=1>", "<!-- c -->", "<div></div>", "<br>", "   ",
            f'<div id="scripts">{self.script()}{self.script()}</div>',
            f"<table><tr><td>{self.script()}cell</td></tr></table>",
            f"<table><tr><td></body>{self.script()}</td></tr></table>",
            f"<svg width=10>{self.svg_script()}<foreignObject>{self.script()}</foreignObject></svg>",
            f"<math><mi>{self.script()}</mi></math>",
            f"<textarea>{self.fake_script()}</textarea>",
            f"<title>{self.fake_script()}</title>",
            f"<iframe>{self.fake_script()}</iframe>",
            "<style>.a{}</style>", "<link rel=stylesheet href=b.css>", "<meta name=x content=y>",
            f"<object></body>{self.script()}</object>",
            "<audio></audio>", "<audio controls></audio>", "<canvas></canvas>", "<span></span>",
        ]
        noscript = f'<noscript><p>{self.script_in_noscript()}</p></noscript>'
        options.append(noscript)
        if self.body_tag:
            # Only after a literal <body>: html5lib 1.1 would put a template met in head mode in body.
            options.append(f"<template>{self.script()}<p>in template</p></template>")
        if depth < 2 and r.random() < 0.3:
            options.append(f"<section>{self.body_item(depth + 1)}{self.body_item(depth + 1)}</section>")
        if r.random() < 0.05:
            options.append(f'<script id="{self.sid()}" src="/js/self.js" />{self.fake_text()}<script id="{self.sid()}"></script>')
        return r.choice(options)

    def svg_script(self):
        return f'<script id="{self.sid()}" href="/js/svg.js"></script>'

    def fake_script(self):
        # Markup that looks like a script but is text in a browser: no id is given out.
        return '<script src="/js/fake.js"></script>'

    def fake_text(self):
        return "<p>swallowed</p>"

    def script_in_noscript(self):
        s = self.script()
        self.noscript_ids.add(f"s{self.n}")
        return s

    def build(self):
        r = self.rng
        parts = []
        if r.random() < 0.7:
            parts.append("<!DOCTYPE html>" + self.ws())
        if r.random() < 0.1:
            parts.append(self.script() + self.ws())
        if r.random() < 0.05:
            parts.append("Hello ")
        has_html = r.random() < 0.8
        if has_html:
            parts.append("<html lang=en>" + self.ws())
        has_head = r.random() < 0.8
        if has_head:
            parts.append("<head>" + self.ws())
        for _ in range(r.randint(0, 6)):
            parts.append(self.head_item() + self.ws())
        if has_head and r.random() < 0.85:
            parts.append("</head>" + self.ws())
        if r.random() < 0.15:
            parts.append(self.script() + self.ws())
        has_body = r.random() < 0.8
        if has_body:
            parts.append("<body class=home>" + self.ws())
            self.body_tag = True
        for _ in range(r.randint(0, 8)):
            parts.append(self.body_item() + self.ws())
        if r.random() < 0.7:
            parts.append("</body>" + self.ws())
            for _ in range(r.randint(0, 2)):
                parts.append(self.script() + self.ws())
        if r.random() < 0.6:
            parts.append("</html>" + self.ws())
            for _ in range(r.randint(0, 2)):
                parts.append(self.script() + self.ws())
        if r.random() < 0.1:
            parts.append("<p>trailing</p>")
        if r.random() < 0.2:
            parts.append("<!-- end -->\n")
        return "".join(parts)


NON_RENDERABLE = {"script", "noscript", "template", "style", "link", "meta", "title", "base"}
ALWAYS_RENDERABLE = {"img", "iframe", "video", "canvas", "svg", "object", "embed", "textarea", "select",
                     "button", "br", "hr"}


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def without_noscript_content(html):
    """Browsers run with scripting on, so <noscript> content is text that is never parsed;
    html5lib parses it as markup (scripting off). An empty <noscript> is the same in both."""
    out, pos = [], 0
    while True:
        start = html.find("<noscript>", pos)
        if start < 0:
            return "".join(out) + html[pos:]
        end = html.find("</noscript>", start)
        if end < 0:
            return "".join(out) + html[pos:]
        out.append(html[pos:start + len("<noscript>")])
        pos = end


def html5lib_facts(html):
    html = without_noscript_content(html)
    doc = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=True)
    facts = {}
    order = []  # document order of (kind, element) events for "at end of body"

    def walk(el, ancestors, inert):
        if not isinstance(el.tag, str):
            return  # a comment or processing instruction: its text is not content (its tail is, see below)
        tag = el.tag
        name = local(tag)
        ns = tag[: tag.index("}") + 1] if "}" in tag else HTML
        if name == "script" and el.get("id"):
            names = [local(a.tag) for a in ancestors]
            placement = "head" if "head" in names else "body"
            facts[el.get("id")] = {
                "placement": placement,
                "template": "template" in names,
                "noscript": "noscript" in names,
                "svg": ns == SVG,
                "math": ns == MATH,
            }
            order.append(("script", el.get("id")))
        in_body = any(local(a.tag) == "body" for a in ancestors) or name == "body"
        hidden = inert or name in ("template", "noscript") or (ns == HTML and name in ("script", "style", "title"))
        if in_body and not hidden and ns == HTML:
            if name in ALWAYS_RENDERABLE or (name == "input" and (el.get("type") or "").lower() != "hidden") \
                    or (name == "audio" and el.get("controls") is not None):
                order.append(("render", None))
        if in_body and ns == SVG and name == "svg" and not inert:
            order.append(("render", None))
        if in_body and not hidden and (el.text or "").strip(" \t\n\r\f"):
            order.append(("render", None))
        for child in el:
            walk(child, ancestors + [el], hidden)
            if in_body and not hidden and (child.tail or "").strip(" \t\n\r\f"):
                order.append(("render", None))

    walk(doc, [], False)
    seen_render = False
    for kind, sid in reversed(order):
        if kind == "render":
            seen_render = True
        elif sid in facts:
            facts[sid]["atEnd"] = not seen_render and facts[sid]["placement"] == "body"
    return facts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--keep", help="write the pages here")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    tmp = args.keep or tempfile.mkdtemp(prefix="scriptlint-diff-")
    os.makedirs(tmp, exist_ok=True)
    pages = {}
    for k in range(args.pages):
        page = Page(rng)
        html = page.build()
        path = os.path.join(tmp, f"page{k:04d}.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html)
        pages[path] = (html, page.noscript_ids)

    out = subprocess.run([args.scriptlint, "--print-model", tmp], capture_output=True, text=True, check=True).stdout
    ours = {}
    for line in out.splitlines():
        rec = json.loads(line)
        ours.setdefault(rec["path"], []).append(rec)

    failures = 0
    compared = 0
    for path, (html, noscript_ids) in pages.items():
        theirs = html5lib_facts(html)
        mine = {}
        for rec in ours.get(path, []):
            sid = extract_id(html, rec["startOffset"])
            if sid:
                mine[sid] = rec
        problems = []
        for sid in sorted(set(theirs) | set(mine), key=lambda s: int(s[1:])):
            t, m = theirs.get(sid), mine.get(sid)
            if sid in noscript_ids:
                # Browsers parse <noscript> as text (scripting on); html5lib parses it as markup (scripting off).
                if m is None or m["inert"] != "noscript":
                    problems.append(f"{sid}: expected an inert noscript script, scriptlint has {m}")
                continue
            if t is None or m is None:
                problems.append(f"{sid}: html5lib {'has' if t else 'lacks'} it, scriptlint {'has' if m else 'lacks'} it")
                continue
            compared += 1
            expect = {
                "placement": t["placement"],
                "inert": "template" if t["template"] else ("mathml" if t["math"] else None),
                "svg": t["svg"],
                "atEndOfBody": t.get("atEnd", False) and not t["template"],
            }
            got = {
                "placement": "head" if m["placement"] == "head" else "body",
                "inert": m["inert"],
                "svg": m["svg"],
                "atEndOfBody": m["atEndOfBody"],
            }
            if expect != got:
                diff = {k: (expect[k], got[k]) for k in expect if expect[k] != got[k]}
                problems.append(f"{sid} (line {line_of(html, m['startOffset'])}): html5lib vs scriptlint {diff}")
        if problems:
            failures += 1
            if failures <= 10:
                print(f"--- {path}\n{html}\n" + "\n".join("  " + p for p in problems) + "\n")
    print(f"html5lib differential: {args.pages} pages, {compared} scripts compared, "
          f"{failures} page(s) with disagreements (seed {args.seed})")
    return 1 if failures else 0


def extract_id(html, offset):
    b = html.encode("utf-8")
    end = b.find(b">", offset)
    tag = b[offset:end].decode("utf-8", "replace")
    i = tag.find('id="')
    if i < 0:
        return None
    return tag[i + 4: tag.index('"', i + 4)]


def line_of(html, offset):
    return html.encode("utf-8")[:offset].count(b"\n") + 1


if __name__ == "__main__":
    sys.exit(main())
