#!/usr/bin/env bash
# Installs a scriptlint wheel on a minimal Debian root with no Swift, no compiler and no libcurl
# (debootstrap --variant=minbase, plus python3-venv to make the venv), then runs it there:
#
#   Tests/wheel/fresh_root.sh WHEEL FIXTURES-DIR
#
# Prints, between markers, `scriptlint --version`, `scriptlint Fixtures` (run from a folder holding a
# copy of FIXTURES-DIR as Fixtures) with its exit status, and a URL run's exit status and message.
# The root is made once and kept (.build/fresh-root, ~280 MB); each run works in a folder of its
# own inside it and removes it. Needs root (chroot, mount) and Debian's debootstrap.
set -euo pipefail
wheel=$(realpath "$1")
fixtures=$(realpath "$2")
cd "$(dirname "$0")/../.."
root=${SCRIPTLINT_FRESH_ROOT:-$PWD/.build/fresh-root}
suite=${SCRIPTLINT_FRESH_SUITE:-bookworm}
mirror=${SCRIPTLINT_FRESH_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then echo "fresh_root: needs root (chroot)" >&2; exit 3; fi
command -v debootstrap >/dev/null || { echo "fresh_root: debootstrap is missing (apt-get install debootstrap)" >&2; exit 3; }
# One run at a time: the root is made once, and each run mounts /proc in it.
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock 9

if [ ! -x "$root/usr/bin/python3" ]; then
    partial="$root.partial"
    rm -rf "$partial"
    mkdir -p "$(dirname "$root")"
    echo "fresh_root: debootstrap $suite into $root" >&2
    debootstrap --variant=minbase --include=python3,python3-venv "$suite" "$partial" "$mirror" >&2
    rm -rf "$root"
    mv "$partial" "$root"
fi
for tool in swift swiftc cc gcc clang ld; do
    if chroot "$root" /bin/sh -c "command -v $tool" >/dev/null 2>&1; then
        echo "fresh_root: the root has $tool; it must not" >&2
        exit 1
    fi
done
if chroot "$root" /sbin/ldconfig -p | grep -q 'libcurl'; then
    echo "fresh_root: the root has libcurl; it must not" >&2
    exit 1
fi

work="/scriptlint-check-$$"
mkdir -p "$root$work"
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "${root:?}$work"
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
cp "$wheel" "$root$work/"
cp -r "$fixtures" "$root$work/Fixtures"
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 /bin/sh -c "
    set -e
    cd $work
    python3 -m venv venv >&2
    venv/bin/pip install --no-index --disable-pip-version-check --quiet ./$(basename "$wheel") >&2
    echo '--- version'
    venv/bin/scriptlint --version
    echo '--- fixtures'
    set +e
    venv/bin/scriptlint Fixtures
    echo \"--- status \$?\"
    echo '--- url'
    venv/bin/scriptlint http://127.0.0.1:9/ 2>&1
    echo \"--- status \$?\"
    echo '--- python'
    venv/bin/python -c 'import scriptlint.web as w, scriptlint.spark; print(len(w.PAGES_COLUMNS), w.generator_family(\"WordPress 6.4\"))' 2>&1
"
