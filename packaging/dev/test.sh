#!/usr/bin/env bash
# Set up, build and run Certdeck's whole test suite (this is what CI runs).
# Builds with warnings as errors, proves the core builds without Qt Widgets, runs the suite under ASan + UBSan,
# fuzzes each parser for a bounded time, and runs every test with ctest inside a private D-Bus session with an
# unlocked GNOME keyring (the real Secret Service). The ci suite runs last, so its ctest summary ends the output.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash packaging/dev/setup.sh

echo "test: core and CLI without Qt Widgets"
cmake --preset core-only >/dev/null
cmake --build --preset core-only

echo "test: full build (warnings are errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "test: AddressSanitizer + UndefinedBehaviorSanitizer build"
cmake --preset asan >/dev/null
cmake --build --preset asan

# The keyring lives in a throwaway folder: tests never see or touch the user's own keyring.
run_suite() {
  dbus-run-session -- bash -c '
    keyring_home=$(mktemp -d)
    trap "rm -rf \"$keyring_home\"" EXIT
    export XDG_DATA_HOME="$keyring_home"
    printf "certdeck-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset "$1" --parallel 2
  ' bash "$1"
}

echo "test: the whole suite under ASan + UBSan"
run_suite asan

echo "test: fuzzing (${FUZZ_SECONDS:-60} s per target)"
bash packaging/dev/fuzz.sh "${FUZZ_SECONDS:-60}"

echo "test: the whole suite (ci build)"
run_suite ci
