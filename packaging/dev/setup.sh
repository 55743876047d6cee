#!/usr/bin/env bash
# Makes a Debian 12 machine ready to build, test and demo Certdeck.
#  1. installs the Debian packages (idempotent: apt-get skips what is there);
#  2. builds QXmpp for Qt 6 (Debian 12 only ships a Qt 5 build) as a static library into a cache folder
#     outside the checkout, from Debian's signed source package. It is rebuilt only when the version changes.
# Usage: packaging/dev/setup.sh            (as root, or with sudo available)
# Env:   CERTDECK_DEPS_DIR                 cache folder (default ~/.cache/certdeck-deps)
set -euo pipefail

readonly QXMPP_VERSION=1.10.3
readonly QXMPP_DEB_VERSION=1.10.3-1
readonly QXMPP_SUITE=trixie
script_dir=$(cd "$(dirname "$0")" && pwd)
deps_dir=${CERTDECK_DEPS_DIR:-$HOME/.cache/certdeck-deps}
prefix="$deps_dir/qxmpp-$QXMPP_VERSION"

die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
log() { printf 'setup: %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format clang-14 libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev libssl-dev qtkeychain-qt6-dev
  # run
  qt6-qpa-plugins libqt6svg6 libsecret-1-0 fonts-dejavu-core qt6-translations-l10n
  # test and demo: real server, real third-party client, real keyring, real display
  openssl prosody prosody-modules lua-sec python3 python3-slixmpp patch
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth imagemagick
  # packaging checks, and the clean Debian 12 root the package is installed into
  desktop-file-utils appstream lintian dpkg-dev debootstrap
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root apt-get update -qq || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed"
  # Prosody's package starts a system-wide server; our tests and demo run their own throwaway instances.
  if command -v systemctl >/dev/null && systemctl is-active --quiet prosody 2>/dev/null; then
    as_root systemctl stop prosody || true
  fi
  pkill -x -f '/usr/bin/lua5.4 /usr/bin/prosody' 2>/dev/null || true
else
  log "Debian packages: all present"
fi

stamp="$prefix/.certdeck-stamp"
want_stamp="qxmpp=$QXMPP_DEB_VERSION static qt6 partial-data-check sasl-external"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_stamp" ]; then
  log "QXmpp $QXMPP_VERSION: cached in $prefix"
  exit 0
fi

# --- fetch QXmpp's source from Debian's next release, verified by apt against the signed index ---
work="$deps_dir/work-qxmpp"
rm -rf "$work"
mkdir -p "$work/lists/partial" "$work/src"
mirror=$(bash "$script_dir/debian-mirror.sh") || die "no Debian mirror found in the machine's apt sources"

# A private apt configuration, built from the machine's own mirror, lives in the temporary work folder only.
mkdir -p "$work/sources.list.d"
printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' "$mirror" "$QXMPP_SUITE" \
  >"$work/sources.list"
apt_private() {
  local cmd=$1; shift
  "$cmd" -o Dir::Etc::sourcelist="$work/sources.list" -o Dir::Etc::sourceparts="$work/sources.list.d" \
    -o Dir::State::Lists="$work/lists" -o APT::Get::List-Cleanup=0 -o APT::Sandbox::User=root "$@"
}
log "fetching the $QXMPP_SUITE source index"
apt_private apt-get update -qq || die "could not fetch the $QXMPP_SUITE source index (signature or network problem)"
expected_sha=$(apt_private apt-cache showsrc qxmpp | awk -v v="$QXMPP_DEB_VERSION" -v f="qxmpp_$QXMPP_VERSION.orig.tar.gz" '
  /^$/ { version = "" }
  /^Version:/ { version = $2 }
  /^[A-Za-z0-9-]+:/ { in_block = ($1 == "Checksums-Sha256:"); next }
  in_block && version == v && $3 == f { print $1; exit }')
[ -n "$expected_sha" ] || die "qxmpp $QXMPP_DEB_VERSION is not in the signed $QXMPP_SUITE source index"

log "downloading qxmpp $QXMPP_DEB_VERSION source"
# Only the .orig.tar.gz is needed; the other parts of the source package may be missing on the mirror.
(cd "$work/src" && apt_private apt-get source --download-only -qq "qxmpp=$QXMPP_DEB_VERSION" >/dev/null 2>&1) || true
tarball="$work/src/qxmpp_$QXMPP_VERSION.orig.tar.gz"
[ -f "$tarball" ] || die "download of qxmpp_$QXMPP_VERSION.orig.tar.gz failed"
actual_sha=$(sha256sum "$tarball" | cut -d' ' -f1)
[ "$actual_sha" = "$expected_sha" ] || die "checksum mismatch for $tarball (got $actual_sha, index says $expected_sha)"
log "verified sha256 $actual_sha"

tar -xzf "$tarball" -C "$work/src"
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'qxmpp*' | head -n 1)
[ -n "$srcdir" ] || die "unexpected layout in $tarball"

# One local change, made here and never committed: QXmpp 1.10 parses everything received so far as a whole XML
# document each time a TLS record arrives, so a large reply (a listing of 1,000 certificates is 700 KB in ~44
# records) is parsed ~44 times over on the thread that owns the client: 0.6 s of frozen window, growing with the
# square of the size. Data that does not end in '>' cannot be a complete document, so QXmpp waits for more
# instead. Upstream later replaced this code with an incremental reader. The stamp names the change, so a cache
# built without it is rebuilt.
stream_cpp="$srcdir/src/base/Stream.cpp"
python3 - "$stream_cpp" <<'PY' || die "QXmpp's Stream.cpp changed; the partial-data check could not be added"
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
anchor = "    // Check whether we received a stream open or closing tag\n"
if text.count(anchor) != 1:
    sys.exit(1)
check = ("    // Certdeck: incomplete XML never ends in '>'; parsing it would fail, so wait for more data.\n"
         "    if (!QStringView(m_dataBuffer).trimmed().endsWith(u'>')) {\n"
         "        return;\n"
         "    }\n\n    //\n")
open(path, "w", encoding="utf-8").write(text.replace(anchor, check + anchor))
PY

# A reviewed patch written so it can be offered upstream: SASL EXTERNAL and a TLS client certificate in
# QXmppConfiguration, so Certdeck can log in with this computer's certificate (issue 19). The stamp names it.
qxmpp_patch="$script_dir/qxmpp-patches/sasl-external.patch"
log "applying $(basename "$qxmpp_patch")"
patch -d "$srcdir" -p1 --forward --fuzz=0 --batch --quiet <"$qxmpp_patch" \
  || die "$(basename "$qxmpp_patch") does not apply to QXmpp $QXMPP_VERSION; update the patch or the version"

log "building QXmpp $QXMPP_VERSION (static, Qt 6); this takes about two minutes"
rm -rf "$prefix.partial"
cmake -S "$srcdir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix.partial" -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
  -DQT_VERSION_MAJOR=6 -DBUILD_SHARED=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
  -DBUILD_DOCUMENTATION=OFF -DBUILD_OMEMO=OFF -DWITH_GSTREAMER=OFF -DWITH_QCA=OFF >"$work/configure.log" 2>&1 \
  || die "QXmpp configure failed; see $work/configure.log"
cmake --build "$work/build" >"$work/build.log" 2>&1 || die "QXmpp build failed; see $work/build.log"
cmake --install "$work/build" >"$work/install.log" 2>&1 || die "QXmpp install failed; see $work/install.log"
printf '%s\n' "$want_stamp" >"$prefix.partial/.certdeck-stamp"
# Swap in the finished tree only now, so an interrupted run never leaves a half-built cache.
rm -rf "$prefix"
mv "$prefix.partial" "$prefix"
rm -rf "$work"
log "QXmpp $QXMPP_VERSION installed in $prefix"
