#!/usr/bin/env python3
"""Checks an HTML report with an independent parser (html5lib, the WHATWG algorithm): it is self-
contained and nothing from the linted pages became markup or code.

- exactly one <style> and one <script>, both allowed by the SHA-256 in the page's
  Content-Security-Policy (which allows nothing else: default-src 'none');
- no element that loads anything (img, iframe, object, embed, link, base, source, video, audio,
  a meta refresh), no `src`/`srcset` attribute, no `on*` event handler attribute, no `style`
  attribute; every link is in-page (#…) or to the documentation base;
- with --expect TEXT (repeatable): the text appears as text in the report.

Usage: report_check.py REPORT.html [--docs BASE] [--expect TEXT ...]   (exit 1 and a list on failure)
"""
import argparse
import base64
import hashlib
import re
import sys

import html5lib


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--docs", default="https://github.com/scriptlint/scriptlint/blob/main/Rules/")
    ap.add_argument("--expect", action="append", default=[])
    args = ap.parse_args()
    data = open(args.report, "rb").read()
    doc = html5lib.parse(data, namespaceHTMLElements=False)
    problems = []
    elements = list(doc.iter())

    def local(tag):
        return tag.split("}")[-1] if isinstance(tag, str) else ""

    csp = [e.get("content") for e in elements if local(e.tag) == "meta" and (e.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(csp) != 1:
        problems.append(f"{len(csp)} Content-Security-Policy meta elements, not 1")
        csp = [""]
    policy = {d.strip().split(" ")[0]: d.strip().split(" ")[1:] for d in csp[0].split(";") if d.strip()}
    if policy.get("default-src") != ["'none'"]:
        problems.append(f"default-src is {policy.get('default-src')}, not 'none'")
    for kind, directive in (("script", "script-src"), ("style", "style-src")):
        found = [e for e in elements if local(e.tag) == kind]
        if len(found) != 1:
            problems.append(f"{len(found)} <{kind}> elements, not 1")
            continue
        digest = "'sha256-" + base64.b64encode(hashlib.sha256((found[0].text or "").encode()).digest()).decode() + "'"
        if policy.get(directive) != [digest]:
            problems.append(f"{directive} is {policy.get(directive)}, the inline {kind} hashes to {digest}")
    loaders = {"img", "iframe", "object", "embed", "link", "base", "source", "video", "audio", "frame", "frameset", "image", "use", "foreignobject"}
    for e in elements:
        name = local(e.tag).lower()
        if name in loaders:
            problems.append(f"a <{name}> element: {dict(e.attrib)}")
        if name == "meta" and (e.get("http-equiv") or "").lower() == "refresh":
            problems.append("a meta refresh")
        for attr, value in e.attrib.items():
            a = local(attr).lower()
            if a.startswith("on"):
                problems.append(f"an event handler attribute {a}={value!r} on <{name}>")
            if a in ("src", "srcset", "style", "formaction", "action", "background", "poster"):
                problems.append(f"a {a} attribute on <{name}>: {value!r}")
            if a in ("href", "xlink:href") and not (value.startswith("#") or value.startswith(args.docs)):
                problems.append(f"a link out of the report on <{name}>: {value!r}")
    css = "".join(e.text or "" for e in elements if local(e.tag) == "style")
    if re.search(r"@import|url\((?!#)", css):
        problems.append("the style sheet loads something")
    text = "".join(doc.itertext())
    for expected in args.expect:
        if expected not in text:
            problems.append(f"expected text not in the report: {expected!r}")
    print(f"report check: {len(elements)} elements, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
