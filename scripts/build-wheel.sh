#!/usr/bin/env bash
# Builds the scriptlint wheel into dist/: the release binary with the Swift runtime, libxml2 (and the
# ICU, liblzma and zlib it needs) linked statically, inside a Python launcher package, tagged with
# the oldest manylinux (glibc) policy that auditwheel finds it consistent with (on macOS: the
# deployment target). libcurl is not linked: it is loaded when a URL is first fetched.
#
#   scripts/build-wheel.sh [OUT-DIR]     (default dist/; prints the wheel's path last)
#
# Needs Swift 6, libxml2-dev, libicu-dev, liblzma-dev, zlib1g-dev, libcurl4-openssl-dev (headers
# only) and, from PyPI, auditwheel.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
scratch=.build-wheel
mkdir -p "$scratch" "$out"
# One build at a time in the shared scratch folder (`swift test --parallel` runs several test processes).
if command -v flock >/dev/null; then
    exec 9>"$scratch/.lock"
    flock 9
fi

link_flags=()
if [ "$(uname -s)" = Linux ]; then
    # -lxml2 and -lz find these linker scripts before the shared libraries in the system folders,
    # so the same Package.swift links the static archives (GNU ld, gold and lld all read GROUP).
    static="$PWD/$scratch/static-libs"
    mkdir -p "$static"
    archive() {
        local found
        found=$(cc -print-file-name="lib$1.a")
        if [ "$found" = "lib$1.a" ] || [ ! -f "$found" ]; then
            echo "build-wheel: lib$1.a not found (apt-get install $2)" >&2
            exit 2
        fi
        echo "$found"
    }
    xml2=$(archive xml2 libxml2-dev); z=$(archive z zlib1g-dev); lzma=$(archive lzma liblzma-dev)
    icui18n=$(archive icui18n libicu-dev); icuuc=$(archive icuuc libicu-dev); icudata=$(archive icudata libicu-dev)
    echo "GROUP ( $xml2 $icui18n $icuuc $icudata $lzma $z )" > "$static/libxml2.so"
    echo "GROUP ( $z )" > "$static/libz.so"
    # SwiftPM puts pkg-config's -L first; this libxml-2.0.pc names the folder above instead of the
    # system's, where the shared libxml2 would win.
    mkdir -p "$static/pkgconfig"
    cat > "$static/pkgconfig/libxml-2.0.pc" <<PC
Name: libXML
Version: $(pkg-config --modversion libxml-2.0)
Description: libxml2, linked statically for the wheel
Libs: -L$static -lxml2
Cflags: $(pkg-config --cflags libxml-2.0)
PC
    export PKG_CONFIG_PATH="$static/pkgconfig"
    link_flags=(-Xlinker -L"$static" -Xlinker -lstdc++ -Xlinker -lm)
fi

swift build -c release --product scriptlint --scratch-path "$scratch" ${link_flags[@]+"${link_flags[@]}"} >&2
binary="$scratch/release/scriptlint"
strip_copy="$scratch/scriptlint.stripped"
cp "$binary" "$strip_copy"
strip "$strip_copy" 2>/dev/null || true

case "$(uname -s)-$(uname -m)" in
    Linux-*)
        if ldd "$strip_copy" | grep -Eq 'libxml2|libcurl|libicu|libz\.|liblzma|libswift'; then
            echo "build-wheel: the binary still needs a library the wheel does not carry:" >&2
            ldd "$strip_copy" >&2
            exit 1
        fi
        python3 -c 'import auditwheel' 2>/dev/null || { echo "build-wheel: pip install auditwheel" >&2; exit 2; }
        # A first wheel tagged for this platform only; auditwheel reads its ELF symbol versions and
        # names the oldest policy it satisfies, and the final wheel carries that tag.
        probe_dir=$(mktemp -d)
        trap 'rm -rf "$probe_dir"' EXIT
        probe=$(python3 python/wheel.py "$strip_copy" "py3-none-linux_$(uname -m)" "$probe_dir")
        report=$(python3 -m auditwheel show "$probe")
        echo "$report" >&2
        tag=$(grep -oE '"manylinux_[0-9]+_[0-9]+_[a-z0-9_]+"' <<<"$report" | head -n 1 | tr -d '"')
        if [ -z "$tag" ]; then
            echo "build-wheel: auditwheel found no manylinux policy for the binary" >&2
            exit 1
        fi
        ;;
    Darwin-*)
        # The oldest macOS the binary was built for: MACOSX_DEPLOYMENT_TARGET, else this one.
        target=${MACOSX_DEPLOYMENT_TARGET:-$(sw_vers -productVersion)}
        major=${target%%.*}
        tag="macosx_${major}_0_$(uname -m)"
        ;;
    *) echo "build-wheel: unsupported platform $(uname -s)" >&2; exit 2 ;;
esac
python3 python/wheel.py "$strip_copy" "py3-none-$tag" "$out"
