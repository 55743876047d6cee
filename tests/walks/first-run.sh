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
walk_here=$here
source "$here/desktop.sh"
walk_enter "$@"
shots=${CERTDECK_SCREENSHOT_DIR:-$work/shots}
mkdir -p "$shots"

password=walk-password
walk_server walker "$password"
printf '%s' "$password" >"$work/password"
mkdir -p "$work/devices"
"$build/tests/certdeck-seed" --jid walker@localhost --host 127.0.0.1 --port "$port" \
  --ca-file "$ca" --password-file "$work/password" --out "$work/devices" \
  "Walk phone:-10:200" >/dev/null

# An X display of its own, with a window manager, and the accessibility bus Qt reports to.
walk_desktop 1280x800x24

# A new person's computer: no arguments, nothing in the profile.
env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
  /usr/bin/python3 "$here/first_run_walk.py" "$build/certdeck" walker@localhost "$password" 127.0.0.1 "$port" \
  "Walk phone" "$shots"
