#!/usr/bin/env bash
# Set up, build and run Certdeck's whole test suite (this is what CI runs).
# Builds with warnings as errors, proves the core builds without Qt Widgets, and runs every test with ctest
# inside a private D-Bus session with an unlocked GNOME keyring (the real Secret Service).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/dev/setup.sh

echo "test: core and CLI without Qt Widgets"
cmake --preset core-only >/dev/null
cmake --build --preset core-only

echo "test: full build (warnings are errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "test: ctest"
# The keyring lives in a throwaway folder: tests never see or touch the user's own keyring.
dbus-run-session -- bash -c '
  keyring_home=$(mktemp -d)
  trap "rm -rf \"$keyring_home\"" EXIT
  export XDG_DATA_HOME="$keyring_home"
  printf "certdeck-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --preset ci --parallel 2
'
