#!/usr/bin/env bash
# Installs the .deb the way a user would, `apt-get install ./certdeck_*.deb`, into a clean Debian 12 or 13 root made
# with debootstrap, then runs `certdeck --version`, `certdeck-cli --help` (in English and German) and an offscreen
# start of the GUI inside it. Proves the computed Depends are complete: nothing from the build machine leaks in, and
# the package built on Debian 12 installs on Debian 13 too (its Depends are provided by 13's t64 libraries).
#
# The pristine root (debootstrap --variant=minbase) is cached per suite as a tarball next to QXmpp and made again
# only when missing; downloaded .debs are cached too, so a second run needs the network only for apt's index.
# Needs root (chroot, mount). Usage: packaging/check-clean-install.sh BUILD_DIR [bookworm|trixie]  (default bookworm)
# Env: CERTDECK_DEPS_DIR  cache folder (default ~/.cache/certdeck-deps)
set -euo pipefail
say() { printf 'clean-root: %s\n' "$*"; }
die() { printf 'clean-root: error: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 BUILD_DIR [bookworm|trixie]"
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
suite=${2:-bookworm}
case "$suite" in
  bookworm) release="Debian 12" ;;
  trixie) release="Debian 13" ;;
  *) die "unknown suite '$suite': use bookworm (Debian 12) or trixie (Debian 13)" ;;
esac
cache="${CERTDECK_DEPS_DIR:-$HOME/.cache/certdeck-deps}/debootstrap-$suite"
pristine="$cache/minbase.tar"
[ "$(id -u)" = 0 ] || die "needs root for debootstrap, chroot and mount (CI runs as root)"
command -v debootstrap >/dev/null || die "debootstrap is missing; run packaging/dev/setup.sh"

work=$(mktemp -d "$build/clean-root.XXXXXX")
root="$work/root"
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The pristine root, once.
if [ ! -f "$pristine" ]; then
  mirror=$(bash "$src/packaging/dev/debian-mirror.sh")
  say "making a clean $release root with debootstrap (cached in $cache)"
  mkdir -p "$cache"
  fresh="$work/fresh"
  debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log"; die "debootstrap failed"; }
  tar -C "$fresh" -cf "$pristine.partial" . && mv "$pristine.partial" "$pristine"
  rm -rf "$fresh"
fi

# 2. A throwaway copy. Same release as the machine: its own apt sources (same suites as the build machine had).
# Another release: debootstrap's list (the suite itself, from the machine's mirror) plus its updates suite.
mkdir -p "$root"
tar -C "$root" -xf "$pristine"
cp /etc/resolv.conf "$root/etc/resolv.conf"
host_suite=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
if [ "$host_suite" = "$suite" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
  rm -f "$root/etc/apt/sources.list"
elif [ "$host_suite" != "$suite" ]; then
  sed -n "s/^deb \(.*\) $suite main\$/deb \1 $suite-updates main/p" "$root/etc/apt/sources.list" >>"$root/etc/apt/sources.list"
fi
mkdir -p "$cache/archives/partial"
mount_in_root() { # mount ARGS... TARGET; unmounted again on exit
  mount "$@" || die "mount $* failed"
  mounted+=("${@: -1}")
}
mount_in_root -t proc proc "$root/proc"
mount_in_root --bind /dev "$root/dev"
mount_in_root --bind "$cache/archives" "$root/var/cache/apt/archives"

# 3. The package, built from this tree.
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/certdeck_*.deb)
cp "$deb" "$root/tmp/"
say "installing $(basename "$deb") with apt-get into the clean root"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
apt_opts=(-o APT::Sandbox::User=root -o Dpkg::Use-Pty=0)
in_root apt-get "${apt_opts[@]}" update -qq || die "apt-get update failed in the clean root"
in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get ${apt_opts[*]} install -y -qq ./$(basename "$deb")" \
  >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; die "apt-get install ./$(basename "$deb") failed"; }

# 4. What a user would do first.
fail=0
check() { # check NAME EXPECTED-REGEX COMMAND...
  local name=$1 pattern=$2; shift 2
  local out
  if out=$(in_root "$@" 2>&1) && grep -Eq "$pattern" <<<"$out"; then
    say "ok: $name"
  else
    say "FAILED: $name"; printf '%s\n' "$out" | head -20; fail=1
  fi
}
check "certdeck --version" "^certdeck [0-9]+\.[0-9]+\.[0-9]+$" certdeck --version
check "certdeck-cli --help" "revoke NAME" certdeck-cli --help
check "certdeck-cli --help in German" "Verwaltet die Client-Zertifikate" env LANG=de_DE.UTF-8 certdeck-cli --help
check "Qt's own translations recommended and installed" "qtbase_de.qm" ls /usr/share/qt6/translations
check "offscreen start of the GUI" "^probe: shown \(offscreen\)" \
  env QT_QPA_PLATFORM=offscreen CERTDECK_STARTUP_PROBE=quit XDG_RUNTIME_DIR=/tmp timeout 30 certdeck
check "desktop file and icon installed" "org.certdeck.Certdeck.svg" \
  sh -c 'test -f /usr/share/applications/org.certdeck.Certdeck.desktop && ls /usr/share/icons/hicolor/scalable/apps'
# A first run as a person starts it: the desktop entry's own command, no arguments, an empty profile, no
# keychain: the login dialog must open.
check "first run from the desktop entry reaches the login dialog" "^probe: login dialog: Log in to your XMPP account$" \
  sh -c 'home=$(mktemp -d) && cmd=$(sed -n "s/^Exec=//p" /usr/share/applications/org.certdeck.Certdeck.desktop) &&
         env HOME="$home" QT_QPA_PLATFORM=offscreen CERTDECK_STARTUP_PROBE=login XDG_RUNTIME_DIR=/tmp \
           timeout 30 $cmd'
[ "$fail" = 0 ] || die "the package does not work on a clean $release ($suite)"
say "the package installs and runs on a clean $release ($suite)"
