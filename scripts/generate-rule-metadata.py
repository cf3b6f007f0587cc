#!/usr/bin/env python3
"""The README's rule table and the configuration schema's `rules` and `platforms` entries,
generated from what the rules and platforms declare in the code (`RuleInfo`, `Platform.settings`),
as `scriptlint --list-rules --format json` prints it. Run after adding or changing a rule or a
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

    for path in changed:
        print(f"{'differs' if args.check else 'wrote'}: {path.relative_to(root)}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
