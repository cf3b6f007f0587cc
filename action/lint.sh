#!/usr/bin/env bash
# The action's second step: the log in the chosen format (annotations by default), the SARIF report
# and the job summary, from three runs over the same files (each is a fraction of a second on most
# repositories). The step's status follows the log run's exit code.
set -uo pipefail
: "${GITHUB_ACTION_PATH:?}" "${GITHUB_OUTPUT:?}"
bin=${SCRIPTLINT_BIN:-scriptlint}
python=$(command -v python3 || command -v python)

# Paths: one per line when there are several lines, otherwise split on spaces. Arguments: shell
# quoting, read by Python's shlex (nothing is evaluated).
paths=()
if [[ "${SCRIPTLINT_PATHS:-.}" == *$'\n'* ]]; then
    while IFS= read -r line; do [ -n "$line" ] && paths+=("$line"); done <<<"$SCRIPTLINT_PATHS"
else
    read -r -a paths <<<"${SCRIPTLINT_PATHS:-.}"
fi
[ ${#paths[@]} -eq 0 ] && paths=(.)
args=()
if [ -n "${SCRIPTLINT_ARGS:-}" ]; then
    if ! mapfile -d '' -t args < <("$python" -c 'import shlex, sys; sys.stdout.write("\0".join(shlex.split(sys.argv[1])) + "\0")' "$SCRIPTLINT_ARGS"); then
        echo "::error title=scriptlint::the args input is not valid shell quoting: $SCRIPTLINT_ARGS"
        exit 2
    fi
fi

sarif=${SCRIPTLINT_SARIF:-}
if [ -n "$sarif" ]; then
    "$bin" "${args[@]}" --format sarif --output "$sarif" -- "${paths[@]}" >/dev/null 2>&1
    [ -f "$sarif" ] || sarif=""
fi
json=$(mktemp)
"$bin" "${args[@]}" --format json --output "$json" -- "${paths[@]}" >/dev/null 2>&1
"$bin" "${args[@]}" --format "${SCRIPTLINT_FORMAT:-github}" -- "${paths[@]}"
status=$?

summary_args=("$json" --exit-code "$status")
[ -n "$sarif" ] && summary_args+=(--sarif "$sarif")
counts=$("$python" "$GITHUB_ACTION_PATH/action/summary.py" --counts "$json") || counts="0 0"
read -r errors warnings <<<"$counts"
if [ "${SCRIPTLINT_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
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
