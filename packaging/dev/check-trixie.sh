#!/usr/bin/env bash
# Before a release (not in CI): proves the README's test command, `bash packaging/dev/test.sh`, works on Debian 13
# (trixie) as on Debian 12. Inside a trixie root made with debootstrap it runs that command on a copy of this
# checkout (committed and uncommitted files, no build folders): setup.sh installs trixie's packages and builds QXmpp,
# then the builds with -Werror (Qt 6.8, GCC 14), the sanitizer build, fuzzing (clang 19) and the whole suite run.
#
# The pristine root (debootstrap --variant=minbase) is the tarball packaging/check-clean-install.sh caches too. The
# build root made from it is kept between runs (installed packages, QXmpp, build folders), so a second run only
# rebuilds what changed; --fresh starts again from the pristine root, as on a newly installed machine.
# Needs root (debootstrap, chroot, mount). Usage: packaging/dev/check-trixie.sh [--fresh] [COMMAND...]
# COMMAND (default: bash packaging/dev/test.sh) runs in the copy of the checkout, e.g. a part of the suite while
# working on a fix:  check-trixie.sh bash -c 'bash packaging/dev/setup.sh && cmake --preset ci && ...'
# Env: CERTDECK_DEPS_DIR  cache folder (default ~/.cache/certdeck-deps)
#      FUZZ_SECONDS       passed on to test.sh (default 60 s per fuzz target)
# The whole log is kept in $CERTDECK_DEPS_DIR/trixie-build-root.log.
set -euo pipefail
say() { printf 'check-trixie: %s\n' "$*"; }
die() { printf 'check-trixie: error: %s\n' "$*" >&2; exit 1; }

src=$(cd "$(dirname "$0")/../.." && pwd)
deps=${CERTDECK_DEPS_DIR:-$HOME/.cache/certdeck-deps}
pristine="$deps/debootstrap-trixie/minbase.tar"
root="$deps/trixie-build-root"
log="$deps/trixie-build-root.log"
fresh=0
if [ "${1:-}" = --fresh ]; then fresh=1; shift; fi
[ $# -gt 0 ] || set -- bash packaging/dev/test.sh
[ "$(id -u)" = 0 ] || die "needs root for debootstrap, chroot and mount"
command -v debootstrap >/dev/null || die "debootstrap is missing; run packaging/dev/setup.sh"
mkdir -p "$deps"
SECONDS=0
elapsed() { printf '%d min %02d s' $((SECONDS / 60)) $((SECONDS % 60)); }

# 1. The pristine trixie root, once.
if [ ! -f "$pristine" ]; then
  say "making a clean Debian 13 root with debootstrap (cached in ${pristine%/*})"
  mkdir -p "${pristine%/*}"
  tmp=$(mktemp -d "$deps/debootstrap-trixie.XXXXXX")
  debootstrap --variant=minbase trixie "$tmp/root" "$(bash "$src/packaging/dev/debian-mirror.sh")" \
    >"$tmp/debootstrap.log" 2>&1 || { tail -20 "$tmp/debootstrap.log"; rm -rf "$tmp"; die "debootstrap failed"; }
  tar -C "$tmp/root" -cf "$pristine.partial" . && mv "$pristine.partial" "$pristine"
  rm -rf "$tmp"
  say "pristine root ready after $(elapsed)"
fi

# 2. The build root: made from the pristine one when missing or asked for.
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
# A run that was killed may have left mounts behind; never delete through them.
under_root() { findmnt -rn -o TARGET | awk -v r="$root" '$0 == r || index($0, r "/") == 1'; }
while read -r target; do umount -R -l "$target" 2>/dev/null || true; done < <(under_root | sort -r)
[ -z "$(under_root)" ] || die "something is still mounted on or under $root; unmount it first"
if [ "$fresh" = 1 ] || [ ! -f "$root/.certdeck-root-ready" ]; then
  say "unpacking a fresh Debian 13 root into $root"
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xf "$pristine"
  # Package scripts must not start services (Prosody!) inside the root, as on any chroot.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  touch "$root/.certdeck-root-ready"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

mount_in_root() { # mount ARGS... TARGET; unmounted again on exit
  mount "$@" || die "mount $* failed"
  mounted+=("${@: -1}")
}
# The root is a mount point of its own, as / is on a machine: the tests' `unshare --propagation private` (the
# Prosody 13 runs) needs that, and fails with "cannot change root filesystem propagation" in a plain directory.
mount_in_root --bind "$root" "$root"
mount_in_root -t proc proc "$root/proc"
mount_in_root -t sysfs sysfs "$root/sys"
mount_in_root --rbind /dev "$root/dev"
# The clean-root package tests inside reuse the machine's cached pristine roots instead of running debootstrap again.
for suite in bookworm trixie; do
  mkdir -p "$deps/debootstrap-$suite" "$root/root/.cache/certdeck-deps/debootstrap-$suite"
  mount_in_root --bind "$deps/debootstrap-$suite" "$root/root/.cache/certdeck-deps/debootstrap-$suite"
done

# 3. This checkout, as git sees it (tracked and new files, no build output); the build folders of earlier runs stay.
# A file whose content changed gets the time of this copy, never the checkout's own: a source edited before the
# last run's build finished would otherwise look older than that build's output (a stale moc, found that way).
# Unchanged files keep their time, so a second run rebuilds only what changed.
dest="$root/src/certdeck"
incoming="$root/src/.incoming"
rm -rf "$incoming"
mkdir -p "$dest" "$incoming"
git -C "$src" ls-files -z --cached --others --exclude-standard \
  | tar -C "$src" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$incoming" -xf -
(cd "$incoming" && find . -type f -print0) | while IFS= read -r -d '' f; do
  if ! cmp -s "$incoming/$f" "$dest/$f"; then
    mkdir -p "$(dirname "$dest/$f")"
    rm -f "$dest/$f"
    cp --preserve=mode "$incoming/$f" "$dest/$f"
  fi
done
(cd "$dest" && find . -path ./build -prune -o -type f -print0) | while IFS= read -r -d '' f; do
  [ -e "$incoming/$f" ] || rm -f "$dest/$f" # gone from the checkout
done
rm -rf "$incoming"
say "copied $(git -C "$src" rev-parse --short HEAD)$(git -C "$src" diff --quiet HEAD || echo ' + uncommitted changes') into the root"

# 4. The README's test command (or the one given), as root in the trixie root.
say "running '$*' in Debian 13; log: $log"
# Each line of the log starts with the minutes and seconds since this script started: how long each part takes.
stamp() { while IFS= read -r line; do printf '%s %s\n' "$(elapsed)" "$line"; done; }
status=0
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
  FUZZ_SECONDS="${FUZZ_SECONDS:-60}" bash -c 'cd /src/certdeck && exec "$@"' bash "$@" 2>&1 \
  | stamp >"$log" || status=$?
grep -E '^[0-9]+ min [0-9]+ s ((setup|test|fuzz|clean-root): |.*tests passed|.*tests failed|.*\(Failed\)|.*\*\*\*|.*Errors while)' \
  "$log" | tail -n 60
if [ "$status" = 0 ]; then
  say "PASSED on Debian 13 after $(elapsed)"
else
  say "FAILED on Debian 13 (exit $status) after $(elapsed); see $log"
fi
exit "$status"
