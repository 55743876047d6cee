#!/usr/bin/env bash
# Set up, build, start a local demo Prosody with a demo account holding four device certificates
# (one expiring within 14 days, one already expired), log two devices in by their certificates (SASL EXTERNAL,
# slixmpp as a third-party client): "Work laptop" once and out again, "Pixel phone" staying online, and launch
# Certdeck logged in to the account. "Old tablet" (expired) and "Home desktop" stay never used.
# The phone and the demo server stop when Certdeck closes or this script is stopped. Safe to run again: each run
# starts a fresh demo server, and stops a phone and a server left by a run that was killed.
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
device_client=(/usr/bin/python3 tests/harness/slixmpp_phone.py)
sessions="$demo_dir/sessions"  # NAME.out (the device's JSON events) and NAME.pid for each device logged in

# Is PID (still) a device this demo started? A PID file can outlive its process, and its number be reused.
is_demo_device() {
  local args
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  args=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1  # gone, or empty once it has exited (a zombie)
  [[ $args == *slixmpp_phone.py*" --cert $demo_dir/devices/"* ]]
}

# Stops the demo device with this PID (SIGTERM: it exits, its connection closes and the server ends its session)
# and waits until it has exited.
stop_device() {
  local i
  is_demo_device "$1" || return 0
  kill "$1" 2>/dev/null || return 0
  for ((i = 0; i < 50; i++)); do
    is_demo_device "$1" || return 0
    sleep 0.1
  done
  echo "demo: device process $1 did not stop on SIGTERM within 5 s; killing it" >&2
  kill -KILL "$1" 2>/dev/null || true
}

stop_recorded_devices() {
  local f
  for f in "$sessions"/*.pid; do
    [ -f "$f" ] && stop_device "$(cat "$f")"
  done
  return 0
}

# Devices, then the server: a device left running by a run that was killed would otherwise linger (and go on
# using the account), and a demo server's state is in the server folder; both stop before their folder goes.
stop_recorded_devices
"${harness[@]}" stop --dir "$demo_dir/server" 2>/dev/null || true
rm -rf "$demo_dir"
mkdir -p "$demo_dir/devices"
chmod 700 "$demo_dir"

# A fresh random password for the throwaway demo account, kept in a 0600 file in the demo folder.
password_file="$demo_dir/password"
(umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$password_file")
"${harness[@]}" start --dir "$demo_dir/server" --user "demo:$(cat "$password_file")" >"$demo_dir/server.json"
# When the demo ends (Certdeck closed, a failure, or this script stopped by SIGTERM, SIGINT or SIGHUP): the devices
# first, then the server.
trap 'stop_recorded_devices; "${harness[@]}" stop --dir "$demo_dir/server"' EXIT
port=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$demo_dir/server.json")
ca_file="$demo_dir/server/certs/server.crt"
account=(--jid demo@localhost --host 127.0.0.1 --port "$port" --ca-file "$ca_file" --password-file "$password_file")

"./build/$preset/tests/certdeck-seed" "${account[@]}" --out "$demo_dir/devices" \
  "Pixel phone:-80:10" "Work laptop:-30:335" "Old tablet:-400:-5" "Home desktop:-100:265"

# Logs the seeded device NAME in with its key and certificate as demo@localhost/RESOURCE, in the background, and
# waits until its session is bound (at most 20 s); exits with a message if the server refuses it. Sets device_pid
# and device_jid (the full JID the server bound).
log_device_in() {
  local name=$1 resource=$2 i
  local file=${name,,}
  file=${file// /-}  # the seed tool's file name: lower case, spaces as dashes
  local out="$sessions/$file.out"
  "${device_client[@]}" --jid "demo@localhost/$resource" --port "$port" --ca "$ca_file" \
    --cert "$demo_dir/devices/$file.crt" --key "$demo_dir/devices/$file.key" >"$out" 2>&1 &
  device_pid=$!
  echo "$device_pid" >"$sessions/$file.pid"
  for ((i = 0; i < 200; i++)); do
    if grep -q '"event": "bound"' "$out"; then
      device_jid=$(grep -m 1 '"event": "bound"' "$out" | sed -n 's/.*"jid": "\([^"]*\)".*/\1/p')
      device_jid=${device_jid:-demo@localhost/$resource}
      return 0
    fi
    if grep -q '"event": "auth_failed"' "$out"; then
      echo "demo: the server refused \"$name\"'s certificate (SASL EXTERNAL); its client said (in $out):" >&2
      sed 's/^/demo:   /' "$out" >&2
      exit 1
    fi
    if ! kill -0 "$device_pid" 2>/dev/null; then  # our own child: bash reaps it when it ends
      echo "demo: \"$name\" could not log in with its certificate (SASL EXTERNAL): the server refused it or" \
        "closed the connection before its session was bound; its client said (in $out):" >&2
      sed 's/^/demo:   /' "$out" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "demo: \"$name\" was not logged in after 20 s (its client's output is in $out)" >&2
  exit 1
}
mkdir -p "$sessions"

# "Work laptop" logs in once and out again, so the account has a device last used a moment ago.
log_device_in "Work laptop" laptop
stop_device "$device_pid"
echo "demo: \"Work laptop\" logged in as $device_jid and out again"
# "Pixel phone" stays online until the demo ends: the first window shows one device online.
log_device_in "Pixel phone" pixel
echo "demo: phone \"Pixel phone\" online as $device_jid"

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
