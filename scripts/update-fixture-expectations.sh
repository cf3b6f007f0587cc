#!/usr/bin/env bash
# Rewrites Fixtures/*.expected from the current build. Review the diff before committing it:
# every line is a claim about what a browser does with that page.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product scriptlint >/dev/null
for page in Fixtures/*.html; do
    expected="${page%.html}.expected"
    set +e
    output=$(.build/debug/scriptlint --no-color "$page")
    status=$?
    set -e
    printf '# exit: %s\n%s\n' "$status" "$output" > "$expected"
done
for set in templates platforms frameworks; do
    set +e
    output=$(cd Fixtures && ../.build/debug/scriptlint --no-color $set)
    status=$?
    set -e
    printf '# exit: %s\n%s\n' "$status" "$output" > Fixtures/$set.expected
done
echo "updated $(ls Fixtures/*.expected | wc -l) expectations"
