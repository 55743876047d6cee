#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured and built tree and checks them the way Debian would:
# desktop file, AppStream metadata, package contents, computed dependencies, and lintian without errors.
# Usage: packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

desktop-file-validate "$src/packaging/linux/org.certdeck.Certdeck.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/linux/org.certdeck.Certdeck.metainfo.xml" >/dev/null \
  || appstreamcli validate --no-net "$src/packaging/linux/org.certdeck.Certdeck.metainfo.xml"

(cd "$out" && cpack --config "$build/CPackConfig.cmake" -B "$out" >/dev/null)
deb=$(ls "$out"/certdeck_*.deb)
ls "$out"/certdeck-*.tar.gz >/dev/null

contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/certdeck ./usr/bin/certdeck-cli ./usr/share/applications/org.certdeck.Certdeck.desktop \
         ./usr/share/metainfo/org.certdeck.Certdeck.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.certdeck.Certdeck.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.certdeck.Certdeck.png ./usr/share/doc/certdeck/copyright \
         ./usr/share/doc/certdeck/changelog.gz ./usr/share/certdeck/prosody/fix-mod_client_certs.sh \
         ./usr/share/certdeck/prosody/mod_client_certs-debian12.patch \
         ./usr/share/certdeck/prosody/mod_client_certs-debian13.patch ./usr/share/certdeck/prosody/check-takeover.py; do
  grep -q " $f\$" <<<"$contents" || { echo "package: $f is missing"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "package: Depends: $depends"
# QXmpp is static: no QXmpp package may be needed; Qt 6 from Debian 12 must be.
grep -q "libqt6widgets6" <<<"$depends" || { echo "package: Depends lacks Qt 6 Widgets"; exit 1; }
grep -qi "qxmpp" <<<"$depends" && { echo "package: Depends names QXmpp, which is linked statically"; exit 1; }
[ "$(dpkg-deb --field "$deb" Section)" = net ] || { echo "package: wrong section"; exit 1; }
# What `apt show certdeck` shows, word for word.
expected_description="manage the per-device client certificates of an XMPP account
 Certdeck lists the client certificates of an XMPP account (XEP-0257),
 one per device, with expiry and online state. It enrolls devices,
 rotates certificates before they expire, and revokes the certificate
 of a lost or stolen device, which logs that device out at once.
 Includes certdeck-cli for the terminal."
description=$(dpkg-deb --field "$deb" Description)
[ "$description" = "$expected_description" ] || {
  echo "package: the Description reads otherwise than expected:"; printf '%s\n' "$description"; exit 1; }

lintian --fail-on error --suppress-tags binary-without-manpage "$deb"
echo "package: $(basename "$deb") passes"
