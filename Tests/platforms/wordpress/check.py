#!/usr/bin/env python3
"""Proof against a real WordPress: the scripts WordPress serves must be the scripts scriptlint
reads from the source of the active theme and plugins, handle by handle.

For each scenario (a theme and plugins, activated in a WordPress from Debian's packages, see
site.sh), every page listed is fetched from PHP's server on 127.0.0.1 and read with
`scriptlint --print-model` (plain HTML); the theme and plugin folders are read with
`scriptlint --print-model` in API mode. Every served `<script src id="HANDLE-js">` whose handle
the source model knows (a registration's handle, or the id of a script a hooked callback prints) must
agree on placement (head/body), `async`, `defer` and whether it ends the body; so must every served
script module (`<script type="module" id="ID-js-module">`, WordPress 6.5+) the model has.

usage: check.py SCRIPTLINT REPOSITORY WORKDIR
Prints one line per scenario and the totals; exits 1 on any disagreement.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request

scriptlint, repo, work = sys.argv[1:4]
site_sh = os.path.join(repo, "Tests/platforms/wordpress/site.sh")
fixtures = os.path.join(repo, "Fixtures/platforms/wordpress")
port = 18700 + os.getpid() % 200

SCENARIOS = [
    ("scriptlint-fixture", ["scriptlint-fixture"]),
    ("twentytwentyone", ["scriptlint-fixture", "akismet"]),
    ("twentytwentytwo", ["scriptlint-fixture", "akismet"]),  # a block theme: script modules in <head>
    ("twentytwentyone", []),
    # The WordPress Plugin Boilerplate: its handle is `$this->plugin_name`, known only at run time.
    ("twentytwentyone", ["plugin-name"]),
]
PAGES = ["/", "/?p=1", "/?page_id=2", "/?s=hello", "/?cat=1"]
# Logged in as the administrator (a cookie made with wp_generate_auth_cookie).
ADMIN_PAGES = ["/wp-admin/", "/wp-admin/edit.php", "/wp-admin/post.php?post=1&action=edit", "/wp-admin/plugins.php",
               "/wp-admin/options-general.php", "/wp-admin/options-general.php?page=akismet-key-config",
               "/wp-admin/customize.php", "/wp-admin/profile.php", "/wp-admin/themes.php"]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def model(paths, cwd):
    r = run([scriptlint, "--print-model", *paths], cwd=cwd)
    if r.returncode != 0 or r.stderr:
        sys.exit(f"scriptlint --print-model failed ({r.returncode}): {r.stderr}")
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def php(code):
    r = run([site_sh, "php", work, code])
    if r.returncode != 0:
        sys.exit(f"PHP in WordPress failed: {r.stderr}{r.stdout}")
    return r.stdout


def main():
    if os.path.exists(work):
        shutil.rmtree(work)
    r = run([site_sh, "start", work, str(port)])
    if r.returncode != 0:
        sys.exit(f"WordPress did not start: {r.stderr}")
    try:
        content = os.path.join(work, "site/wp-content")
        for kind in ("themes", "plugins"):
            for name in os.listdir(os.path.join(fixtures, kind)):
                shutil.copytree(os.path.join(fixtures, kind, name), os.path.join(content, kind, name))
        with open(os.path.join(content, ".scriptlintrc.json"), "w") as f:
            json.dump({"extensions": ["php"], "platforms": {"wordpress": {"version": php("echo get_bloginfo('version');")}}}, f)
        version = php("echo get_bloginfo('version');")
        cookie = php("$e = time() + 7200; echo AUTH_COOKIE, '=', wp_generate_auth_cookie(1, $e, 'auth'), '; ', "
                     "LOGGED_IN_COOKIE, '=', wp_generate_auth_cookie(1, $e, 'logged_in');")
        print(f"WordPress {version} on 127.0.0.1:{port}")
        totals = {"compared": 0, "agree": 0, "core-only": 0, "pages": 0, "by-file": 0, "modules": 0}
        problems = []
        for theme, plugins in SCENARIOS:
            php(f"switch_theme('{theme}'); deactivate_plugins(array_keys(get_plugins()));"
                + "".join(f"activate_plugin('{p}/{p}.php') ?: null;" if p != "akismet" else "activate_plugin('akismet/akismet.php');" for p in plugins))
            paths = [f"themes/{theme}"] + [f"plugins/{p}" for p in plugins]
            source = {}
            # Scripts whose handle is not a literal (`$this->plugin_name`): by the file their src
            # names (its last literal part, e.g. 'js/plugin-name-public.js').
            by_file = {}
            modules = {}
            for rec in model(paths, cwd=content):
                if rec.get("kind") == "module" and rec.get("handle"):
                    modules.setdefault(rec["handle"], []).append(rec)
                    continue
                # API scripts by handle; scripts that hooked callbacks print, by their `HANDLE-js` id.
                m = re.fullmatch(r"(.+)-js", rec.get("id") or "")
                key = rec.get("handle") or (m.group(1) if m else None)
                if key and key.startswith("$") and rec.get("external"):
                    literals = re.findall(r"'([^']*)'|\"([^\"]*)\"", rec.get("src") or "")
                    tail = next((a or b for a, b in reversed(literals) if (a or b).endswith(".js")), None)
                    if tail:
                        by_file.setdefault(tail, []).append(rec)
                elif key and rec.get("external"):
                    source.setdefault(key, []).append(rec)
            compared = agree = core_only = 0
            conditional_printed = False
            for page in PAGES + [p for p in ADMIN_PAGES if "akismet" not in p or "akismet" in plugins]:
                context = ("customizer" if "customize.php" in page else "editor" if "action=edit" in page
                           else "admin" if page.startswith("/wp-admin/") else "front")
                request = urllib.request.Request(f"http://127.0.0.1:{port}{page}", headers={"Cookie": cookie} if context != "front" else {})
                try:
                    html = urllib.request.urlopen(request, timeout=60).read()
                except urllib.error.HTTPError as e:
                    sys.exit(f"{page}: HTTP {e.code}")
                name = os.path.join(work, f"{theme}-{'-'.join(plugins) or 'none'}-{re.sub(r'[^a-z0-9]+', '_', page)}.html")
                with open(name, "wb") as f:
                    f.write(html)
                if re.search(rb"<!--\[if lt IE 9\]>\s*<script[^>]*id=['\"]fx-theme-html5-js['\"][^>]*></script>\s*<!\[endif\]-->", html):
                    conditional_printed = True
                totals["pages"] += 1
                for served in model([name], cwd=work):
                    module = re.fullmatch(r"(.+)-js-module", served.get("id") or "")
                    m = re.fullmatch(r"(.+)-js", served.get("id") or "")
                    if not (m or module) or not served["external"]:
                        continue
                    handle = (module or m).group(1)
                    path = (served.get("src") or "").split("?")[0]
                    if module:
                        records = modules.get(module.group(1), [])
                        totals["modules"] += bool(records)
                    else:
                        records = source.get(handle) or next((recs for tail, recs in by_file.items() if path.endswith("/" + tail)), [])
                    if records and handle not in source:
                        totals["by-file"] += 1
                    # The model's variant for this kind of page; a script the run's calls enqueue on other
                    # kinds of page only is printed here by core itself.
                    got = set()
                    for s in records:
                        variants = s.get("variants") or []
                        v = next((v for v in variants if v["context"] == context), None if variants else s)
                        if v:
                            # End of body is compared where the model knows it (not on admin pages).
                            end = v["atEndOfBody"] if v["atEndOfBody"] is not None else served["atEndOfBody"]
                            got.add((v["placement"], v["async"], v["defer"], end))
                    if not got:
                        core_only += 1
                        continue
                    compared += 1
                    want = (served["placement"], served["async"], served["defer"], served["atEndOfBody"])
                    if got == {want}:
                        agree += 1
                    else:
                        problems.append(f"{theme} {plugins} {page}: {handle}: served {want}, source {sorted(got)} "
                                        f"({'; '.join(s.get('why') or s.get('placementReason') or '' for s in records)})")
            # A script with `conditional` data: WordPress prints it inside an IE conditional comment,
            # which browsers (and so the served page's model) read as a comment; the source model
            # must not report it either.
            if theme == "scriptlint-fixture":
                if not conditional_printed:
                    problems.append(f"{theme}: fx-theme-html5 was not printed inside an IE conditional comment")
                if "fx-theme-html5" in source:
                    problems.append(f"{theme}: the source model has fx-theme-html5, which no browser loads")
            print(f"{theme} + {', '.join(plugins) or 'no plugins'}: {compared} served scripts compared, {agree} agree, "
                  f"{core_only} not in the source model (core's own enqueues, handles from variables)")
            totals["compared"] += compared
            totals["agree"] += agree
            totals["core-only"] += core_only
        print(f"total: {totals['pages']} pages, {totals['compared']} scripts compared, {totals['agree']} agree, "
              f"{totals['core-only']} not in the source model, {totals['by-file']} matched by their file (a handle from a variable), "
              f"{totals['modules']} script modules")
        if totals["by-file"] == 0:
            problems.append("the boilerplate plugin's scripts (handle $this->plugin_name) were never compared")
        if totals["modules"] == 0 and [int(x) for x in version.split(".")[:2]] >= [6, 5]:
            problems.append(f"WordPress {version} has script modules, but none was compared")
        for p in problems:
            print("DISAGREE " + p)
        if problems or totals["compared"] < 20:
            sys.exit(1)
    finally:
        run([site_sh, "stop", work])


main()
