#!/usr/bin/env bash
# Turns a copy of Debian's mod_client_certs.lua into Certdeck's fixed copy, in place, with the patch variant that
# applies exactly (mod_client_certs-debian12.patch or -debian13.patch next to this script). Refuses, changing
# nothing, a file that no variant fits (another version, or a copy already edited by hand).
# Usage: packaging/prosody/fix-mod_client_certs.sh PATH/TO/mod_client_certs.lua
# Never run it on the file under /usr/lib/prosody: copy the module folder first (see README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
die() { printf 'fix-mod_client_certs: error: %s\n' "$*" >&2; exit 1; }

[ $# = 1 ] || die "usage: $0 PATH/TO/mod_client_certs.lua"
file=$1
[ -f "$file" ] || die "no such file: $file"
command -v patch >/dev/null || die "the 'patch' program is missing (apt-get install patch)"
case $(cd "$(dirname "$file")" && pwd) in
  /usr/lib/prosody/*) die "$file is Debian's own copy; copy the folder mod_client_certs elsewhere and fix the copy" ;;
esac

if grep -q 'adhoc_handler, "local_user");' "$file" && grep -q 'local function load_cert(' "$file"; then
  # Debian 13's module (Prosody 13, where mod_sasl2 runs) also gets SASL EXTERNAL over SASL2 (external_user()),
  # the newest part of its fix; the option of the use report is the newest part of Debian 12's.
  sasl2=""
  if grep -q '^local ssl = require "ssl";' "$file" && ! grep -q 'local function external_user(' "$file"; then
    sasl2="does not offer SASL EXTERNAL over SASL2 (mod_sasl2), so phones that use SASL2 cannot log in by certificate"
  fi
  if grep -q 'get_option_boolean("client_certs_report_use"' "$file" && [ -z "$sasl2" ]; then
    echo "fix-mod_client_certs: $file is already fixed"
    exit 0
  fi
  # One of Certdeck's earlier fixes: patch cannot build on it, a fresh copy is the way.
  if grep -q 'get_option_boolean("client_certs_report_use"' "$file"; then
    lacks=$sasl2
  elif grep -q 'local function canonical_b64(' "$file"; then
    lacks="lets SASL EXTERNAL on one VirtualHost log in for an identity of another, and does not report a certificate's sessions and use${sasl2:+, and $sasl2}"
  else
    lacks="still takes a certificate in several encodings, lets SASL EXTERNAL on one VirtualHost log in for an identity of another, and does not report a certificate's sessions and use${sasl2:+, and $sasl2}"
  fi
  die "$file holds an earlier Certdeck fix, which $lacks. Copy the Debian package's folder again over this one and run this script on the fresh copy."
fi
for p in "$here"/mod_client_certs-*.patch; do
  # --fuzz=0: every context line must match, so a changed module is refused instead of half-fixed.
  if patch --dry-run --silent --forward --fuzz=0 "$file" <"$p" >/dev/null 2>&1; then
    patch --silent --forward --fuzz=0 --no-backup-if-mismatch "$file" <"$p" || die "applying $(basename "$p") to $file failed"
    echo "fix-mod_client_certs: applied $(basename "$p") to $file"
    exit 0
  fi
done
die "$file is not a mod_client_certs.lua this fix knows (Debian 12's or Debian 13's, unedited): no patch in $here applies. Start again from a fresh copy of the Debian package's folder."
