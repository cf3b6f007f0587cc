#!/usr/bin/env python3
"""Template mode against the real engine: renders each template with the engine that owns its
dialect and checks that the scripts of the rendered page are where scriptlint's template model says.

Every `<script` of each template gets a marker attribute (`data-sl="F-N"`: F the file, N the
offset in it) before rendering, so each script of the rendered page — from the template, its
parents or its includes — is traced back to its line in the file it comes from. A rendering that is
not a page (a partial rendered alone) is not compared: only pages say where a script lands.

The stub context renders every name as an empty string that is truthy, iterates once
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

try:
    import jinja2
    import markupsafe
    _Undefined = jinja2.Undefined
except ImportError:   # only --engine jinja2 needs Jinja2; the stub values below work without it
    jinja2 = markupsafe = None
    _Undefined = object


TRUTH = [True]


class Anything(_Undefined):
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
TEMPLATE_NAMES = (".html", ".erb", ".hbs", ".twig", ".php")
PAGE = re.compile(r"<!doctype|<html|<head|<body", re.I)


def marked(source, file_id):
    """The template with data-sl="file-offset" after each <script (outside {% %}/{{ }}/{# #})."""
    out, pos = [], 0
    for m in SCRIPT.finditer(source):
        before = source[:m.start()]
        if before.count(b"{{") > before.count(b"}}") or before.count(b"{%") > before.count(b"%}"):
            continue
        out.append(source[pos:m.end()])
        out.append(b' data-sl="%d-%d"' % (file_id, m.start()))
        pos = m.end()
    out.append(source[pos:])
    return b"".join(out)


FRONT = re.compile(rb"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


def jekyll_source(data):
    """What Jekyll hands Liquid: the front matter kept aside as a comment (the layout is read from
    it), `{% include name.html %}` resolved in _includes/, Jekyll's plugin tags dropped."""
    front = FRONT.match(data)
    body = data[front.end():] if front else data
    layout = re.search(rb"^layout:\s*['\"]?([^'\"\s]+)", front.group(1), re.M) if front else None
    body = re.sub(rb"\{%(-?)\s*include\s+([\w./-]+)", rb"{%\1 include '_includes/\2'", body)
    body = re.sub(rb"\{%-?\s*(seo|feed_meta|post_url[^%]*|link[^%]*)\s*-?%\}", b"", body)
    return (b"{%% comment %%}layout:%s{%% endcomment %%}" % layout.group(1) if layout else b"") + body


class AnyValue(dict):
    """Jekyll's site/page/layout objects: every key exists, true (or false), iterates once."""
    def __getitem__(self, k): return AnyValue()
    def get(self, k, default=None): return AnyValue()
    def __iter__(self): return iter([AnyValue()]) if TRUTH[0] else iter([])
    def __len__(self): return 1 if TRUTH[0] else 0
    def __str__(self): return ""
    def __bool__(self): return TRUTH[0]
    def __eq__(self, o): return TRUTH[0]
    def __ne__(self, o): return not TRUTH[0]
    def __hash__(self): return 0
    def __contains__(self, k): return TRUTH[0]


DJANGO = []


def render_django(tree, name, truth):
    """Django's own engine, with the admin's template libraries; `{% url %}` renders "" (there is
    no URLconf), every other name resolves to the stub value."""
    if not DJANGO:
        import django
        from django.conf import settings
        stubs = os.path.join(tree, "..", "stubs")
        os.makedirs(stubs, exist_ok=True)
        open(os.path.join(stubs, "scriptlint_stub_tags.py"), "w").write(
            "from django import template\nregister = template.Library()\n"
            "@register.simple_tag(name='url')\ndef url(*a, **k):\n    return ''\n")
        open(os.path.join(stubs, "scriptlint_urls.py"), "w").write("urlpatterns = []\n")
        sys.path.insert(0, stubs)
        settings.configure(
            INSTALLED_APPS=["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                            "django.contrib.messages", "django.contrib.sessions", "django.contrib.staticfiles"],
            DATABASES={}, STATIC_URL="/static/", USE_I18N=True, ROOT_URLCONF="scriptlint_urls", SECRET_KEY="x")
        django.setup()
        from django.template import Engine
        from django.template.backends.django import get_installed_libraries
        DJANGO.append(Engine(dirs=[tree], builtins=["scriptlint_stub_tags"], libraries=get_installed_libraries(),
                             app_dirs=False, debug=False))
    from django.template import Context

    class Names(dict):
        def __contains__(self, key): return True
        def __getitem__(self, key): return Anything() if truth else ""
    context = Context()
    context.dicts.insert(1, Names())
    return DJANGO[0].get_template(name).render(context)


def render_jekyll(tree, name, truth):
    """A page as Jekyll renders it: the page, then its layout with `content`, up the layout chain."""
    import liquid
    env = liquid.Environment(loader=liquid.FileSystemLoader(tree))
    env.filters = AnyMap(env.filters, lambda v, *a, **k: v)
    context = {n: AnyValue() for n in ["site", "page", "jekyll", "layout", "paginator", "include"]}
    source = open(os.path.join(tree, name), encoding="utf-8").read()
    html = ""
    for _ in range(8):
        layout = re.match(r"\{% comment %\}layout:(\S+)\{% endcomment %\}", source)
        html = env.from_string(source).render(**context, content=html)
        if not layout:
            return html
        path = os.path.join(tree, "_layouts", layout.group(1) + ("" if layout.group(1).endswith(".html") else ".html"))
        source = open(path, encoding="utf-8").read()
    return html


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--search", action="append", default=[],
                    help="extra loader folder under ROOT (Sphinx resolves layout.html through the theme chain)")
    ap.add_argument("--engine", choices=["jinja2", "django", "go", "erb", "handlebars", "twig", "liquid", "php"], default="jinja2")
    ap.add_argument("--base", help="with --engine go: the base template (baseof.html) relative to ROOT")
    ap.add_argument("--scriptlint-arg", dest="scriptlint_args", action="append", default=[],
                    help="an extra scriptlint argument (e.g. --config FILE for .php)")
    ap.add_argument("templates", nargs="*")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    names = args.templates or sorted(
        os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith(TEMPLATE_NAMES))
    every = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith(TEMPLATE_NAMES))
    file_ids = {name: k for k, name in enumerate(every)}

    work = tempfile.mkdtemp(prefix="scriptlint-render-")
    # The marked copy of the whole tree, so that parents are rendered with markers too.
    for d, _, fs in os.walk(root):
        for f in fs:
            src = os.path.join(d, f)
            dst = os.path.join(work, "tree", os.path.relpath(src, root))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            data = open(src, "rb").read()
            rel = os.path.relpath(src, root)
            if rel in file_ids:
                data = marked(data, file_ids[rel])
                if args.engine == "liquid":
                    data = jekyll_source(data)
            open(dst, "wb").write(data)
    paths = [os.path.join(work, "tree")] + [os.path.join(work, "tree", p) for p in args.search]
    env = None
    if args.engine == "jinja2":
        if jinja2 is None:
            sys.exit("render_check.py: --engine jinja2 needs Jinja2 (pip install Jinja2)")
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(paths), undefined=Anything,
                                 extensions=["jinja2.ext.i18n", "jinja2.ext.do", "jinja2.ext.loopcontrols"])
        env.install_null_translations()
        env.filters = AnyMap(env.filters, lambda v, *a, **k: v)
        env.filters["tojson"] = lambda v, *a, **k: markupsafe.Markup('""')   # the stub values are not JSON
        env.tests = AnyMap(env.tests, lambda *a, **k: True)

    model = {}
    out = subprocess.run([args.scriptlint, "--print-model"] + [os.path.join(root, n) for n in every] + args.scriptlint_args,
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
            elif args.engine == "django":
                html = render_django(os.path.join(work, "tree"), name, truth)
            elif args.engine == "liquid":
                html = render_jekyll(os.path.join(work, "tree"), name, truth)
            elif args.engine == "php":
                done = subprocess.run(["php", os.path.join(os.path.dirname(os.path.abspath(__file__)), "phprender", "render.php"),
                                       os.path.join(work, "tree"), name], capture_output=True, text=True,
                                      env=dict(os.environ, TRUTH="1" if truth else "0"))
                if done.returncode != 0 or "Fatal error" in done.stdout:
                    raise RuntimeError((done.stderr or done.stdout).strip()[-200:])
                html = done.stdout
            else:
                html = env.get_template(name).render()
        except Exception as e:  # a template the stub context cannot satisfy
            if not truth or args.engine not in ("jinja2", "django", "handlebars", "liquid", "php"):
                skipped.append(f"{name}: {type(e).__name__}: {str(e)[:80]}")
            continue
        rendered_ok.add(name)
        if not PAGE.search(html):
            continue
        page = os.path.join(work, "rendered", str(truth), name)
        os.makedirs(os.path.dirname(page), exist_ok=True)
        open(page, "w", encoding="utf-8").write(html)
        rendered = subprocess.run([args.scriptlint, "--print-model", page], capture_output=True, text=True).stdout
        scripts = [json.loads(l) for l in rendered.splitlines()]
        # Rendered scripts in order, each with its marker (parents' scripts carry theirs too).
        ordered = [s for s in scripts if not s["svg"]]
        for s, mark in zip([s for s in ordered], re.findall(r'<script\b([^>]*)>', html, re.I)):
            found = re.search(r'data-sl="(\d+)-(\d+)"', mark)
            if not found:
                continue
            key = (every[int(found.group(1))], int(found.group(2)))
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
            where = f"{key[0]}:{t['line']}:{t['column']} (rendered in {name})"
            if want != got:
                problems.append(f"{where}: rendered {want}, template model {got}")
            elif want[0] == "body" and s["atEndOfBody"] != t["atEndOfBody"] and not t.get("endOfBodyUnknown"):
                problems.append(f"{where}: rendered end of body {s['atEndOfBody']}, template model {t['atEndOfBody']}")
    skipped = [s for s in skipped if s.split(":")[0] not in rendered_ok]
    engine = {"jinja2": f"Jinja2 {jinja2.__version__ if jinja2 else ''}", "go": "Go html/template", "erb": "Ruby ERB",
              "handlebars": "Handlebars (pybars3)", "twig": "Twig (php-twig)", "liquid": "Liquid (python-liquid)", "django": "Django's template engine",
              "php": "PHP"}[args.engine]
    print(f"render check ({engine}): {len(rendered_ok)} of {len(names)} templates rendered, "
          f"{len(seen)} template scripts compared in {checked} renderings, {len(problems)} disagreements")
    for s in skipped:
        print("  not rendered: " + s)
    for p in problems:
        print("  DISAGREEMENT: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
