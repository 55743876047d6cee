#!/usr/bin/env bash
# The Lost device walk (issue 28): the emergency revoke as a person does it who cannot use a mouse or see the
# screen. A harness Prosody holds an account with two devices; the stolen one ("Walk phone") is online with its
# certificate (slixmpp). Certdeck starts logged in, under Xvfb with openbox and an accessibility bus, and
# tests/walks/lost_device_walk.py drives it with the keyboard alone (xdotool key) while reading the AT-SPI tree:
# every value and the connection state must be readable, every actionable object named, the dialog opened
# with Ctrl+Shift+L, the name typed, the revoke pressed by keys, and the proof sentence read from the tree
# where the focus lands, word for word. Screenshots go to $CERTDECK_SCREENSHOT_DIR (default: the walk's own
# temporary folder, removed afterwards).
# Usage: tests/walks/lost-device.sh BUILD_DIR        (packaging/dev/setup.sh installs what it needs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
walk_here=$here
source "$here/desktop.sh"
walk_enter "$@"
shots=${CERTDECK_SCREENSHOT_DIR:-$work/shots}
mkdir -p "$shots"

password=walk-password
walk_server walker "$password"
printf '%s' "$password" >"$work/password"
mkdir -p "$work/devices"
account=(--jid walker@localhost --host 127.0.0.1 --port "$port" --ca-file "$ca" --password-file "$work/password")
"$build/tests/certdeck-seed" "${account[@]}" --out "$work/devices" \
  "Walk phone:-10:200" "Work laptop:-30:335" >/dev/null
/usr/bin/python3 "$here/../harness/slixmpp_phone.py" --jid walker@localhost/phone --port "$port" --ca "$ca" \
  --cert "$work/devices/walk-phone.crt" --key "$work/devices/walk-phone.key" >"$work/phone.log" 2>&1 &
walk_pids+=($!)
for _ in $(seq 100); do grep -q '"bound"' "$work/phone.log" && break; sleep 0.1; done
grep -q '"bound"' "$work/phone.log" || { echo "walk: the phone did not log in" >&2; cat "$work/phone.log" >&2; exit 1; }

walk_desktop 1280x800x24
env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
  /usr/bin/python3 "$here/lost_device_walk.py" "$shots" "Walk phone" walker@localhost/phone \
  "$build/certdeck" "${account[@]}"
