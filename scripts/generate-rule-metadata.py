#!/usr/bin/env python3
"""The README's rule table, the configuration schema's `rules` and `platforms` entries and each rule
page's "Where it lives" section (its code, its tests and fixtures, and the fixture pages that
trigger it, counted from the `.expected` files), generated from what the rules and platforms
declare in the code (`RuleInfo`, `Platform.settings`), as `scriptlint --list-rules --format json`
prints it; then the pages are embedded again (`scripts/embed-rule-docs.py`). Run after adding or changing a rule or a
platform setting; `RuleMetadataTests` runs it with --check and fails while a file differs.

  scripts/generate-rule-metadata.py [--scriptlint PATH] [--check]

PATH defaults to .build/debug/scriptlint. With --check nothing is written: exit 1 and the name of
each file that would change.
"""
import argparse
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
SEVERITIES = {"enum": ["off", "warning", "error"]}


def option_schema(option):
    if option["type"] == "strings":
        return {"type": "array", "items": {"type": "string"}, "description": option["summary"]}
    sys.exit(f"generate-rule-metadata: unknown option type {option['type']!r}")


def rule_schema(rule):
    if rule["options"]:
        options = {"type": "object", "additionalProperties": False,
                   "properties": {name: option_schema(o) for name, o in rule["options"].items()}}
    else:
        options = {"type": "object", "additionalProperties": False, "maxProperties": 0}
    return {"oneOf": [SEVERITIES, {"type": "array", "prefixItems": [SEVERITIES, options], "items": False, "minItems": 1}],
            "description": rule["documentation"]}


def setting_schema(setting):
    default = setting["default"]
    shown = default if isinstance(default, str) else json.dumps(default)
    out = {"description": f"{setting['summary']} Default: {shown}."}
    if setting["type"] == "boolean":
        out["type"] = "boolean"
    elif setting["type"] == "release":
        out.update({"type": "string", "pattern": r"^[0-9]+(\.[0-9]+){0,2}$"})
    else:
        sys.exit(f"generate-rule-metadata: unknown setting type {setting['type']!r}")
    return out


def readme_table(rules):
    rows = ["| rule | default | fix | reports |", "|---|---|---|---|"]
    for r in rules:
        rows.append(f"| [`{r['id']}`](Rules/{r['id']}.md) | {r['defaultSeverity']} | {'yes' if r['fixable'] else '—'} | {r['brief']} |")
    return rows


def fixture_counts():
    """Rule id -> {fixture file: findings}, from Fixtures/*.expected."""
    import re
    counts = {}
    for expected in sorted((root / "Fixtures").glob("*.expected")):
        for line in expected.read_text(encoding="utf-8").split("\n"):
            m = re.match(r"^(.+?):\d+:\d+: (?:error|warning): .*\[([a-z-]+)\]$", line)
            if not m:
                continue
            path = m.group(1) if m.group(1).startswith("Fixtures/") else "Fixtures/" + m.group(1)
            counts.setdefault(m.group(2), {}).setdefault(path, 0)
            counts[m.group(2)][path] += 1
    return counts


def where_it_lives(rule, fixtures):
    rid = rule["id"]
    lines = ["## Where it lives", "",
             f"- The rule: [`{rule['source']}`](../{rule['source']}).",
             "- Its tests: every example above (`RuleDocsTests` lints each; a `↓` must be reported there and"
             " nowhere else)"]
    if (root / "Rules" / rid / "fix-before.html").exists():
        lines[-1] += (f", and `--fix` from [`{rid}/fix-before.html`]({rid}/fix-before.html) to"
                      f" [`{rid}/fix-after.html`]({rid}/fix-after.html) (`FixTests`, `FixSafetyTests`).")
    else:
        lines[-1] += "."
    found = sorted(fixtures.get(rid, {}).items(), key=lambda kv: (-kv[1], kv[0]))
    if found:
        shown = ", ".join(f"[`{p[len('Fixtures/'):]}`](../{p}) ({n})" for p, n in found[:10])
        more = f", and {len(found) - 10} more" if len(found) > 10 else ""
        lines.append(f"- Fixture pages that trigger it (findings, from `Fixtures/*.expected`): {shown}{more}.")
    else:
        lines.append("- No fixture page triggers it.")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scriptlint", default=str(root / ".build/debug/scriptlint"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    listed = json.loads(subprocess.run([args.scriptlint, "--list-rules", "--format", "json"], check=True,
                                       capture_output=True, text=True).stdout)
    changed = []

    schema_path = root / "Schemas/config.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    schema["properties"]["rules"]["properties"] = {r["id"]: rule_schema(r) for r in listed["rules"]}
    schema["properties"]["platforms"]["properties"] = {
        p["id"]: {"type": "object", "additionalProperties": False,
                  "properties": {s["name"]: setting_schema(s) for s in p["settings"]}}
        for p in listed["platforms"] if p["settings"]}
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if text != schema_path.read_text(encoding="utf-8"):
        changed.append(schema_path)
        if not args.check:
            schema_path.write_text(text, encoding="utf-8")

    readme_path = root / "README.md"
    lines = readme_path.read_text(encoding="utf-8").split("\n")
    start = lines.index("| rule | default | fix | reports |")
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    new = lines[:start] + readme_table(listed["rules"]) + lines[end:]
    if new != lines:
        changed.append(readme_path)
        if not args.check:
            readme_path.write_text("\n".join(new), encoding="utf-8")

    fixtures = fixture_counts()
    pages_changed = False
    for rule in listed["rules"]:
        page_path = root / "Rules" / f"{rule['id']}.md"
        lines = page_path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        if "## Where it lives" in lines:
            lines = lines[:lines.index("## Where it lives")]
            while lines and lines[-1] == "":
                lines.pop()
        new = "\n".join(lines + [""] + where_it_lives(rule, fixtures)) + "\n"
        if new != page_path.read_text(encoding="utf-8"):
            changed.append(page_path)
            pages_changed = True
            if not args.check:
                page_path.write_text(new, encoding="utf-8")
    if pages_changed and not args.check:
        subprocess.run([sys.executable, str(root / "scripts/embed-rule-docs.py")], check=True)

    for path in changed:
        print(f"{'differs' if args.check else 'wrote'}: {path.relative_to(root)}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
