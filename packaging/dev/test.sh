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
dbus-run-session -- bash -c '
  printf "certdeck-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  ctest --preset ci --parallel 2
'
