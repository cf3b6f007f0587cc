#!/usr/bin/env bash
# Installs the packed npm packages offline into a new project on a minimal Debian root that has
# Node.js and npm but no Swift (debootstrap --variant=minbase plus Debian's nodejs and npm), and runs
# `npx scriptlint` there:
#
#   Tests/npm/fresh_root.sh NPM-DIR FIXTURES-DIR
#
# NPM-DIR holds scriptlint-VERSION.tgz and scriptlint-linux-x64-VERSION.tgz (scripts/build-npm.sh).
# Prints, between markers, `npx scriptlint --version`, `npx scriptlint Fixtures` with its exit
# status, and what the launcher says when the platform package is missing. The root is made once
# and kept (.build/fresh-root-node); each run works in a folder of its own inside it.
set -euo pipefail
packages=$(realpath "$1")
fixtures=$(realpath "$2")
cd "$(dirname "$0")/../.."
root=${SCRIPTLINT_FRESH_NODE_ROOT:-$PWD/.build/fresh-root-node}
suite=${SCRIPTLINT_FRESH_SUITE:-bookworm}
mirror=${SCRIPTLINT_FRESH_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then echo "npm fresh_root: needs root (chroot)" >&2; exit 3; fi
command -v debootstrap >/dev/null || { echo "npm fresh_root: debootstrap is missing (apt-get install debootstrap)" >&2; exit 3; }
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock 9

if [ ! -x "$root/usr/bin/npm" ]; then
    partial="$root.partial"
    rm -rf "$partial"
    echo "npm fresh_root: debootstrap $suite, then Debian's nodejs and npm, into $root" >&2
    debootstrap --variant=minbase "$suite" "$partial" "$mirror" >&2
    # npm's dependencies are too tangled for debootstrap's --include: apt installs them in the root.
    cp /etc/resolv.conf "$partial/etc/resolv.conf"
    mount -t proc proc "$partial/proc"
    if ! chroot "$partial" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive /bin/sh -c \
            "apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm" >&2; then
        umount "$partial/proc"
        echo "npm fresh_root: apt-get could not install nodejs and npm in the root" >&2
        exit 1
    fi
    umount "$partial/proc"
    rm -rf "$root"
    mv "$partial" "$root"
fi
for tool in swift swiftc; do
    if chroot "$root" /bin/sh -c "command -v $tool" >/dev/null 2>&1; then
        echo "npm fresh_root: the root has $tool; it must not" >&2
        exit 1
    fi
done

work="/scriptlint-npm-$$"
mkdir -p "$root$work"
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "${root:?}$work"
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
cp "$packages"/scriptlint-*.tgz "$root$work/"
mkdir -p "$root$work/project"
cp -r "$fixtures" "$root$work/project/Fixtures"
launcher=$(cd "$packages" && ls scriptlint-[0-9]*.tgz)
platform=$(cd "$packages" && ls scriptlint-linux-x64-*.tgz)
# No registry: npm's cache is empty and --offline forbids the network.
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 npm_config_cache=$work/cache /bin/sh -c "
    set -e
    cd $work/project
    npm init -y >/dev/null
    npm install --offline --no-audit --no-fund ../$platform ../$launcher >&2
    echo '--- version'
    npx --offline scriptlint --version
    echo '--- fixtures'
    set +e
    npx --offline scriptlint Fixtures
    echo \"--- status \$?\"
    rm -rf node_modules/@scriptlint
    echo '--- missing'
    npx --offline scriptlint Fixtures 2>&1
    echo \"--- status \$?\"
"
