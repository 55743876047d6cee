#!/usr/bin/env bash
# Set up, build, start a local demo Prosody with a demo account holding four device certificates
# (one expiring within 14 days, one already expired), and launch Certdeck logged in to it.
# The demo server stops when Certdeck closes. Safe to run again: each run starts a fresh demo server.
# Without a display (DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM unset) Certdeck runs under Xvfb.
# Env: CERTDECK_DEMO_PRESET  the build preset to use (default dev), e.g. ci to reuse the build the test command made
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${CERTDECK_DEMO_PRESET:-dev}

bash packaging/dev/setup.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

demo_dir="${XDG_CACHE_HOME:-$HOME/.cache}/certdeck-demo"
harness=(/usr/bin/python3 tests/harness/prosody_harness.py)
# A demo server left running by a run that was killed (its state is in the server folder) stops before its folder goes.
"${harness[@]}" stop --dir "$demo_dir/server" 2>/dev/null || true
rm -rf "$demo_dir"
mkdir -p "$demo_dir/devices"
chmod 700 "$demo_dir"

# A fresh random password for the throwaway demo account, kept in a 0600 file in the demo folder.
password_file="$demo_dir/password"
(umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$password_file")
"${harness[@]}" start --dir "$demo_dir/server" --user "demo:$(cat "$password_file")" >"$demo_dir/server.json"
trap '"${harness[@]}" stop --dir "$demo_dir/server"' EXIT
port=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$demo_dir/server.json")
ca_file="$demo_dir/server/certs/server.crt"
account=(--jid demo@localhost --host 127.0.0.1 --port "$port" --ca-file "$ca_file" --password-file "$password_file")

"./build/$preset/tests/certdeck-seed" "${account[@]}" --out "$demo_dir/devices" \
  "Pixel phone:-80:10" "Work laptop:-30:335" "Old tablet:-400:-5" "Home desktop:-100:265"

# The demo Certdeck has a profile of its own, made fresh with the server: its settings, activity log and
# "Was this you?" memory never mix with a real account's, a second run raises no alerts about the reseeded
# certificates, and the files it suggests saving go to the demo folder, not to the person's home.
profile="$demo_dir/profile"
mkdir -p "$profile/home" "$profile/config" "$profile/data" "$profile/cache"
demo_env=(env "XAUTHORITY=${XAUTHORITY:-$HOME/.Xauthority}" "HOME=$profile/home" "XDG_CONFIG_HOME=$profile/config"
          "XDG_DATA_HOME=$profile/data" "XDG_CACHE_HOME=$profile/cache")

echo "demo: server on 127.0.0.1:$port, account demo@localhost (password in $password_file)"
echo "demo: Certdeck's demo profile and the files it saves are in $profile"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
  echo "demo: no display found; starting under Xvfb (xvfb-run)"
  "${demo_env[@]}" xvfb-run -a "$PWD/build/$preset/certdeck" "${account[@]}"
else
  "${demo_env[@]}" "$PWD/build/$preset/certdeck" "${account[@]}"
fi
