#!/usr/bin/env bash
# The action's second step: one run of scriptlint, whose log is in the chosen format (annotations by
# default) and which writes the JSON report (for the summary and the outputs) and the SARIF report
# alongside (--report), under RUNNER_TEMP. With only-changed, the run reports only the lines the
# event's change adds (--changed-lines). The step's status follows the run's exit code. Runs on
# bash 3.2 (macOS runners) and later: no mapfile, and empty arrays expanded with ${a[@]+...}.
set -uo pipefail
: "${GITHUB_ACTION_PATH:?}" "${GITHUB_OUTPUT:?}" "${RUNNER_TEMP:?}"
bin=${SCRIPTLINT_BIN:-scriptlint}
python=$(command -v python3 || command -v python)

# Paths: one per line when there are several lines, otherwise split on spaces. Arguments: shell
# quoting, read by Python's shlex (nothing is evaluated).
paths=()
case "${SCRIPTLINT_PATHS:-.}" in
    *$'\n'*) while IFS= read -r line; do [ -n "$line" ] && paths+=("$line"); done <<<"$SCRIPTLINT_PATHS" ;;
    *) read -r -a paths <<<"${SCRIPTLINT_PATHS:-.}" ;;
esac
[ ${#paths[@]} -eq 0 ] && paths=(.)
args=()
if [ -n "${SCRIPTLINT_ARGS:-}" ]; then
    split="$RUNNER_TEMP/scriptlint-args"
    if ! "$python" -c 'import shlex, sys; sys.stdout.write("".join(a + "\0" for a in shlex.split(sys.argv[1])))' "$SCRIPTLINT_ARGS" > "$split"; then
        echo "::error title=scriptlint::the args input is not valid shell quoting: $SCRIPTLINT_ARGS"
        exit 2
    fi
    while IFS= read -r -d '' arg; do args+=("$arg"); done < "$split"
fi

reports=()
json="$RUNNER_TEMP/scriptlint-report.json"
rm -f "$json"
reports+=(--report "json=$json")
sarif=${SCRIPTLINT_SARIF-auto}
[ "$sarif" = auto ] && sarif="$RUNNER_TEMP/scriptlint.sarif"
[ -n "$sarif" ] && reports+=(--report "sarif=$sarif")

if [ "${SCRIPTLINT_ONLY_CHANGED:-false}" = true ]; then
    base=$("$python" - <<'PY'
import json, os
event = {}
try:
    event = json.load(open(os.environ.get("GITHUB_EVENT_PATH", "")))
except (OSError, ValueError):
    pass
pr = event.get("pull_request") or {}
base = (pr.get("base") or {}).get("sha") or event.get("before") or ""
print("" if set(base) <= {"0"} else base)
PY
)
    if [ -z "$base" ]; then
        echo "::notice title=scriptlint::only-changed: this ${GITHUB_EVENT_NAME:-event} has no base commit; every line is reported"
    else
        if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
            git fetch --quiet --depth=1 origin "$base" 2>/dev/null || true
        fi
        diff="$RUNNER_TEMP/scriptlint-changes.diff"
        if git diff --unified=0 --no-color --no-ext-diff "$base" HEAD > "$diff" 2>/dev/null; then
            reports+=(--changed-lines "$diff")
        else
            echo "::error title=scriptlint::only-changed: cannot diff against the base commit $base (use actions/checkout with fetch-depth: 0)"
            exit 2
        fi
    fi
fi

"$bin" ${args[@]+"${args[@]}"} "${reports[@]}" --format "${SCRIPTLINT_FORMAT:-github}" -- "${paths[@]}"
status=$?
[ -n "$sarif" ] && [ ! -f "$sarif" ] && sarif=""

counts="0 0"
if [ -f "$json" ]; then
    counts=$("$python" "$GITHUB_ACTION_PATH/action/summary.py" --counts "$json") || counts="0 0"
fi
read -r errors warnings <<<"$counts"
if [ "${SCRIPTLINT_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$json" ]; then
    summary_args=("$json" --exit-code "$status")
    [ -n "$sarif" ] && summary_args+=(--sarif "$sarif")
    "$python" "$GITHUB_ACTION_PATH/action/summary.py" "${summary_args[@]}" >> "$GITHUB_STEP_SUMMARY"
fi
rm -f "$json"
{
    echo "exit-code=$status"
    echo "errors=$errors"
    echo "warnings=$warnings"
    echo "sarif=$sarif"
} >> "$GITHUB_OUTPUT"

if [ "$status" -eq 1 ] && [ "${SCRIPTLINT_FAIL:-true}" != true ]; then
    exit 0
fi
exit "$status"
