#!/usr/bin/env bash
# Fails when a .ts file is out of date with the sources (a string added, changed or removed without running the
# update_translations target), when German has an unfinished entry, the English file a plural form left unfilled, or
# a translation lost a placeholder or accelerator (check_content.py).
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
# Placeholders and accelerators kept, German complete, English plurals filled.
python3 "$(dirname "$0")/check_content.py" "$@" || status=1
exit "$status"
