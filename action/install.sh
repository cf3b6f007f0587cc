#!/usr/bin/env bash
# The action's first step: the scriptlint wheel into a virtual environment of its own under
# RUNNER_TEMP — the action's own version from PyPI, another version, a wheel file, or a wheel's URL —
# checked against a SHA-256 when one is given. Runs on bash 3.2 and later.
set -euo pipefail
: "${RUNNER_TEMP:?}" "${GITHUB_ACTION_PATH:?}" "${GITHUB_OUTPUT:?}"
python=$(command -v python3 || command -v python || true)
if [ -z "$python" ]; then
    echo "::error title=scriptlint::Python 3 is needed to install scriptlint (add actions/setup-python before this step)"
    exit 2
fi
requirement=${SCRIPTLINT_VERSION:-}
case "$requirement" in
    "")
        requirement="scriptlint==$("$python" "$GITHUB_ACTION_PATH/python/wheel.py" --version)" ;;
    http://*|https://*)
        requirement="scriptlint @ $requirement" ;;
    *)
        if [ -f "$requirement" ]; then
            requirement=$(cd "$(dirname "$requirement")" && pwd)/$(basename "$requirement")
        elif [ -e "$requirement" ] || [ "${requirement%.whl}" != "$requirement" ]; then
            echo "::error title=scriptlint::version: no wheel at $requirement"
            exit 2
        else
            requirement="scriptlint==${requirement#v}"
        fi ;;
esac
venv="$RUNNER_TEMP/scriptlint-venv"
"$python" -m venv "$venv"
if [ -n "${SCRIPTLINT_SHA256:-}" ]; then
    # pip's hash-checking mode: the download (or the file) must have exactly this digest.
    printf '%s --hash=sha256:%s\n' "$requirement" "${SCRIPTLINT_SHA256#sha256:}" > "$RUNNER_TEMP/scriptlint-requirements.txt"
    if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
            -r "$RUNNER_TEMP/scriptlint-requirements.txt"; then
        echo "::error title=scriptlint::the wheel does not have the SHA-256 given in sha256 (or could not be installed)"
        exit 2
    fi
else
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$requirement"
fi
"$venv/bin/scriptlint" --version
echo "bin=$venv/bin/scriptlint" >> "$GITHUB_OUTPUT"
