#!/usr/bin/env python3
"""Template mode against the real engine: renders each template with Jinja2 and checks that the
scripts of the rendered page are where scriptlint's template model says.

Every `<script` of each template gets a marker attribute (`data-sl="N"`, N its offset in the
source) before rendering, so each script of the rendered page is traced back to its line in the
template. The stub context renders every name as an empty string that is truthy, iterates once
and can be called, so the first branch of each conditional is rendered. The rendered page is
linted as plain HTML; for each marked script whose template placement is known, placement (head
or body), kind, async/defer and end of body must agree.

Usage: render_check.py --scriptlint PATH --root DIR [TEMPLATE ...]   (templates relative to DIR)
Exit status 1 on any disagreement; a template the engine cannot render is listed and skipped.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import jinja2


TRUTH = [True]


class Anything(jinja2.Undefined):
    """Renders as "", is true, iterates once, can be called, indexed and filtered."""
    def __str__(self): return ""
    def __bool__(self): return TRUTH[0]
    def __iter__(self): return iter([Anything()])
    def __len__(self): return 1
    def __call__(self, *a, **k): return Anything()
    def __getattr__(self, name):
        if name.startswith("__"): raise AttributeError(name)
        return Anything()
    def __getitem__(self, key): return Anything()
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __hash__(self): return 0
    def __contains__(self, item): return True
    def __int__(self): return 1
    def __float__(self): return 1.0
    def __index__(self): return 1


def _anything(self, *a, **k):
    return Anything()


for _op in ["add", "radd", "sub", "rsub", "mul", "rmul", "mod", "rmod", "truediv", "rtruediv", "floordiv",
            "rfloordiv", "pow", "rpow", "neg", "pos", "lt", "le", "gt", "ge"]:
    setattr(Anything, f"__{_op}__", _anything)


class AnyMap(dict):
    """Filters and tests nobody registered: identity, or true."""
    def __init__(self, base, default):
        super().__init__(base)
        self.default = default
    def __contains__(self, key): return True
    def __getitem__(self, key):
        return dict.__getitem__(self, key) if dict.__contains__(self, key) else self.default

    def get(self, key, default=None):
        return self[key]


SCRIPT = re.compile(rb"<script\b", re.I)


def marked(source):
    """The template with data-sl="offset" after each <script (outside {% %}/{{ }}/{# #})."""
    out, pos = [], 0
    for m in SCRIPT.finditer(source):
        before = source[:m.start()]
        if before.count(b"{{") > before.count(b"}}") or before.count(b"{%") > before.count(b"%}"):
            continue
        out.append(source[pos:m.end()])
        out.append(b' data-sl="%d"' % m.start())
        pos = m.end()
    out.append(source[pos:])
    return b"".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--search", action="append", default=[],
                    help="extra loader folder under ROOT (Sphinx resolves layout.html through the theme chain)")
    ap.add_argument("--engine", choices=["jinja2", "go", "erb", "handlebars", "twig"], default="jinja2")
    ap.add_argument("--base", help="with --engine go: the base template (baseof.html) relative to ROOT")
    ap.add_argument("templates", nargs="*")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    names = args.templates or sorted(
        os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith((".html", ".erb", ".hbs", ".twig")))

    work = tempfile.mkdtemp(prefix="scriptlint-render-")
    # The marked copy of the whole tree, so that parents are rendered with markers too.
    for d, _, fs in os.walk(root):
        for f in fs:
            src = os.path.join(d, f)
            dst = os.path.join(work, "tree", os.path.relpath(src, root))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            data = open(src, "rb").read()
            open(dst, "wb").write(marked(data) if f.endswith((".html", ".erb", ".hbs", ".twig")) else data)
    paths = [os.path.join(work, "tree")] + [os.path.join(work, "tree", p) for p in args.search]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(paths), undefined=Anything,
                             extensions=["jinja2.ext.i18n", "jinja2.ext.do", "jinja2.ext.loopcontrols"])
    env.install_null_translations()
    env.filters = AnyMap(env.filters, lambda v, *a, **k: v)
    env.tests = AnyMap(env.tests, lambda *a, **k: True)

    model = {}
    out = subprocess.run([args.scriptlint, "--print-model"] + [os.path.join(root, n) for n in names],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        s = json.loads(line)
        model[(os.path.relpath(s["path"], root), s["startOffset"])] = s

    checked, skipped, problems = 0, [], []
    rendered_ok = set()
    seen = set()
    # Twice: every name true (first branches, `if x`), then every name false (`if not x`, else).
    for truth, name in [(t, n) for t in (True, False) for n in names]:
        TRUTH[0] = truth
        try:
            if args.engine == "twig":
                if not truth:
                    continue
                done = subprocess.run(["php", os.path.join(os.path.dirname(os.path.abspath(__file__)), "twigrender", "render.php"),
                                       os.path.join(work, "tree"), name], capture_output=True, text=True)
                if done.returncode != 0:
                    raise RuntimeError((done.stderr or done.stdout).strip()[:200])
                html = done.stdout
            elif args.engine == "handlebars":
                import collections
                import pybars
                compiler = pybars.Compiler()
                empty = compiler.compile("")
                value = Anything() if truth else ""
                context = collections.defaultdict(lambda: value)
                partials = AnyMap({}, empty)
                source = open(os.path.join(work, "tree", name), encoding="utf-8").read()
                html = str(compiler.compile(source)(context, partials=partials))
            elif args.engine == "erb":
                if not truth:
                    continue
                done = subprocess.run(["ruby", os.path.join(os.path.dirname(os.path.abspath(__file__)), "erbrender", "render.rb"),
                                       os.path.join(work, "tree", name)], capture_output=True, text=True)
                if done.returncode != 0:
                    raise RuntimeError(done.stderr.strip())
                html = done.stdout
            elif args.engine == "go":
                if not truth:
                    continue
                tree = os.path.join(work, "tree")
                done = subprocess.run(["go", "run", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gorender", "main.go"),
                                       os.path.join(tree, args.base), os.path.join(tree, name)], capture_output=True, text=True)
                if done.returncode != 0:
                    raise RuntimeError(done.stderr.strip())
                html = done.stdout
            else:
                html = env.get_template(name).render()
        except Exception as e:  # a template the stub context cannot satisfy
            if not truth or args.engine not in ("jinja2", "handlebars"):
                skipped.append(f"{name}: {type(e).__name__}: {str(e)[:80]}")
            continue
        rendered_ok.add(name)
        page = os.path.join(work, "rendered", str(truth), name)
        os.makedirs(os.path.dirname(page), exist_ok=True)
        open(page, "w", encoding="utf-8").write(html)
        rendered = subprocess.run([args.scriptlint, "--print-model", page], capture_output=True, text=True).stdout
        marks = re.findall(r'<script\b[^>]*?data-sl="(\d+)"', html)
        scripts = [json.loads(l) for l in rendered.splitlines()]
        # Rendered scripts in order, each with its marker (parents' scripts carry theirs too).
        ordered = [s for s in scripts if not s["svg"]]
        for s, mark in zip([s for s in ordered], re.findall(r'<script\b([^>]*)>', html, re.I)):
            found = re.search(r'data-sl="(\d+)"', mark)
            if not found:
                continue
            key = (name, int(found.group(1)))
            t = model.get(key)
            if t is None or t["placement"] == "unknown" or t["inert"] or s["inert"]:
                continue
            checked += 1
            seen.add(key)
            # A conditional attribute may or may not render: the model says so, and either is right.
            conditional = set(t.get("conditional") or []) | ({"async", "defer"} if t.get("unknownAttributes") else set())
            want = ("head" if s["placement"] == "head" else "body",
                    None if "async" in conditional else s["async"], None if "defer" in conditional else s["defer"])
            got = ("head" if t["placement"] == "head" else "body",
                   None if "async" in conditional else t["async"], None if "defer" in conditional else t["defer"])
            where = f"{name}:{t['line']}:{t['column']}"
            if want != got:
                problems.append(f"{where}: rendered {want}, template model {got}")
            elif want[0] == "body" and s["atEndOfBody"] != t["atEndOfBody"] and not t.get("endOfBodyUnknown"):
                problems.append(f"{where}: rendered end of body {s['atEndOfBody']}, template model {t['atEndOfBody']}")
    skipped = [s for s in skipped if s.split(":")[0] not in rendered_ok]
    engine = {"jinja2": f"Jinja2 {jinja2.__version__}", "go": "Go html/template", "erb": "Ruby ERB",
              "handlebars": "Handlebars (pybars3)", "twig": "Twig (php-twig)"}[args.engine]
    print(f"render check ({engine}): {len(rendered_ok)} of {len(names)} templates rendered, "
          f"{len(seen)} template scripts compared in {checked} renderings, {len(problems)} disagreements")
    for s in skipped:
        print("  not rendered: " + s)
    for p in problems:
        print("  DISAGREEMENT: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
