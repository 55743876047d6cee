# Sourced by the walks: a person's desktop for Certdeck, in the walk's own folder.
#   walk_enter "$@"        re-runs the calling script inside a D-Bus session with an empty profile in a new folder
#                          (nothing reads or writes the real home); afterwards $work is that folder
#   walk_desktop WxHxD     an X display (Xvfb) of that size, a window manager (openbox) and the accessibility bus
#                          Qt reports to; sets DISPLAY
#   walk_desktop_end       stops them and waits until they are gone (before another walk_desktop)
#   walk_server USER PASS  a harness Prosody in $work/server; sets $port and $ca
# Processes started here stop, and $work goes, when the script exits.

walk_enter() {
  if [ -z "${CERTDECK_WALK_WORK:-}" ]; then
    local fresh profile
    fresh=$(mktemp -d /tmp/certdeck-walk.XXXXXX)
    profile="$fresh/profile"
    mkdir -p "$profile/home" "$profile/config" "$profile/data" "$profile/cache"
    exec env CERTDECK_WALK_WORK="$fresh" HOME="$profile/home" XDG_CONFIG_HOME="$profile/config" \
      XDG_DATA_HOME="$profile/data" XDG_CACHE_HOME="$profile/cache" dbus-run-session -- bash "$0" "$@"
  fi
  work=$CERTDECK_WALK_WORK
  walk_pids=()
  trap walk_cleanup EXIT
}

walk_cleanup() {
  for pid in "${walk_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  /usr/bin/python3 "$walk_here/../harness/prosody_harness.py" stop --dir "$work/server" >/dev/null 2>&1 || true
  rm -rf "$work"
}

walk_desktop() {
  walk_desktop_pids=()
  Xvfb -displayfd 3 -screen 0 "$1" -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  walk_desktop_pids+=($!)
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || { echo "walk: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
  export DISPLAY=:$(cat "$work/display")
  openbox >"$work/openbox.log" 2>&1 &
  walk_desktop_pids+=($!)
  /usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/atspi.log" 2>&1 &
  walk_desktop_pids+=($!)
  walk_pids+=("${walk_desktop_pids[@]}")
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 &&
      break
    sleep 0.1
  done
  dbus-send --session --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:IsEnabled variant:boolean:true
}

walk_desktop_end() {
  kill "${walk_desktop_pids[@]}" 2>/dev/null || true
  wait "${walk_desktop_pids[@]}" 2>/dev/null || true
}

walk_server() {
  /usr/bin/python3 "$walk_here/../harness/prosody_harness.py" start --dir "$work/server" --user "$1:$2" \
    >"$work/server.json"
  port=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$work/server.json")
  ca="$work/server/certs/server.crt"
}
