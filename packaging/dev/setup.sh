#!/usr/bin/env bash
# Makes a Debian 12 (bookworm) or Debian 13 (trixie) machine ready to build, test and demo Certdeck.
#  1. installs the Debian packages of the release it runs on (idempotent: apt-get skips what is there);
#  2. builds QXmpp for Qt 6 as a static library into a cache folder outside the checkout, from Debian's signed
#     source package. Debian 12 only ships a Qt 5 build; Debian 13's shared build lacks the fix below, so both
#     releases get the same patched static build. It is rebuilt only when the version changes.
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

# The few names that differ between the releases. packaging/dev/fuzz.sh finds the clang installed here.
codename=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
case "$codename" in
  bookworm) clang_version=14 ;;
  trixie) clang_version=19 ;;
  *) die "unsupported release '${codename:-unknown}' (/etc/os-release); Certdeck supports Debian 12 (bookworm) and 13 (trixie)" ;;
esac
log "Debian release: $codename"

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format "clang-$clang_version" "libclang-rt-$clang_version-dev"
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev libssl-dev qtkeychain-qt6-dev
  # run
  qt6-qpa-plugins libqt6svg6 libsecret-1-0 fonts-dejavu-core qt6-translations-l10n
  # test and demo: real server, real third-party client, real keyring, real display
  openssl prosody prosody-modules lua-sec python3 python3-slixmpp patch
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth imagemagick
  # walks as a person makes them: a window manager, mouse clicks, and the accessibility tree a screen reader reads
  openbox xdotool at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  # other PKCS#12 readers for the interop test: GnuTLS, NSS, BouncyCastle (Android's family) run with the JDK
  gnutls-bin libnss3-tools libbcprov-java default-jdk-headless
  # the English and German locales the golden-text tests run certdeck-cli in
  locales
  # packaging checks, and the clean Debian roots the package is installed into
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

# Generated once; a minimal Debian has only C and POSIX.
for loc in en_US de_DE; do
  if ! locale -a 2>/dev/null | grep -qix "$loc.utf-\?8"; then
    log "generating the locale $loc.UTF-8"
    as_root localedef -i "$loc" -c -f UTF-8 "$loc.UTF-8" || die "localedef $loc.UTF-8 failed"
  fi
done

stamp="$prefix/.certdeck-stamp"
want_stamp="qxmpp=$QXMPP_DEB_VERSION static qt6 partial-data-check stanza-limits utf8-across-reads linear-scan attribute-limits scan-header sasl-external scram-server-signature"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_stamp" ]; then
  log "QXmpp $QXMPP_VERSION: cached in $prefix"
  exit 0
fi

# --- fetch QXmpp's source from Debian 13's index (the next release for Debian 12), verified by apt against the signed index ---
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

# Three local changes, made here and never committed, all in how QXmpp frames what it receives:
# 1. QXmpp 1.10 parses everything received so far as a whole XML document each time a TLS record arrives, so a
#    large reply (a listing of 1,000 certificates is 700 KB in ~44 records) is parsed ~44 times over on the thread
#    that owns the client: 0.6 s of frozen window, growing with the square of the size. Data that does not end in
#    '>' cannot be a complete document, so QXmpp waits for more instead.
# 2. A hostile server could pin that thread for minutes with one deeply nested stanza (QDomDocument on 40,000
#    levels). A small scanner counts the element depth of the data as it arrives (outside attribute values,
#    comments, CDATA and processing instructions): the buffer is parsed only once every element is closed, and
#    more than 64 levels, more than 16 Mi characters waiting, or a DTD ends the connection with a stream error
#    before anything is parsed. The reason is left on the socket (property "certdeckRefused") for Certdeck.
#    The same scan refuses an element with more than 64 attributes (QDomDocument's cost grows with their square:
#    40,000 cost 21 s) and an attribute value over 64 Ki characters. Whether the buffer is complete is decided
#    before QXmpp's regular expressions read the whole buffer, so a trickle of tiny reads after a large unfinished
#    stanza costs only its own bytes (it kept the thread busy until the answer's deadline could never fire).
# 3. UTF-8 is decoded across reads with one decoder per connection: a character split between two TLS records
#    was decoded as two replacement characters ("Téléphone" came out broken once a listing spanned two records).
# Upstream later replaced this code with an incremental reader. The stamp names the changes, so a cache built
# without them is rebuilt.
stream_cpp="$srcdir/src/base/Stream.cpp"
cp "$script_dir/qxmpp-patches/CertdeckStreamScan.h" "$srcdir/src/base/" || die "cannot copy the stream scanner"
python3 - "$stream_cpp" "$srcdir/src/base/XmppSocket.h" <<'PY' || die "QXmpp's Stream.cpp changed; the local changes could not be made"
import re
import sys
cpp_path, header_path = sys.argv[1], sys.argv[2]
cpp = open(cpp_path, encoding="utf-8").read()
header = open(header_path, encoding="utf-8").read()

def replace_once(text, old, new):
    if text.count(old) != 1:
        sys.exit(1)
    return text.replace(old, new)

header = replace_once(header, "    QString m_dataBuffer;\n",
                      "    QString m_dataBuffer;\n"
                      "    // Certdeck: element depth of m_dataBuffer, scanned as data arrives (see Stream.cpp).\n"
                      "    struct CertdeckScan {\n"
                      "        int depth = 0;\n"
                      "        int run = 0;\n"
                      "        quint8 state = 0;\n"
                      "        char16_t quote = 0;\n"
                      "        int attributes = 0;\n"
                      "        qsizetype value = 0;\n"
                      "    } m_certdeckScan;\n"
                      "    // Certdeck: UTF-8 decoded across reads, so a character split between two TLS records stays whole.\n"
                      "    QStringDecoder m_certdeckDecoder { QStringDecoder::Utf8 };\n")
header = replace_once(header, '#include "QXmppLogger.h"\n', '#include "QXmppLogger.h"\n\n#include <QStringDecoder>\n')

# The scanner itself is Certdeck's own file, shared with the fuzz target tests/fuzz/fuzz_stream_scan.cpp.
scanner = """
// Certdeck: what one stanza may cost is bounded before QDomDocument sees it.
#include "CertdeckStreamScan.h"

XmppSocket::XmppSocket(QObject *parent)"""
cpp = replace_once(cpp, "\nXmppSocket::XmppSocket(QObject *parent)", scanner)
cpp = replace_once(cpp, "        processData(QString::fromUtf8(m_socket->readAll()));\n",
                   "        processData(m_certdeckDecoder.decode(m_socket->readAll()));\n")
cpp, restarted = re.subn(r"^( +)m_streamOpenElement\.clear\(\);\n", r"\g<0>\1m_certdeckDecoder.resetState();\n", cpp, flags=re.M)
if restarted != 2:
    sys.exit(1)
cpp = replace_once(cpp, "    if (m_dataBuffer.isEmpty() || m_dataBuffer.trimmed().isEmpty()) {\n",
                   "    if (QStringView(m_dataBuffer).trimmed().isEmpty()) {\n")
cpp, cleared = re.subn(r"^( +)m_dataBuffer\.clear\(\);\n", r"\g<0>\1m_certdeckScan = {};\n", cpp, flags=re.M)
if cleared != 4:
    sys.exit(1)

refuse = r"""    m_dataBuffer.append(data);

    // Certdeck: a hostile server ends here, before anything is parsed.
    if (auto why = certdeckScan(m_certdeckScan, data); !why.isEmpty() || m_dataBuffer.size() > certdeckMaxBuffer) {
        if (why.isEmpty()) {
            why = u"more than %1 characters in one stanza"_s.arg(certdeckMaxBuffer);
        }
        warning(u"Refusing the server's data: "_s + why);
        m_dataBuffer.clear();
        m_certdeckScan = {};
        if (m_socket) {
            m_socket->setProperty("certdeckRefused", why);
        }
        QDomDocument error;
        error.setContent(u"<stream:error xmlns:stream='http://etherx.jabber.org/streams'>"
                         "<policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                         "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"_s +
                             why.toHtmlEscaped() + u"</text></stream:error>"_s,
                         true);
        const QPointer<QSslSocket> socket(m_socket);
        Q_EMIT stanzaReceived(error.documentElement());
        if (socket) {
            socket->abort();
        }
        return;
    }
"""
cpp = replace_once(cpp, "    m_dataBuffer.append(data);\n", refuse)

anchor = "    // Check whether we received a stream open or closing tag\n"
check = ("    // Certdeck: incomplete XML never ends in '>'; parsing it would fail, so wait for more data.\n"
         "    if (!QStringView(m_dataBuffer).trimmed().endsWith(u'>')) {\n"
         "        return;\n"
         "    }\n\n    //\n")
cpp = replace_once(cpp, anchor, check + anchor)

first_match = "    auto streamOpenMatch = streamStartRegex.match(m_dataBuffer);\n"
complete = ("    // Certdeck: parse only once every element (but the stream's own) is closed, decided before the regular\n"
            "    // expressions below read the whole buffer: a trickle of small reads costs only its own bytes.\n"
            "    const bool certdeckStreamOpen =\n"
            "        streamStartRegex.match(QStringView(m_dataBuffer).left(certdeckMaxStreamHeader)).hasMatch();\n"
            "    if (m_certdeckScan.state != ScanText || m_certdeckScan.depth > (certdeckStreamOpen ? 1 : 0)) {\n"
            "        return;\n"
            "    }\n\n")
cpp = replace_once(cpp, first_match, complete + first_match)
cpp = replace_once(cpp, "#include <QHostAddress>\n", "#include <QHostAddress>\n#include <QPointer>\n")
open(cpp_path, "w", encoding="utf-8").write(cpp)
open(header_path, "w", encoding="utf-8").write(header)
PY

# Reviewed patches written so they can be offered upstream, in this order: SASL EXTERNAL and a TLS client
# certificate in QXmppConfiguration, so Certdeck can log in with this computer's certificate (issue 19); SCRAM
# checks the server's signature, so a server that does not know the password cannot fake a login (issue 26).
# The stamp names them.
for qxmpp_patch in "$script_dir/qxmpp-patches/sasl-external.patch" \
                   "$script_dir/qxmpp-patches/scram-server-signature.patch"; do
  log "applying $(basename "$qxmpp_patch")"
  patch -d "$srcdir" -p1 --forward --fuzz=0 --batch --quiet <"$qxmpp_patch" \
    || die "$(basename "$qxmpp_patch") does not apply to QXmpp $QXMPP_VERSION; update the patch or the version"
done

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
