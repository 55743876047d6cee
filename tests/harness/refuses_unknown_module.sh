#!/usr/bin/env bash
# The harness must refuse, with a message naming the file, a mod_client_certs that the shared fix
# (packaging/prosody) does not know, instead of starting a server with a half-fixed module. The module comes from a
# stand-in Debian root (CERTDECK_PROSODY_ROOT) holding this machine's module as an administrator edited it by hand:
# Debian 12's with the permission "any" (as the old README said), Debian 13's (which ships "any") with "local_user"
# typed in but without the rest of the fix.
set -euo pipefail
harness=$(cd "$(dirname "$0")" && pwd)/prosody_harness.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/usr/bin" "$root/var/lib/dpkg" "$root/usr/lib/prosody/modules/mod_client_certs" "$work/server"
touch "$root/usr/bin/prosody"
printf 'Package: prosody\nStatus: install ok installed\nVersion: 0.12.3-1\n\n' >"$root/var/lib/dpkg/status"
module=/usr/lib/prosody/modules/mod_client_certs/mod_client_certs.lua
edited=$root/usr/lib/prosody/modules/mod_client_certs/mod_client_certs.lua
sed -e 's/adhoc_handler, "any");/adhoc_handler, "local_user");/; t' -e 's/adhoc_handler, "user");/adhoc_handler, "any");/' \
  "$module" >"$edited"
! cmp -s "$module" "$edited" || { echo "FAILED: $module has neither permission \"user\" nor \"any\"; cannot make the stand-in"; exit 1; }
if out=$(CERTDECK_PROSODY_ROOT=$root /usr/bin/python3 "$harness" start --dir "$work/server" 2>&1); then
  echo "FAILED: the harness started with an unknown module: $out"; exit 1
fi
expected="prosody_harness: cannot fix mod_client_certs from $root/usr/lib/prosody/modules/mod_client_certs: fix-mod_client_certs: error: $work/server/plugins/mod_client_certs/mod_client_certs.lua is not a mod_client_certs.lua this fix knows (Debian 12's or Debian 13's, unedited): no patch in"
[[ $out == "$expected"* ]] || { printf 'FAILED: unexpected message:\n%s\nexpected it to start with:\n%s\n' "$out" "$expected"; exit 1; }
[ ! -e "$work/server/state.json" ] || { echo "FAILED: a server state was written"; exit 1; }
echo "ok: $out"
