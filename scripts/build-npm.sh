#!/usr/bin/env bash
# Builds the npm packages the way esbuild and Biome ship native tools: `scriptlint` (a small
# launcher whose optionalDependencies name one package per platform) and `@scriptlint/<platform>`
# packages that each carry one release binary, with `os`, `cpu` and `libc` fields so that npm
# installs only the one that fits. Packs them with `npm pack` into OUT-DIR.
#
#   scripts/build-npm.sh OUT-DIR PLATFORM=WHEEL-OR-BINARY ...
#   e.g. scripts/build-npm.sh dist/npm linux-x64=dist/scriptlint-0.1.0-py3-none-manylinux_2_35_x86_64.whl
#
# PLATFORM is linux-x64, linux-arm64, darwin-arm64 or darwin-x64. Given a wheel (what the release
# workflow builds), the package carries the wheel's own binary and its THIRD_PARTY_NOTICES (the
# licences of what the binary links), so npm and PyPI ship the same bytes; given a bare binary
# (a local try), only the binary. The launcher lists all four platforms whatever is given.
# The version is the code's (python/wheel.py --version).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { echo "usage: scripts/build-npm.sh OUT-DIR PLATFORM=BINARY ..." >&2; exit 2; }
out=$(mkdir -p "$1" && cd "$1" && pwd)
shift
command -v npm >/dev/null || { echo "build-npm: npm is needed to pack (apt-get install npm)" >&2; exit 2; }
version=$(python3 "$root/python/wheel.py" --version)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

write_json() { python3 -c 'import json, sys; json.dump(json.loads(sys.argv[1]), open(sys.argv[2], "w"), indent=2); open(sys.argv[2], "a").write("\n")' "$1" "$2"; }

for pair in "$@"; do
    platform=${pair%%=*}
    binary=${pair#*=}
    case "$platform" in
        linux-x64) os=linux; cpu=x64; libc='["glibc"]' ;;
        linux-arm64) os=linux; cpu=arm64; libc='["glibc"]' ;;
        darwin-arm64) os=darwin; cpu=arm64; libc='' ;;
        darwin-x64) os=darwin; cpu=x64; libc='' ;;
        *) echo "build-npm: unknown platform $platform (linux-x64, linux-arm64, darwin-arm64, darwin-x64)" >&2; exit 2 ;;
    esac
    dir="$work/$platform"
    mkdir -p "$dir/bin"
    case "$binary" in
        *.whl)
            python3 - "$binary" "$dir" <<'PY'
import sys, zipfile
wheel = zipfile.ZipFile(sys.argv[1])
for name in wheel.namelist():
    if name == "scriptlint/bin/scriptlint":
        open(sys.argv[2] + "/bin/scriptlint", "wb").write(wheel.read(name))
    elif name.endswith(".dist-info/THIRD_PARTY_NOTICES"):
        open(sys.argv[2] + "/THIRD_PARTY_NOTICES", "wb").write(wheel.read(name))
PY
            [ -f "$dir/bin/scriptlint" ] || { echo "build-npm: $binary holds no scriptlint/bin/scriptlint" >&2; exit 2; } ;;
        *)
            [ -x "$binary" ] || { echo "build-npm: $binary is not an executable" >&2; exit 2; }
            cp "$binary" "$dir/bin/scriptlint" ;;
    esac
    chmod 755 "$dir/bin/scriptlint"
    sed "s/PLATFORM/$platform/g" "$root/npm/platform/README.md" > "$dir/README.md"
    cp "$root/LICENSE" "$dir/LICENSE"
    write_json "{\"name\": \"@scriptlint/$platform\", \"version\": \"$version\",
        \"description\": \"The scriptlint binary for $platform.\", \"license\": \"MIT\",
        \"repository\": {\"type\": \"git\", \"url\": \"git+https://github.com/scriptlint/scriptlint.git\"},
        \"os\": [\"$os\"], \"cpu\": [\"$cpu\"]${libc:+, \"libc\": $libc},
        \"files\": [\"bin/scriptlint\", \"README.md\", \"LICENSE\", \"THIRD_PARTY_NOTICES\"],
        \"preferUnplugged\": true}" "$dir/package.json"
    (cd "$dir" && npm pack --silent --pack-destination "$out" >/dev/null)
done

launcher="$work/scriptlint"
mkdir -p "$launcher/bin"
cp "$root/npm/scriptlint/bin/scriptlint.js" "$launcher/bin/scriptlint.js"
cp "$root/npm/scriptlint/README.md" "$root/LICENSE" "$launcher/"
write_json "{\"name\": \"scriptlint\", \"version\": \"$version\",
    \"description\": \"Find <script> loading mistakes in HTML pages and templates, the way a browser sees them.\",
    \"license\": \"MIT\", \"keywords\": [\"lint\", \"html\", \"script\", \"performance\", \"render-blocking\"],
    \"repository\": {\"type\": \"git\", \"url\": \"git+https://github.com/scriptlint/scriptlint.git\"},
    \"bin\": {\"scriptlint\": \"bin/scriptlint.js\"}, \"engines\": {\"node\": \">=14\"},
    \"files\": [\"bin/scriptlint.js\", \"README.md\", \"LICENSE\"],
    \"optionalDependencies\": {\"@scriptlint/linux-x64\": \"$version\", \"@scriptlint/linux-arm64\": \"$version\",
        \"@scriptlint/darwin-arm64\": \"$version\", \"@scriptlint/darwin-x64\": \"$version\"}}" "$launcher/package.json"
(cd "$launcher" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/*.tgz
