"""Runs a composite action's steps the way a GitHub runner does, on this machine: each `run` with
`bash --noprofile --norc -eo pipefail`, `${{ inputs.* }}` and `${{ steps.*.outputs.* }}` expanded in
`env` and `outputs`, GITHUB_ACTION_PATH, GITHUB_OUTPUT (per step), GITHUB_STEP_SUMMARY, GITHUB_PATH and
RUNNER_TEMP set, stopping at the first failing step. Prints a JSON record of what happened.

    python3 run_action.py ACTION_DIR WORKSPACE [--input NAME=VALUE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def expand(text: str, inputs: dict, steps: dict) -> str:
    def value(match: re.Match) -> str:
        expr = match.group(1)
        if expr.startswith("inputs."):
            return str(inputs.get(expr[len("inputs."):], ""))
        parts = expr.split(".")
        if len(parts) == 4 and parts[0] == "steps" and parts[2] == "outputs":
            return steps.get(parts[1], {}).get(parts[3], "")
        raise SystemExit(f"run_action.py: unsupported expression {expr!r}")
    return EXPRESSION.sub(value, str(text))


def read_outputs(path: Path) -> dict:
    outputs = {}
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    k = 0
    while k < len(lines):
        name, sep, rest = lines[k].partition("=")
        if sep:
            outputs[name] = rest
        elif "<<" in lines[k]:
            name, delimiter = lines[k].split("<<", 1)
            body = []
            k += 1
            while k < len(lines) and lines[k] != delimiter:
                body.append(lines[k])
                k += 1
            outputs[name] = "\n".join(body)
        k += 1
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action_dir")
    parser.add_argument("workspace")
    parser.add_argument("--input", action="append", default=[])
    options = parser.parse_args()
    action_dir = Path(options.action_dir).resolve()
    action = yaml.safe_load((action_dir / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite", "only composite actions are run here"

    inputs = {name: spec.get("default", "") for name, spec in (action.get("inputs") or {}).items()}
    for pair in options.input:
        name, _, value = pair.partition("=")
        if name not in inputs:
            raise SystemExit(f"run_action.py: the action has no input {name!r}")
        inputs[name] = value

    temp = Path(tempfile.mkdtemp(prefix="runner-"))
    summary = temp / "step_summary.md"
    path_file = temp / "path"
    summary.touch()
    path_file.touch()
    steps: dict[str, dict] = {}
    record = {"steps": [], "outputs": {}}
    extra_path: list[str] = []
    for number, step in enumerate(action["runs"]["steps"]):
        step_id = step.get("id", f"step{number}")
        output_file = temp / f"output_{number}"
        output_file.touch()
        env = dict(os.environ)
        env.update({
            "GITHUB_ACTIONS": "true", "CI": "true", "RUNNER_TEMP": str(temp), "GITHUB_WORKSPACE": options.workspace,
            "GITHUB_ACTION_PATH": str(action_dir), "GITHUB_OUTPUT": str(output_file),
            "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_PATH": str(path_file),
        })
        env["PATH"] = os.pathsep.join(extra_path + [env.get("PATH", "")])
        for name, value in (step.get("env") or {}).items():
            env[name] = expand(value, inputs, steps)
        assert step.get("shell") == "bash", "every step names its shell"
        script = temp / f"step_{number}.sh"
        script.write_text(expand(step["run"], inputs, steps), encoding="utf-8")
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=options.workspace,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        steps[step_id] = read_outputs(output_file)
        extra_path = [p for p in path_file.read_text().splitlines() if p]
        record["steps"].append({"id": step_id, "status": done.returncode, "log": done.stdout.decode("utf-8", "replace")})
        if done.returncode != 0:
            break
    for name, spec in (action.get("outputs") or {}).items():
        record["outputs"][name] = expand(spec.get("value", ""), inputs, steps)
    record["summary"] = summary.read_text(encoding="utf-8")
    record["status"] = record["steps"][-1]["status"]
    json.dump(record, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
