#!/usr/bin/env bash
# Fails when a .ts file is out of date with the sources (a string added, changed or removed without running the
# update_translations target), or when the English file has a plural form left unfilled.
# Usage: check-translations.sh LUPDATE SOURCES_LIST TS_FILE...
set -euo pipefail
lupdate=$1; sources=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  report=$("$lupdate" -locations none -no-obsolete "@$sources" -ts "$copy" 2>&1)
  new=$(sed -n 's/.*(\([0-9]*\) new and [0-9]* already existing).*/\1/p' <<<"$report")
  removed=$(sed -n 's/.*Removed \([0-9]*\) obsolete entries.*/\1/p' <<<"$report")
  if [ "${new:-0}" != 0 ] || [ "${removed:-0}" != 0 ]; then
    echo "$(basename "$ts"): out of date with the sources (${new:-0} new, ${removed:-0} removed strings)."
    echo "  Run: cmake --build <build dir> --target update_translations && translations/fill_english_plurals.py"
    status=1
  else
    echo "$(basename "$ts"): up to date"
  fi
done
for ts in "$@"; do
  case "$ts" in
    *_en.ts)
      if grep -A3 'numerus="yes"' "$ts" | grep -q 'type="unfinished"'; then
        echo "$(basename "$ts"): a plural form is unfinished"; status=1
      fi ;;
  esac
done
exit "$status"
