#!/usr/bin/env bash
# The keyboard walk (issue 28): Certdeck as a person uses it who cannot use a mouse or see the screen, in one
# language. A harness Prosody holds an account with two devices; the one to be stolen ("Walk phone") is online
# with its certificate (slixmpp). Certdeck starts with no arguments and an empty profile, under Xvfb with
# openbox and an accessibility bus, and tests/walks/keyboard_walk.py drives it with keys alone while reading the
# AT-SPI tree and listening to what a screen reader hears: log in, read every value, sort, enroll, answer a
# "Was this you?" alert, rotate, open the activity log, revoke the stolen phone and read the proof.
# Screenshots go to $CERTDECK_SCREENSHOT_DIR (default: the walk's own temporary folder, removed afterwards).
# Usage: tests/walks/keyboard.sh BUILD_DIR en|de        (packaging/dev/setup.sh installs what it needs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
language=$2
walk_here=$here
source "$here/desktop.sh"
walk_enter "$@"
shots=${CERTDECK_SCREENSHOT_DIR:-$work/shots}
mkdir -p "$shots"
case $language in
  en) locale=en_US.UTF-8 ;;
  de) locale=de_DE.UTF-8 ;;
  *) echo "walk: no locale for '$language'" >&2; exit 2 ;;
esac

password=walk-password
walk_server walker "$password"
printf '%s' "$password" >"$work/password"
mkdir -p "$work/devices" "$HOME/Documents"
seed=("$build/tests/certdeck-seed" --jid walker@localhost --host 127.0.0.1 --port "$port" --ca-file "$ca"
  --password-file "$work/password" --out "$work/devices")
"${seed[@]}" "Walk phone:-10:200" "Work laptop:-30:335" >/dev/null
/usr/bin/python3 "$here/../harness/slixmpp_phone.py" --jid walker@localhost/phone --port "$port" --ca "$ca" \
  --cert "$work/devices/walk-phone.crt" --key "$work/devices/walk-phone.key" >"$work/phone.log" 2>&1 &
walk_pids+=($!)
for _ in $(seq 100); do grep -q '"bound"' "$work/phone.log" && break; sleep 0.1; done
grep -q '"bound"' "$work/phone.log" || { echo "walk: the phone did not log in" >&2; cat "$work/phone.log" >&2; exit 1; }

walk_desktop 1280x800x24
seed_json=$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "${seed[@]}")
env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=$locale LC_ALL=$locale LANGUAGE=$language \
  /usr/bin/python3 "$here/keyboard_walk.py" "$shots" "$language" "$here/../../translations/certdeck_$language.ts" \
  "$seed_json" "$build/certdeck" walker@localhost "$password" 127.0.0.1 "$port" "Walk phone" walker@localhost/phone
