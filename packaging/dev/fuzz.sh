#!/usr/bin/env bash
# Builds the libFuzzer targets (the release's clang: 14 on Debian 12, 19 on Debian 13; ASan + UBSan) and runs each
# for a bounded time.
# A crash fails the run; its input is copied next to the seeds (tests/data/fuzz/<target>/) so that it becomes a
# regression the ordinary test suite replays.  Usage: packaging/dev/fuzz.sh [seconds per target, default 60]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-${FUZZ_SECONDS:-60}}

# The newest versioned clang++ that setup.sh installed (plain clang++ is not installed by it); CXX overrides.
cxx=${CXX:-$(compgen -c clang++- | grep -E '^clang\+\+-[0-9]+$' | sort -t- -k2 -n | tail -n 1)}
[ -n "$cxx" ] && command -v "$cxx" >/dev/null || { echo "fuzz: no clang++-N found; run packaging/dev/setup.sh" >&2; exit 1; }
echo "fuzz: compiler $cxx"
cmake --preset fuzz -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build --preset fuzz

work=build/fuzz/runs
rm -rf "$work"
status=0
for target in saslcert_items items_stanza certificate pkcs12 activitylog settings stream_scan; do
  corpus="$work/$target/corpus"
  artifacts="$work/$target/artifacts"
  mkdir -p "$corpus" "$artifacts"
  cp tests/data/fuzz/"$target"/* "$corpus"/ # the committed seeds stay as they are
  echo "fuzz: $target for ${seconds}s"
  # Leaks fail the run like crashes; tests/lsan.supp lists the only third-party ones tolerated.
  if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
      UBSAN_OPTIONS=print_stacktrace=1 \
      ./build/fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$work/$target.log" 2>&1; then
    status=1
    echo "fuzz: $target FAILED; see $work/$target.log"
    tail -n 30 "$work/$target.log"
    for crash in "$artifacts"/*; do
      [ -f "$crash" ] && cp "$crash" tests/data/fuzz/"$target"/regression-"$(basename "$crash")"
    done
  else
    grep -E "stat::number_of_executed_units|cov:" "$work/$target.log" | tail -n 2 | sed "s/^/fuzz: $target: /"
  fi
done
exit "$status"
