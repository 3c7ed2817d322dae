#!/usr/bin/env bash
# Fails when a shipped .ts file is out of date with the sources (a tr() string missing from it) or holds
# unfinished, obsolete or vanished entries. Runs lupdate on a scratch copy; the real files are untouched.
# Usage: check-translations.sh LUPDATE ROOT
set -u
lupdate=${1:?lupdate}; root=${2:?root}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
  copy=$scratch/$(basename "$ts"); cp "$ts" "$copy"
  "$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/ui" "$root/core" -ts "$copy" >/dev/null 2>&1 \
    || { echo "lupdate failed on $ts"; status=1; continue; }
  bad=$(grep -cE 'type="(unfinished|obsolete|vanished)"' "$copy")
  if [ "$bad" != 0 ]; then
    echo "$(basename "$ts"): $bad entries untranslated or stale:"
    grep -B3 -E 'type="(unfinished|obsolete|vanished)"' "$copy" | grep '<source>' | sed 's/^ */  /'
    status=1
  else
    echo "$(basename "$ts"): $(grep -c '<message' "$copy") entries, all translated"
  fi
done
exit $status
