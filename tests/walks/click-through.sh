#!/usr/bin/env bash
# The click-through a developer runs before a release (issue 34): the walk of every menu, toolbar button and
# row menu, as a person would with the mouse, under a window manager, in each language and at two screen sizes,
# with a phone online. A Prosody from the harness holds an account with four devices (one expiring in 9 days,
# one expired); the phone ("Pixel phone") logs in with its certificate (slixmpp). Certdeck starts logged in,
# with a fresh profile each time. tests/walks/click_through_walk.py does the clicking.
# Screenshots go to $CERTDECK_SCREENSHOT_DIR (default ./click-through-shots), one folder per language and size:
# look at each one.
# Usage: tests/walks/click-through.sh BUILD_DIR [LANGUAGE...]      (default: en de fr es)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
shots=$(mkdir -p "${CERTDECK_SCREENSHOT_DIR:-$PWD/click-through-shots}" &&
  cd "${CERTDECK_SCREENSHOT_DIR:-$PWD/click-through-shots}" && pwd)
walk_here=$here
source "$here/desktop.sh"
export CERTDECK_SCREENSHOT_DIR=$shots
walk_enter "$@"
shift
if [ $# -gt 0 ]; then languages=("$@"); else languages=(en de fr es); fi

password=walk-password
walk_server walker "$password"
printf '%s' "$password" >"$work/password"
mkdir -p "$work/devices"
account=(--jid walker@localhost --host 127.0.0.1 --port "$port" --ca-file "$ca" --password-file "$work/password")
"$build/tests/certdeck-seed" "${account[@]}" --out "$work/devices" \
  "Pixel phone:-300:9" "Work laptop:-30:335" "Old tablet:-400:-5" "Home desktop:-100:265" >/dev/null
/usr/bin/python3 "$here/../harness/slixmpp_phone.py" --jid walker@localhost/pixel --port "$port" --ca "$ca" \
  --cert "$work/devices/pixel-phone.crt" --key "$work/devices/pixel-phone.key" >"$work/phone.log" 2>&1 &
walk_pids+=($!)

status=0
for size in 1280x800x24 1024x600x24; do
  walk_desktop "$size"
  for language in "${languages[@]}"; do
    out="$shots/$language-${size%x24}"
    rm -rf "$out" "$work/profile-run"
    mkdir -p "$out" "$work/profile-run/config" "$work/profile-run/data"
    locale=$(case $language in en) echo en_US ;; *) echo "${language}_${language^^}" ;; esac)
    echo "click-through: $language at ${size%x24}"
    env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANG="$locale.UTF-8" LC_ALL="$locale.UTF-8" \
      XDG_CONFIG_HOME="$work/profile-run/config" XDG_DATA_HOME="$work/profile-run/data" \
      /usr/bin/python3 "$here/click_through_walk.py" "$out" "Pixel phone" "$build/certdeck" "${account[@]}" ||
      status=1
  done
  # The next size gets a display of its own.
  walk_desktop_end
  rm -f "$work/display"
done
echo "click-through: screenshots in $shots"
exit $status
