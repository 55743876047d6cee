#!/usr/bin/env bash
# Makes, once, a minimal Debian 13 (trixie) root holding Prosody 13, prosody-modules and lua-sec, so the integration
# tests can run once more against Prosody 13 (tests/harness/prosody_harness.py with CERTDECK_PROSODY_ROOT=DIR).
# Only the server runs in it; Certdeck and the phone run on the host. Prints the root's path.
# Idempotent (a finished root is reused) and atomic (built in DIR.partial, renamed when complete).
# Needs root (debootstrap, chroot). Usage: packaging/dev/prosody13-root.sh
# Env: CERTDECK_DEPS_DIR  cache folder (default ~/.cache/certdeck-deps)
set -euo pipefail
script_dir=$(cd "$(dirname "$0")" && pwd)
deps="${CERTDECK_DEPS_DIR:-$HOME/.cache/certdeck-deps}"
root="$deps/trixie-prosody-root"
pristine="$deps/debootstrap-trixie/minbase.tar"
packages=(prosody prosody-modules lua-sec)
stamp_text="trixie minbase + ${packages[*]}"

say() { printf 'prosody13-root: %s\n' "$*" >&2; }
die() { printf 'prosody13-root: error: %s\n' "$*" >&2; exit 1; }

if [ -f "$root/.certdeck-stamp" ] && [ "$(cat "$root/.certdeck-stamp")" = "$stamp_text" ]; then
  echo "$root"
  exit 0
fi
[ "$(id -u)" = 0 ] || die "needs root for debootstrap and chroot"
command -v debootstrap >/dev/null || die "debootstrap is missing; run packaging/dev/setup.sh"
mirror=$(bash "$script_dir/debian-mirror.sh") || die "no Debian mirror found in the machine's apt sources"

partial="$root.partial"
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
umount -l "$partial/proc" 2>/dev/null || true # left mounted by a run that was killed
rm -rf "$partial"
mkdir -p "$(dirname "$root")"
say "making a Debian 13 root with Prosody 13 in $root (a few minutes, once)"
if [ -f "$pristine" ]; then
  # The clean trixie root packaging/check-clean-install.sh caches: the same debootstrap, already downloaded.
  mkdir -p "$partial"
  tar -C "$partial" -xf "$pristine" >"$partial.log" 2>&1 || die "cannot unpack $pristine"
else
  debootstrap --variant=minbase trixie "$partial" "$mirror" >"$partial.log" 2>&1 \
    || { tail -20 "$partial.log" >&2; die "debootstrap failed; see $partial.log"; }
fi
cp /etc/resolv.conf "$partial/etc/resolv.conf"
mount -t proc proc "$partial/proc" || die "cannot mount /proc in $partial"
mounted+=("$partial/proc")
# Package scripts must not start a server inside the root (no init there anyway).
printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
chmod +x "$partial/usr/sbin/policy-rc.d"
in_root() { chroot "$partial" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
apt_opts=(-o APT::Sandbox::User=root -o Dpkg::Use-Pty=0)
in_root apt-get "${apt_opts[@]}" update -qq >>"$partial.log" 2>&1 || die "apt-get update failed in $partial"
in_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends \
  "${packages[@]}" >>"$partial.log" 2>&1 || { tail -20 "$partial.log" >&2; die "installing ${packages[*]} failed"; }
in_root apt-get "${apt_opts[@]}" clean
cleanup
mounted=()
printf '%s\n' "$stamp_text" >"$partial/.certdeck-stamp"
rm -rf "$root"
mv "$partial" "$root"
rm -f "$partial.log"
say "ready: $(chroot "$root" dpkg-query -W -f='${Package} ${Version}\n' prosody prosody-modules | tr '\n' ' ')"
echo "$root"
