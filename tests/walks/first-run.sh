#!/usr/bin/env bash
# The first-run walk (issue 33): a fresh Prosody from the harness holding one device certificate, an X display
# (Xvfb) with a window manager (openbox), an accessibility bus, and Certdeck started with no arguments and an
# empty profile. tests/walks/first_run_walk.py clicks through the login dialog and the trust dialog with the real
# mouse (xdotool) and waits for the table. Screenshots go to $CERTDECK_SCREENSHOT_DIR (default: a folder in the
# walk's own temporary directory, removed afterwards).
# Usage: tests/walks/first-run.sh BUILD_DIR        (packaging/dev/setup.sh installs what it needs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
if [ -z "${CERTDECK_WALK_WORK:-}" ]; then
  # Everything the walk starts (the session bus, the accessibility bus, a keyring the bus may activate, Certdeck)
  # gets a new person's empty profile inside the walk's folder: nothing reads or writes the real home.
  work=$(mktemp -d /tmp/certdeck-walk.XXXXXX)
  profile="$work/profile"
  mkdir -p "$profile/home" "$profile/config" "$profile/data" "$profile/cache"
  exec env CERTDECK_WALK_WORK="$work" HOME="$profile/home" XDG_CONFIG_HOME="$profile/config" \
    XDG_DATA_HOME="$profile/data" XDG_CACHE_HOME="$profile/cache" dbus-run-session -- bash "$0" "$@"
fi

work=$CERTDECK_WALK_WORK
shots=${CERTDECK_SCREENSHOT_DIR:-$work/shots}
mkdir -p "$shots"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  /usr/bin/python3 "$here/../harness/prosody_harness.py" stop --dir "$work/server" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

password=walk-password
/usr/bin/python3 "$here/../harness/prosody_harness.py" start --dir "$work/server" --user "walker:$password" \
  >"$work/server.json"
port=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$work/server.json")
printf '%s' "$password" >"$work/password"
mkdir -p "$work/devices"
"$build/tests/certdeck-seed" --jid walker@localhost --host 127.0.0.1 --port "$port" \
  --ca-file "$work/server/certs/server.crt" --password-file "$work/password" --out "$work/devices" \
  "Walk phone:-10:200" >/dev/null

# An X display of its own, with a window manager, and the accessibility bus Qt reports to.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "walk: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
dbus-send --session --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
  string:org.a11y.Status string:IsEnabled variant:boolean:true

# A new person's computer: no arguments, nothing in the profile.
env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
  /usr/bin/python3 "$here/first_run_walk.py" "$build/certdeck" walker@localhost "$password" 127.0.0.1 "$port" \
  "Walk phone" "$shots"
